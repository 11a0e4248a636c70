#!/bin/sh
# Makes the demo story's sample video clip: 5 seconds of a generated test pattern with a label
# saying it stands in for the story's video, as WebM (VP9 + Opus) and MP4 (H.264 + AAC), each well
# under 500 KB, in demo/story/media/. The video cards use it as their content URL so "play" works
# offline; the cards keep the story's real titles and durations.
#
# Needs Debian's ffmpeg (apt-get install -y ffmpeg). The label needs the drawtext filter and a
# font (fonts-dejavu-core); without either, the clip is made without the label and a warning says so.
#
# Deterministic settings: fixed pattern, fixed tone, one encoder thread, no creation time or
# encoder-version tags in the container (-map_metadata -1, -fflags +bitexact).
set -eu

if ! command -v ffmpeg >/dev/null 2>&1; then
  echo "make-demo-clip: ffmpeg is not installed. Install it with: apt-get install -y ffmpeg" >&2
  exit 1
fi

root=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
out="$root/demo/story/media"
mkdir -p "$out"

seconds=5
size=640x360
rate=25
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
limit=$((500 * 1024))

# testsrc2: a moving colour pattern with a running counter, so a reader sees the clip play.
video="testsrc2=size=$size:rate=$rate:duration=$seconds"
filter="format=yuv420p"
if ffmpeg -hide_banner -filters 2>/dev/null | grep -q ' drawtext ' && [ -r "$font" ]; then
  box="box=1:boxcolor=black@0.65:boxborderw=12:fontcolor=white:fontfile=$font"
  filter="drawtext=$box:fontsize=26:x=(w-tw)/2:y=h-110:text='Sample clip',drawtext=$box:fontsize=20:x=(w-tw)/2:y=h-62:text='Stands in for the story’s video',format=yuv420p"
else
  echo "make-demo-clip: drawtext or $font missing; making the clip without its label." >&2
fi
# A quiet 440 Hz tone, faded in and out, so the player's volume control has something to act on.
audio="sine=frequency=440:sample_rate=48000:duration=$seconds,volume=0.08,afade=t=in:d=0.5,afade=t=out:st=$((seconds - 1)):d=1"

common="-hide_banner -loglevel error -y -f lavfi -i $video -f lavfi -i $audio -map 0:v -map 1:a -map_metadata -1 -fflags +bitexact -threads 1 -shortest"

# shellcheck disable=SC2086 # $common is a list of words on purpose.
ffmpeg $common -vf "$filter" \
  -c:v libvpx-vp9 -b:v 0 -crf 50 -row-mt 0 -deadline good -cpu-used 2 -g 50 \
  -c:a libopus -b:a 48k -flags:v +bitexact -flags:a +bitexact \
  "$out/sample-clip.webm"

# shellcheck disable=SC2086
ffmpeg $common -vf "$filter" \
  -c:v libx264 -profile:v main -preset slow -crf 36 -g 50 -x264-params no-info=1 \
  -c:a aac -b:a 64k -ac 1 -flags:v +bitexact -flags:a +bitexact \
  -movflags +faststart \
  "$out/sample-clip.mp4"

status=0
for file in "$out/sample-clip.webm" "$out/sample-clip.mp4"; do
  bytes=$(wc -c <"$file")
  printf '%-36s %7.1f KB\n' "${file#"$root"/}" "$(awk "BEGIN { print $bytes / 1024 }")"
  if [ "$bytes" -gt "$limit" ]; then
    echo "make-demo-clip: $file is over 500 KB" >&2
    status=1
  fi
done
exit $status
