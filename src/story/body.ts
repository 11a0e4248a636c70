/** The story's body: `newsEmbedBody`'s typed blocks, else `articleBody` cut into paragraphs. */
import { fieldsOf, text } from './fields.js';
import { isObject, warn, type Json, type ReadContext } from './graph.js';
import type { StoryBlock, StoryImage } from './model.js';

/**
 * Paragraphs of an `articleBody`: one per line. A body written as one line is cut into
 * paragraphs of whole sentences, at least 300 characters each, only where a sentence ends: `.`,
 * `!` or `?` after three lower-case letters or digits (so not after "Dr." or "U.S."), then white
 * space and a capital letter.
 */
export const paragraphs = (body: string): string[] => {
  const lines = body.split('\n').filter(Boolean);
  if (lines.length != 1) return lines;
  const out: string[] = [];
  for (const sentence of body.replace(/([\p{Ll}\d]{3}[.!?]['"”’»)]*) (?=['"“‘«(¿¡]?\p{Lu})/gu, '$1\n').split('\n')) {
    if (out.length && out[out.length - 1]!.length < 300) out[out.length - 1] += ' ' + sentence;
    else out.push(sentence);
  }
  return out;
};

/**
 * The body of `root` in reading order. `images` and `videos` are the story's, each entry in its
 * place (`undefined` where one was unusable) so block indexes point at the right one; a video a
 * block places leaves its slot, and the videos no block placed come last.
 */
export const readBody = (cx: ReadContext, root: Json, images: (StoryImage | undefined)[], videos: (Json | undefined)[]): StoryBlock[] => {
  let body: StoryBlock[] = [];
  const blocks = root.newsEmbedBody;
  if (Array.isArray(blocks)) {
    blocks.forEach((block, i) => {
      const path = `newsEmbedBody[${i}]`;
      if (!isObject(block)) return warn(cx, path, 'not a block object');
      const type = block.type;
      if (type === 'paragraph' || type === 'heading' || type === 'quote') {
        const get = fieldsOf(cx, block, path);
        const value = get('text');
        if (!value) return warn(cx, path + '.text', 'missing');
        body.push({ type, text: value, cite: get('cite') });
      } else if (type === 'image' || type === 'video') {
        const index = block[type];
        const found = Number.isInteger(index) && { image: images, video: videos }[type][index as number];
        if (!found) return warn(cx, `${path}.${type}`, `no usable ${type} at index ${index}`);
        // A placed video leaves its slot, so it does not come again at the end.
        if (type === 'video') videos[index as number] = undefined;
        body.push({ type, [type]: found } as StoryBlock);
      } else {
        warn(cx, path + '.type', `unknown block type "${type}"`);
      }
    });
  } else {
    if (blocks != null) warn(cx, 'newsEmbedBody', 'not an array');
    body = paragraphs(text(cx, root.articleBody, 'articleBody', true) ?? '').map((paragraph) => ({ type: 'paragraph', text: paragraph }));
  }
  videos.forEach((video) => video && body.push({ type: 'video', video }));
  return body;
};
