// Types for `news-embed/oembed` (oembed.mjs, a plain ES module for Node servers and build scripts).

/** A schema.org NewsArticle (JSON-LD), as publishers write it. */
export type NewsArticleJsonLd = Record<string, unknown>;

/** The oEmbed answer for one story: a `rich` answer (https://oembed.com/, section 2.3.4.4). */
export interface OEmbedRichAnswer {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  width: number;
  height: number;
  /** A `<blockquote>` with a link to the story page, then an `<iframe>` of the story card. */
  html: string;
  cache_age: number;
  author_name?: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
  /** Not part of oEmbed: what a consumer that trusts this host needs to show the whole story. */
  news_embed: { src: string; href: string };
}

export interface OEmbedOptions {
  /** The story's JSON-LD URL. */
  storyUrl: string;
  /** The story's shareable page. */
  pageUrl: string;
  /** The iframe embed page (`dist/embed.html`). */
  frameUrl: string;
  providerUrl: string;
  /** The consumer's `maxwidth`/`maxheight` query parameters, as numbers or as received. */
  maxwidth?: number | string;
  maxheight?: number | string;
  lang?: string;
}

/** The default width of the card, and the widest it is offered. */
export declare const CARD_WIDTH: number;

/** The URL of the framed card: the iframe embed page in card layout, its link to the story page. */
export declare function cardFrameUrl(options: { frameUrl: string; storyUrl: string; pageUrl: string; lang?: string }): string;

/** The oEmbed answer for one story. */
export declare function oembedFor(story: NewsArticleJsonLd, options: OEmbedOptions): OEmbedRichAnswer;

/** The story's shareable page: the story as HTML, with the oEmbed discovery link in its `<head>`. */
export declare function storyPage(
  story: NewsArticleJsonLd,
  options: { storyUrl: string; pageUrl: string; oembedUrl: string; bundleUrl: string; lang?: string },
): string;

/** The story's page URL (its `url`, else `mainEntityOfPage`), absolute against `base`; `''` when none. */
export declare function storyPageUrl(story: NewsArticleJsonLd, base?: string | URL): string;
