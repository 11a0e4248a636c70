/**
 * The story model: what `parseStory` reads from schema.org `NewsArticle` JSON-LD, and what
 * `<news-article>`, the snippet writer and the oEmbed card show. Every URL in it has passed the
 * URL policy (`safeUrl`); every text is plain text.
 */
import type { ParsedDate } from '../shared/time.js';

/** An image ready for `<img>` or `<random-image>`: `src` already passed the URL policy. */
export interface StoryImage {
  src: string;
  alt: string;
  width?: number;
  height?: number;
  caption?: string;
  credit?: string;
}

export interface StoryAuthor {
  name: string;
  jobTitle?: string;
  description?: string;
  /** A `mailto:` URL. */
  email?: string;
  url?: string;
}

export interface StoryLink {
  text: string;
  url?: string;
}

/** A dated field: the original ISO 8601 text (for `<time datetime>`) and the parsed date. */
export interface StoryDate extends ParsedDate {
  iso: string;
}

export type StoryBlock =
  | { type: 'paragraph' | 'heading' | 'quote'; text: string; cite?: string }
  | { type: 'image'; image: StoryImage }
  | { type: 'video'; video: Record<string, unknown> };

export interface Story {
  headline?: string;
  /** `alternativeHeadline`: the dek. */
  dek?: string;
  /** `articleSection`: the kicker. */
  kicker?: string;
  authors: StoryAuthor[];
  publisher?: string;
  published?: StoryDate;
  modified?: StoryDate;
  /** Every usable image, in order (the lead's set). */
  images: StoryImage[];
  /** The body in reading order; videos no block placed come last. */
  body: StoryBlock[];
  /** `isBasedOn` or `sourceOrganization`. */
  credit?: StoryLink;
  /** `citation` and `relatedLink`. */
  related: StoryLink[];
  /** The story's language (`inLanguage`), a BCP 47 tag such as `de` or `pt-BR`. */
  lang?: string;
  /** Body words as the language counts them (`Intl.Segmenter`), for the reading time. */
  words: number;
  /** Letters and digits in those words: the reading time of scripts written without spaces (Chinese, Japanese). */
  chars: number;
  /** The story's own page (`url` or `mainEntityOfPage`). */
  url?: string;
}

export interface StoryProblem {
  path: string;
  message: string;
}

export interface StoryResult {
  story?: Story;
  /** Set when the story cannot be shown at all. */
  fatal?: StoryProblem;
  /** Parts left out; the rest renders. */
  problems: StoryProblem[];
}
