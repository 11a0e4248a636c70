// Turns a schema.org NewsArticle (the project's story format) into the recommended light-DOM embed:
// ordinary semantic HTML inside <news-article>, readable with JavaScript off. Every text is escaped
// and every URL is resolved against the story's own URL and kept only if it is http(s) (or mailto:
// for the author's address), so a pasted snippet cannot carry script.

const escapeHtml = (value) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

const list = (value) => (Array.isArray(value) ? value : value == null ? [] : [value]);

function absolute(url, base, { mailto = false } = {}) {
  if (typeof url !== 'string' || !url.trim()) return '';
  try {
    const parsed = new URL(url.trim(), base);
    const ok = parsed.protocol === 'https:' || parsed.protocol === 'http:' || (mailto && parsed.protocol === 'mailto:');
    return ok && !parsed.username && !parsed.password ? parsed.href : '';
  } catch {
    return '';
  }
}

function imageOf(entry, base) {
  if (typeof entry === 'string') return { src: absolute(entry, base), alt: '' };
  if (!entry || typeof entry !== 'object') return { src: '' };
  return {
    src: absolute(entry.contentUrl ?? entry.url, base),
    alt: entry.description ?? entry.caption ?? entry.name ?? '',
    caption: entry.caption,
    credit: entry.creditText,
    width: Number(entry.width) || undefined,
    height: Number(entry.height) || undefined,
  };
}

const attrs = (pairs) =>
  Object.entries(pairs)
    .filter(([, v]) => v !== undefined && v !== '' && v !== null && v !== false)
    .map(([k, v]) => (v === true ? ` ${k}` : ` ${k}="${escapeHtml(v)}"`))
    .join('');

// Inside <random-image>'s <template>, candidates use data-src: Firefox's parser fetches a plain
// src even inside a template, and unchosen images must cost nothing.
const img = (image, extra = {}, inert = false) =>
  `<img${attrs({ [inert ? 'data-src' : 'src']: image.src, alt: image.alt ?? '', width: image.width, height: image.height, ...extra })}>`;

function figure(image, indent) {
  const caption = [image.caption, image.credit && `<small>${escapeHtml(image.credit)}</small>`]
    .filter(Boolean)
    .map((part, i) => (i === 0 ? escapeHtml(part) : part))
    .join(' ');
  return `${indent}<figure>\n${indent}  ${img(image, { loading: 'lazy' })}${caption ? `\n${indent}  <figcaption>${caption}</figcaption>` : ''}\n${indent}</figure>`;
}

function videoCard(video, base, indent) {
  if (!video || typeof video !== 'object') return '';
  const thumbnail = list(video.thumbnailUrl)[0];
  const contentUrl = absolute(video.contentUrl, base);
  const embedUrl = absolute(video.embedUrl, base);
  const link = contentUrl || embedUrl;
  return `${indent}<video-card${attrs({
    name: video.name,
    description: video.description,
    duration: video.duration,
    'upload-date': video.uploadDate,
    thumbnail: absolute(thumbnail, base),
    'content-url': contentUrl,
    'embed-url': embedUrl,
  })}>\n${indent}  ${link ? `<a href="${escapeHtml(link)}">${escapeHtml(video.name ?? link)}</a>` : `<p>${escapeHtml(video.name ?? '')}</p>`}\n${indent}</video-card>`;
}

/**
 * @param {object} story  a schema.org NewsArticle
 * @param {{ base: string, headingLevel?: number, theme?: string, lang?: string, lead?: string, interval?: number }} options
 */
