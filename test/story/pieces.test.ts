// The reader's pieces, each alone: the graph index, the field readers with their context, the body.
import { expect } from '@open-wc/testing';
import { paragraphs, readBody } from '../../src/story/body.js';
import { date, each, fieldsOf, link, size, text, url } from '../../src/story/fields.js';
import { isArticle, readGraph, resolve, type Json, type ReadContext } from '../../src/story/graph.js';
import { readAuthor, readImage, readVideo } from '../../src/story/parts.js';
import { languageOf } from '../../src/story/text.js';

const context = (nodes: Map<string, Json> = new Map(), root: Json = {}, base = 'https://news.example/s/story.json'): ReadContext => ({ problems: [], base, nodes, root });
const said = (cx: ReadContext) => cx.problems.map(({ path, message }) => `${path}: ${message}`);

describe('story/graph', () => {
  it('indexes nodes by @id and picks the main entity of a @graph', () => {
    const nodes = new Map<string, Json>();
    const teaser = { '@type': 'NewsArticle', headline: 'Teaser', articleBody: 'x' };
    const main = { '@type': 'Article', '@id': '#a', headline: 'Main' };
    const root = readGraph(nodes, { '@graph': [teaser, { '@type': 'WebPage', mainEntity: { '@id': '#a' } }, main, { '@id': '#p', name: 'P' }] });
    expect(root).to.equal(main);
    expect([...nodes.keys()]).to.deep.equal(['#a', '#p']);
  });

  it('reads a document with cycles and any depth in one bounded pass', () => {
    const node: Json = { '@type': 'NewsArticle', headline: 'H' };
    node.self = node;
    let deep: Json = {};
    for (let i = 0; i < 1e5; i++) deep = { next: deep };
    node.deep = deep;
    expect(readGraph(new Map(), node)).to.equal(node);
  });

  it('resolves a reference, merging what the reference says itself, and reports one to nowhere', () => {
    const cx = context(new Map([['#p', { '@id': '#p', name: 'Ada', url: 'https://a.example/' }]]));
    expect(resolve(cx, { '@id': '#p', name: 'Ada L.' }, 'author')).to.deep.equal({ '@id': '#p', name: 'Ada L.', url: 'https://a.example/' });
    expect(resolve(cx, { '@id': '#x' }, 'author[1]')).to.equal(undefined);
    expect(resolve(cx, 'plain', 'author')).to.equal('plain');
    expect(said(cx)).to.deep.equal(['author[1]: no node "#x" in the document']);
  });

  it('knows Article types as names, prefixed names and IRIs', () => {
    for (const type of ['NewsArticle', 'BlogPosting', 'schema:Report', 'https://schema.org/Report', ['Thing', 'ReportageNewsArticle']]) {
      expect(isArticle({ '@type': type }), String(type)).to.equal(true);
    }
    for (const type of ['WebPage', 'BookReport', 'Reporter', undefined]) expect(isArticle({ '@type': type }), String(type)).to.equal(false);
  });
});

