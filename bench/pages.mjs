// Writes the bench pages under bench/pages/ from one story (bench/story.json, the seed story's
// text) so that every variant carries exactly the same words, markup weight and lead image bytes.
// The pages are plain files: open them by hand with `node bench/server.mjs`.
//
// Images: bench/pages/img/lead.jpg (1280×720, about 100 KB) and two posters are stand-ins made
// here with sharp when missing (illustration + grain, so the JPEG has a realistic weight). The
// five lead candidates are the same file under five URLs (`lead.jpg?n=1..5`): whichever one a
// page picks, the bytes are identical, so the variants differ only in how the image is chosen.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const PAGES = join(here, 'pages');
const IMG = join(PAGES, 'img');
const story = JSON.parse(readFileSync(join(here, 'story.json'), 'utf8'));

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const BUNDLE = '../../dist/news-embed.js';
const CANDIDATES = [1, 2, 3, 4, 5].map((n) => `img/lead.jpg?n=${n}`);
const LEAD = { width: 1280, height: 720 };
const NOW = '2024-08-03T12:00:00Z';
const videoId = (v) => new URL(v.embedUrl).searchParams.get('v');
const clock = (iso) => {
  const [, m = 0, s = 0] = /PT(?:(\d+)M)?(?:(\d+)S)?/.exec(iso).map(Number);
  return `${m}:${String(s).padStart(2, '0')}`;
};

// The host page's own style: the same for every variant (the element brings its own on top).
// The lead box is sized by CSS as well as by width/height: Chromium reserves no box for an
// <img> that has no src yet, which would make the floor page (C) shift.
const STYLE = `body{margin:0;font:18px/1.5 Georgia,serif;color:#222;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font:700 1.9rem/1.2 system-ui,sans-serif;margin:.5rem 0}
img{max-width:100%;height:auto}
figure{margin:1rem 0}figure img{display:block;width:100%;aspect-ratio:16/9}figcaption{font-size:.85rem;color:#555}
.video{border-top:3px solid #c00;padding:.5rem 0;margin:1.5rem 0}`;

const head = (title, extra = '') => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
${extra}</head>
`;

const dateline = `By ${esc(story.author.name)} · <time datetime="${story.datePublished}">August 3, 2024</time>`;
const authorBox = `<h2>About the author</h2><p><strong>${esc(story.author.name)}</strong>, ${esc(story.author.jobTitle)}</p><p>${esc(story.author.description)}</p>`;
const creditLine = `<a href="${esc(story.credit.url)}">${esc(story.credit.text)}</a>`;

/** A static "WATCH" block: what page A shows for a video (a link with a lazy poster). */
const staticVideo = (v, i) => `<aside class="video"><a href="${esc(v.embedUrl)}"><img src="img/poster-${i + 1}.jpg" width="640" height="360" alt="" loading="lazy"><br><strong>${esc(v.kicker)}</strong> | ${esc(v.name)}</a><p>Duration ${clock(v.duration)}</p><p>${esc(v.description)}</p></aside>`;
const videoCard = (v, i) => `<video-card name="${esc(v.name)}" description="${esc(v.description)}" duration="${v.duration}" upload-date="${v.uploadDate}" thumbnail="img/poster-${i + 1}.jpg" embed-url="${esc(v.embedUrl)}"><a href="${esc(v.embedUrl)}">${esc(v.name)}</a></video-card>`;
const liteVideo = (v) => `<lite-youtube videoid="${videoId(v)}" playlabel="Play: ${esc(v.name)}"></lite-youtube>`;

const body = (video) =>
  story.blocks
    .map((b) => (b.h2 ? `<h2>${esc(b.h2)}</h2>` : b.p ? `<p>${esc(b.p)}</p>` : video(story.videos[b.video], b.video)))
    .join('\n');

/** A static story page; `lead` is the markup of the lead figure. */
const staticPage = (title, lead, { extraHead = '', video = staticVideo } = {}) => `${head(title, extraHead)}<body>
<main>
<article>
<h1>${esc(story.headline)}</h1>
<p>${esc(story.dek)}</p>
<p>${dateline}</p>
${lead}
${body(video)}
<aside>${authorBox}</aside>
<p>${creditLine}</p>
</article>
</main>
</body>
</html>
`;

const caption = `<figcaption>${esc(story.lead.caption)}</figcaption>`;
const leadImg = (attrs) => `<figure><img ${attrs} width="${LEAD.width}" height="${LEAD.height}" alt="${esc(story.lead.alt)}">${caption}</figure>`;

// (C) the floor: ~300 bytes that choose one of five (never the last one) and set the src.
const FLOOR = `const e=document.getElementById("lead"),c=${JSON.stringify(CANDIDATES)};let i;try{const l=+localStorage.leadLast;do i=Math.random()*c.length|0;while(i===l);localStorage.leadLast=i}catch{i=Math.random()*c.length|0}e.fetchPriority="high";e.src=c[i];
`;

/**
 * (B) the recommended embed: light-DOM <news-article> with a five-candidate <random-image> whose
 * candidates sit in a <template> with data-src (no bytes for unchosen images).
 * `early`: the same page plus the optional inline "early choice" snippet (dist/early-choice.js,
 * built from <random-image>'s own chooser) right after </random-image>: it chooses and starts the
 * lead image's download while the bundle is still on its way.
 */
const embedPage = ({ early = false } = {}) => {
  const snippet = early ? `<script>${readFileSync('dist/early-choice.js', 'utf8').trim()}</script>\n` : '';
  const candidates = CANDIDATES.map(
    (src) => `<figure><img data-src="${src}" width="${LEAD.width}" height="${LEAD.height}" alt="${esc(story.lead.alt)}">${caption}</figure>`,
  ).join('\n');
  return `${head(
    story.headline,
    `<meta name="news-embed-now" content="${NOW}">
<script type="module" src="${BUNDLE}"></script>
<style>random-image{display:block;aspect-ratio:16/9}</style>
`,
  )}<body>