export function storyToHtml(story, options) {
  const { base, headingLevel = 2, theme, lang, lead = 'random', interval = 0 } = options;
  const level = Math.min(6, Math.max(1, Number(headingLevel) || 2));
  const sub = Math.min(6, level + 1);
  const images = list(story.image).map((entry) => imageOf(entry, base));
  const videos = list(story.video);
  const authors = list(story.author).filter((a) => a && typeof a === 'object');
  const out = [];
  const i1 = '  ';
  const i2 = '    ';

  out.push(`<news-article${attrs({ theme: theme === 'auto' ? undefined : theme, lang, 'heading-level': level === 2 ? undefined : level, lead: lead === 'random' ? undefined : lead })}>`);
  if (story.articleSection) out.push(`${i1}<p slot="kicker">${escapeHtml(list(story.articleSection)[0])}</p>`);
  out.push(`${i1}<h${level} slot="headline">${escapeHtml(story.headline)}</h${level}>`);
  if (story.alternativeHeadline) out.push(`${i1}<p slot="dek">${escapeHtml(story.alternativeHeadline)}</p>`);

  const names = authors.map((a) => escapeHtml(a.name)).filter(Boolean);
  const published = story.datePublished ? `<time datetime="${escapeHtml(story.datePublished)}">${escapeHtml(String(story.datePublished).slice(0, 10))}</time>` : '';
  if (names.length || published) {
    out.push(`${i1}<p slot="byline">${names.length ? `By ${names.join(', ')}` : ''}${names.length && published ? ' · ' : ''}${published}</p>`);
  }

  const usable = images.filter((image) => image.src);
  if (lead !== 'none' && usable.length) {
    const candidates = lead === 'first' ? usable.slice(0, 1) : usable;
    const first = candidates[0];
    const ratio = first.width && first.height ? `${first.width}/${first.height}` : undefined;
    out.push(
      `${i1}<random-image slot="lead"${attrs({ 'aspect-ratio': ratio, interval: interval > 0 ? interval : undefined })}>`,
      `${i2}<template>`,
      ...candidates.map(
        (image) =>
          `${i2}  <figure${attrs({ 'data-credit': image.credit })}>${img(image, {}, true)}${image.caption ? `<figcaption>${escapeHtml(image.caption)}</figcaption>` : ''}</figure>`,
      ),
      `${i2}</template>`,
      `${i2}<noscript>${img(first)}</noscript>`,
      `${i1}</random-image>`,
    );
  }

  const blocks = Array.isArray(story.newsEmbedBody)
    ? story.newsEmbedBody
    : String(story.articleBody ?? '')
        .split(/\n\s*\n/)
        .map((text) => text.trim())
        .filter(Boolean)
        .map((text) => ({ type: 'paragraph', text }));
  for (const block of blocks) {
    if (!block || typeof block !== 'object') continue;
    if (block.type === 'paragraph') out.push(`${i1}<p>${escapeHtml(block.text)}</p>`);
    else if (block.type === 'heading') out.push(`${i1}<h${sub}>${escapeHtml(block.text)}</h${sub}>`);
    else if (block.type === 'quote') {
      out.push(`${i1}<blockquote><p>${escapeHtml(block.text)}</p>${block.cite ? `<footer>${escapeHtml(block.cite)}</footer>` : ''}</blockquote>`);
    } else if (block.type === 'image' && images[block.image]?.src) out.push(figure(images[block.image], i1));
    else if (block.type === 'video' && videos[block.video]) out.push(videoCard(videos[block.video], base, i1));
  }

  for (const author of authors) {
    const email = absolute(author.email && !String(author.email).startsWith('mailto:') ? `mailto:${author.email}` : author.email, base, { mailto: true });
    out.push(
      `${i1}<aside slot="author">`,
      `${i2}<p><strong>${escapeHtml(author.name)}</strong>${author.jobTitle ? `, ${escapeHtml(author.jobTitle)}` : ''}</p>`,
      ...(author.description ? [`${i2}<p>${escapeHtml(author.description)}</p>`] : []),
      ...(email ? [`${i2}<p><a href="${escapeHtml(email)}">${escapeHtml(email.replace(/^mailto:/, ''))}</a></p>`] : []),
      `${i1}</aside>`,
    );
  }

  const source = list(story.isBasedOn ?? story.sourceOrganization)[0];
  if (source) {
    const url = absolute(typeof source === 'string' ? source : source.url, base);
    const name = typeof source === 'object' ? (source.publisher?.name ?? source.name) : undefined;
    const label = name ?? (url ? new URL(url).hostname : '');
    if (label) out.push(`${i1}<p slot="credit">Credit belongs to ${url ? `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>` : escapeHtml(label)}</p>`);
  }

  const related = [...list(story.relatedLink), ...list(story.citation)]
    .map((entry) => (typeof entry === 'string' ? { url: absolute(entry, base), name: entry } : { url: absolute(entry?.url, base), name: entry?.headline ?? entry?.name ?? entry?.url }))
    .filter((link) => link.name);
  if (related.length) {
    out.push(
      `${i1}<nav slot="related" aria-label="Related">`,
      `${i2}<ul>`,
      ...related.map((link) => `${i2}  <li>${link.url ? `<a href="${escapeHtml(link.url)}">${escapeHtml(link.name)}</a>` : escapeHtml(link.name)}</li>`),
      `${i2}</ul>`,
      `${i1}</nav>`,
    );
  }
  out.push('</news-article>');
  return out.join('\n');
}