describe('story/fields', () => {
  it('reads text from strings, numbers, names and lists, and reports anything else by path', () => {
    const cx = context();
    expect(text(cx, ' Caf&eacute; <b>au</b>\n lait ', 'a')).to.equal('Café au lait');
    expect(text(cx, 'one<br>two', 'a', true)).to.equal('one\ntwo');
    expect(text(cx, { name: ['Ann', 'Bo'] }, 'author')).to.equal('Ann, Bo');
    expect(text(cx, 42, 'n')).to.equal('42');
    expect(text(cx, '  ', 'blank')).to.equal(undefined);
    expect(text(cx, { name: { x: 1 } }, 'author')).to.equal(undefined);
    expect(text(cx, [true], 'flag')).to.equal(undefined);
    expect(said(cx)).to.deep.equal(['author.name: not a string', 'flag: not a string']);
  });

  it('resolves URLs against the base and refuses other schemes', () => {
    const cx = context();
    expect(url(cx, 'img/a.jpg?x=1&#038;y=2', 'image')).to.equal('https://news.example/s/img/a.jpg?x=1&y=2');
    expect(url({ ...context(), base: undefined }, 'img/a.jpg', 'image')).to.equal('img/a.jpg');
    expect(url(cx, 'javascript:alert(1)', 'image')).to.equal(undefined);
    expect(url(cx, '', 'empty')).to.equal(undefined);
    expect(said(cx)).to.deep.equal(['image: not an http(s) URL']);
  });

  it('reads sizes, dates and links', () => {
    const cx = context();
    expect(size(cx, { '@type': 'QuantitativeValue', value: '640' }, 'width')).to.equal(640);
    expect(size(cx, -1, 'height')).to.equal(undefined);
    expect(date(cx, '2024-07-30T14:05:00Z', 'datePublished')?.iso).to.equal('2024-07-30T14:05:00Z');
    expect(date(cx, 'Tue, 30 Jul 2024 14:05:00 GMT', 'datePublished')?.iso).to.equal('2024-07-30T14:05:00.000Z');
    expect(date(cx, 'soon', 'dateModified')).to.equal(undefined);
    expect(link(cx, { url: 'https://cbc.ca/x', name: 'CBC' }, 'isBasedOn')).to.deep.equal({ text: 'CBC', url: 'https://cbc.ca/x' });
    expect(link(cx, 'https://cbc.ca/x', 'isBasedOn', true)).to.deep.equal({ text: 'cbc.ca', url: 'https://cbc.ca/x' });
    expect(said(cx)).to.deep.equal(['height: not a positive number', 'dateModified: cannot read "soon" as a date']);
  });

  it('reads the fields of one thing at its path, and each entry of a list in its place', () => {
    const cx = context(new Map([['#i', { '@id': '#i', url: 'b.jpg' }]]), { image: ['a.jpg', { '@id': '#nowhere' }, { '@id': '#i' }] });
    const get = fieldsOf(cx, { caption: ['x', {}], width: '12px' }, 'image[3]');
    expect(get('caption')).to.equal(undefined);
    expect(get('width', size)).to.equal(12);
    expect(fieldsOf(cx, { dek: 'D' })('dek')).to.equal('D');
    const urls = each(cx, 'image', (c, value, path) => [path, url(c, (value as Json).url ?? value, path)]);
    expect(urls).to.deep.equal([['image[0]', 'https://news.example/s/a.jpg'], undefined, ['image[2]', 'https://news.example/s/b.jpg']]);
    expect(said(cx)).to.deep.equal(['image[3].caption: not a string', 'image[1]: no node "#nowhere" in the document']);
  });

  it('reads an image, a video and an author', () => {
    const cx = context();
    expect(readImage(cx, { contentUrl: 'a.jpg', caption: 'C', creditText: 'P' }, 'image')).to.deep.equal({
      src: 'https://news.example/s/a.jpg', alt: 'C', width: undefined, height: undefined, caption: 'C', credit: 'P',
    });
    expect(readVideo(cx, { name: 'V', embedUrl: 'https://player.example/1', thumbnailUrl: ['t.jpg', 'data:x'] }, 'video')).to.deep.equal({
      name: 'V', embedUrl: 'https://player.example/1', url: 'https://player.example/1', thumbnailUrl: ['https://news.example/s/t.jpg'],
    });
    expect(readAuthor(cx, { name: 'By Ada', email: 'ada@example.com' }, 'author')).to.include({ name: 'Ada', email: 'mailto:ada@example.com' });
    expect(readAuthor(cx, { name: '' }, 'author')).to.equal(undefined);
    expect(said(cx)).to.deep.equal(['video.thumbnailUrl[1]: not an http(s) URL']);
  });

  it('reads a language tag as publishers write it', () => {
    expect(languageOf('de-de')).to.equal('de-DE');
    expect(languageOf([{ '@type': 'Language', name: 'Arabic', alternateName: 'ar' }])).to.equal('ar');
    expect(languageOf('German')).to.equal(undefined);
  });
});

describe('story/body', () => {
  it('cuts a one-line body into paragraphs of whole sentences', () => {
    const sentence = 'The council met on Tuesday to discuss the budget for next year. ';
    const parts = paragraphs(sentence.repeat(12).trim());
    expect(parts.length).to.be.above(1);
    for (const part of parts.slice(0, -1)) expect(part.length).to.be.at.least(300);
    expect(paragraphs('Dr. Smith met U.S. officials. Then left.')).to.deep.equal(['Dr. Smith met U.S. officials. Then left.']);
    expect(paragraphs('a\nb')).to.deep.equal(['a', 'b']);
  });

  it('places images and videos by index, and puts the videos no block placed last', () => {
    const cx = context();
    const image = { src: 'https://news.example/a.jpg', alt: '' };
    const videos = [{ name: 'one' }, { name: 'two' }];
    const body = readBody(cx, { newsEmbedBody: [{ type: 'video', video: 1 }, { type: 'image', image: 0 }, { type: 'image', image: 5 }, { type: 'poll' }] }, [image], videos);
    expect(body).to.deep.equal([
      { type: 'video', video: { name: 'two' } },
      { type: 'image', image },
      { type: 'video', video: { name: 'one' } },
    ]);
    expect(said(cx)).to.deep.equal(['newsEmbedBody[2].image: no usable image at index 5', 'newsEmbedBody[3].type: unknown block type "poll"']);
  });
});
