/** Readers of the story's things: an image, a video, an author (each one entry of its list). */
import { fieldsOf, size, text, url } from './fields.js';
import { isObject, warn, type Json, type ReadContext } from './graph.js';
import type { StoryAuthor, StoryImage } from './model.js';

/** An ImageObject or a URL; `undefined` without a usable URL. */
export const readImage = (cx: ReadContext, entry: unknown, path: string): StoryImage | undefined => {
  const object: Json = isObject(entry) ? entry : { url: entry };
  const key = object.url ? 'url' : 'contentUrl';
  const src = url(cx, object[key], object == entry ? path + '.' + key : path);
  const get = fieldsOf(cx, object, path);
  const caption = get('caption');
  return src
    ? {
        src,
        // Alt text: the image's own `description`, else its `caption`, else empty (decorative).
        alt: get('description') ?? caption ?? '',
        width: get('width', size),
        height: get('height', size),
        caption,
        credit: get('creditText'),
      }
    : undefined;
};

/** A VideoObject with its texts read and its URLs checked (what `<video-card>` takes as `video`). */
export const readVideo = (cx: ReadContext, entry: unknown, path: string): Json | undefined => {
  if (!isObject(entry)) return warn(cx, path, 'not a VideoObject');
  const get = fieldsOf(cx, entry, path);
  const video: Json = { ...entry, name: get('name'), description: get('description') };
  for (const key of ['thumbnailUrl', 'contentUrl', 'embedUrl', 'url']) {
    const value = video[key];
    video[key] = Array.isArray(value) ? value.map((item, i) => url(cx, item, `${path}.${key}[${i}]`)).filter(Boolean) : url(cx, value, `${path}.${key}`);
  }
  // A player from another host than YouTube or Vimeo cannot be embedded; `url` (the video's page
  // on the publisher's site, else the player's address) is where a reader can still watch it.
  video.url ??= video.embedUrl;
  for (const key in video) if (video[key] === undefined) delete video[key];
  return video;
};

/** A Person or Organization, or a name; `undefined` for an empty name (some templates write one). */
export const readAuthor = (cx: ReadContext, entry: unknown, path: string): StoryAuthor | undefined => {
  const object: Json = isObject(entry) ? entry : { name: entry };
  if (object.name == null) return warn(cx, path + '.name', 'missing');
  // "By Ada" is written by some publishers where the byline already says "By".
  const name = text(cx, object, path)?.replace(/^by\b[\s:]*/i, '');
  // An empty name (written by some publishers' templates) is left out quietly.
  if (!name) return;
  const get = fieldsOf(cx, object, path);
  const address = get('email')?.replace(/^mailto:/i, '');
  return {
    name,
    jobTitle: get('jobTitle'),
    description: get('description'),
    email:
      address && /^[^\s@:/?#]+@[^\s@/?#]+$/.test(address)
        ? 'mailto:' + address
        : address && warn(cx, path + '.email', 'not an email address'),
    url: get('url', url),
  };
};