<main>
<news-article>
<h1 slot="headline">${esc(story.headline)}</h1>
<p slot="dek">${esc(story.dek)}</p>
<p slot="byline">${dateline}</p>
<random-image slot="lead">
<template>
${candidates}
</template>
</random-image>
${snippet}${body(videoCard)}
<aside slot="author">${authorBox}</aside>
<p slot="credit">${creditLine}</p>
</news-article>
</main>
</body>
</html>
`;
};

const simplePage = (title, bodyHtml, extraHead = '') => `${head(title, extraHead)}<body>
<main>
${bodyHtml}
</main>
</body>
</html>
`;

const paragraphs = story.blocks.filter((b) => b.p).map((b) => b.p);
const manyParagraphs = (n) => Array.from({ length: n }, (_, i) => `<p>${esc(paragraphs[i % paragraphs.length])}</p>`).join('\n');
const manyCards = (n) =>
  Array.from({ length: n }, (_, i) => {
    const v = story.videos[i % 2];
    return videoCard({ ...v, name: `${v.name} (${i + 1})` }, i % 2);
  }).join('\n');
const manyLite = (n) =>
  Array.from({ length: n }, (_, i) => {
    const v = story.videos[i % 2];
    return liteVideo({ ...v, name: `${v.name} (${i + 1})` });
  }).join('\n');
const LITE_HEAD = `<link rel="stylesheet" href="../../node_modules/lite-youtube-embed/src/lite-yt-embed.css">
<script src="../../node_modules/lite-youtube-embed/src/lite-yt-embed.js"></script>
`;
const BUNDLE_HEAD = `<meta name="news-embed-now" content="${NOW}">
<script type="module" src="${BUNDLE}"></script>
`;

export const PAGE_FILES = {
  // The story comparison.
  'story-a.html': () => staticPage(story.headline, leadImg(`src="${CANDIDATES[0]}" fetchpriority="high"`)),
  'story-b.html': () => embedPage(),
  'story-b-early.html': () => embedPage({ early: true }),
  'story-c.html': () =>
    staticPage(story.headline, leadImg('id="lead"'), { extraHead: '<script type="module" src="floor.js"></script>\n' }),
  'floor.js': () => FLOOR,
  'story-naive.html': () =>
    staticPage(
      story.headline,
      `${leadImg('id="lead"')}\n<script>var c=${JSON.stringify(CANDIDATES)};document.getElementById("lead").src=c[Math.floor(Math.random()*c.length)];</script>`,
    ),
  'story-lite.html': () =>
    staticPage(story.headline, leadImg(`src="${CANDIDATES[0]}" fetchpriority="high"`), { extraHead: LITE_HEAD, video: liteVideo }),
  // Many elements.
  'many-cards.html': () => simplePage('200 video cards', manyCards(200), BUNDLE_HEAD),
  'many-lite.html': () => simplePage('200 lite-youtube facades', manyLite(200), LITE_HEAD),
  'long-story.html': () =>
    simplePage(
      '5,000 paragraphs',
      `<news-article>\n<h1 slot="headline">${esc(story.headline)}</h1>\n<p slot="dek">${esc(story.dek)}</p>\n${manyParagraphs(5000)}\n</news-article>`,
      BUNDLE_HEAD,
    ),
  'long-static.html': () =>
    simplePage('5,000 paragraphs, static', `<article>\n<h1>${esc(story.headline)}</h1>\n<p>${esc(story.dek)}</p>\n${manyParagraphs(5000)}\n</article>`),
  // Before play.
  'beforeplay-cards.html': () => simplePage('Two video cards', story.videos.map(videoCard).join('\n'), BUNDLE_HEAD),
  'beforeplay-iframes.html': () =>
    simplePage(
      'Two YouTube iframes',
      story.videos
        .map((v) => `<iframe width="560" height="315" src="https://www.youtube.com/embed/${videoId(v)}" title="${esc(v.name)}" allow="autoplay; encrypted-media; picture-in-picture" allowfullscreen></iframe>`)
        .join('\n'),
    ),
  'beforeplay-lite.html': () => simplePage('Two lite-youtube facades', story.videos.map(liteVideo).join('\n'), LITE_HEAD),
  // A platform floor: a page whose only script formats one date and one relative time, as a video
  // card's first render does. A page's first Intl formatter loads the engine's locale data in one
  // call that cannot be split.
  'intl-floor.html': () => simplePage('first Intl formatter', '<p>Intl</p>', '<script type="module" src="intl-floor.js"></script>\n'),
  'intl-floor.js': () =>
    `const d = new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(0);\n` +
    `const r = new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(-3, 'day');\n` +
    `document.querySelector('p').textContent = d + ' · ' + r;\n`,
  // Memory: the bundle alone; the runner creates the elements.
  'memory.html': () => simplePage('memory', '<div id="stage"></div>', BUNDLE_HEAD),
};

async function makeImages() {
  const lead = join(IMG, 'lead.jpg');
  const posters = [1, 2].map((n) => join(IMG, `poster-${n}.jpg`));
  if (existsSync(lead) && posters.every(existsSync)) return;
  mkdirSync(IMG, { recursive: true });
  const { default: sharp } = await import('sharp');
  // A flat SVG compresses to a few KB; a photo of this size is ~100 KB. Grain makes up the difference.
  const art = (w, h, label, hue) => {
    const dots = Array.from({ length: 60 }, (_, i) => `<circle cx="${(i * 197) % w}" cy="${(i * 131) % h}" r="${(w / 64) * (1 + ((i * 37) % 5))}" fill="hsl(${(hue + i * 47) % 360},60%,50%)" fill-opacity=".5"/>`).join('');
    return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#1d3557"/><stop offset=".5" stop-color="#e76f51"/><stop offset="1" stop-color="#f4a261"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/>${dots}<text x="${w / 32}" y="${h - h / 18}" font-size="${w / 26}" font-family="sans-serif" fill="#fff">${label}</text></svg>`);
  };
  const make = async (file, w, h, label, hue, sigma, quality) => {
    const grain = await sharp({ create: { width: w, height: h, channels: 3, noise: { type: 'gaussian', mean: 128, sigma } } }).png().toBuffer();
    await sharp(art(w, h, label, hue)).composite([{ input: grain, blend: 'overlay' }]).jpeg({ quality, mozjpeg: true }).toFile(file);
  };
  await make(lead, LEAD.width, LEAD.height, 'Stand-in lead image (bench)', 0, 11, 80);
  await Promise.all(posters.map((file, i) => make(file, 640, 360, `Stand-in video poster ${i + 1}`, 120 * (i + 1), 8, 75)));
}

// Pages above this size (the generated 200-element and 5,000-paragraph pages) are served from
// memory rather than written out, to keep megabytes of generated HTML out of the repository.
const MAX_FILE = 50_000;

/**
 * Writes the small pages (only when their content changed), makes the images if missing, and
 * returns the large pages as a map of URL path -> content for the server.
 */
export async function writePages() {
  mkdirSync(PAGES, { recursive: true });
  const virtual = new Map();
  for (const [name, make] of Object.entries(PAGE_FILES)) {
    const file = join(PAGES, name);
    const text = make();
    if (text.length > MAX_FILE) virtual.set(`/bench/pages/${name}`, text);
    else if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  }
  await makeImages();
  return virtual;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await writePages();
  console.log(`pages written to ${PAGES}`);
}
