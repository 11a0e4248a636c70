import { expect } from '@open-wc/testing';
import { parseStory, plainText, type StoryResult } from '../../src/story/parse.js';

const BASE = 'https://news.example/story/';
const parse = (data: unknown) => parseStory(data, BASE);
const story = (data: unknown) => {
  const result = parse(data);
  expect(result.fatal, JSON.stringify(result.fatal)).to.equal(undefined);
  return result.story!;
};
const messages = (result: StoryResult) => result.problems.map((problem) => `${problem.path}: ${problem.message}`);
const paragraphs = (data: unknown) => story(data).body.map((block) => ('text' in block ? block.text : block.type));

/** A WordPress page's graph as Yoast SEO writes it (trimmed to the parts read). */
const yoast = (article: Record<string, unknown> = {}) => ({
  '@context': 'https://schema.org',
  '@graph': [
    { '@type': 'Organization', '@id': 'https://blog.example/#organization', name: 'Example Blog', logo: { '@id': 'https://blog.example/#logo' } },
    { '@type': 'WebSite', '@id': 'https://blog.example/#website', publisher: { '@id': 'https://blog.example/#organization' } },
    { '@type': 'ImageObject', '@id': 'https://blog.example/post/#primaryimage', url: 'https://blog.example/a.jpg', width: 1200, height: 675, caption: 'Caf&eacute; at dawn' },
    { '@type': 'WebPage', '@id': 'https://blog.example/post/#webpage', primaryImageOfPage: { '@id': 'https://blog.example/post/#primaryimage' } },
    {
      '@type': 'Article',
      '@id': 'https://blog.example/post/#article',
      isPartOf: { '@id': 'https://blog.example/post/#webpage' },
      author: { '@id': 'https://blog.example/#/schema/person/1' },
      headline: 'Food &amp; Drink',
      datePublished: '2019-12-09T09:08:21+00:00',
      mainEntityOfPage: { '@id': 'https://blog.example/post/#webpage' },
      publisher: { '@id': 'https://blog.example/#organization' },
      image: { '@id': 'https://blog.example/post/#primaryimage' },
      ...article,
    },
    { '@type': 'Person', '@id': 'https://blog.example/#/schema/person/1', name: 'Ada Lovelace', url: 'https://blog.example/author/ada/' },
  ],
});

describe('parseStory: @graph documents', () => {
  it('resolves image, author and publisher references to the graph nodes', () => {
    const result = parse(yoast());
    expect(messages(result)).to.deep.equal([]);
    const { headline, images, authors, publisher, published } = result.story!;
    expect(headline).to.equal('Food & Drink');
    expect(images).to.deep.equal([
      { src: 'https://blog.example/a.jpg', alt: 'Café at dawn', width: 1200, height: 675, caption: 'Café at dawn', credit: undefined },
    ]);
    expect(authors).to.deep.equal([{ name: 'Ada Lovelace', url: 'https://blog.example/author/ada/', jobTitle: undefined, description: undefined, email: undefined }]);
    expect(publisher).to.equal('Example Blog');
    expect(published!.date.toISOString()).to.equal('2019-12-09T09:08:21.000Z');
  });

  it('merges what a reference says itself with the node (Rank Math writes the author name in both)', () => {
    const { authors } = story(yoast({ author: { '@id': 'https://blog.example/#/schema/person/1', name: 'Ada L.' } }));
    expect(authors.map((author) => [author.name, author.url])).to.deep.equal([['Ada L.', 'https://blog.example/author/ada/']]);
  });

  it('drops a reference to a node that is not there with a warning that names the field', () => {
    const result = parse(yoast({ publisher: { '@id': '#publisher' }, image: [{ '@id': '#nowhere' }, 'b.jpg'] }));
    expect(messages(result)).to.deep.equal([
      'image[0]: no node "#nowhere" in the document',
      'publisher: no node "#publisher" in the document',
    ]);
    expect(result.story!.images.map((image) => image.src)).to.deep.equal([BASE + 'b.jpg']);
    expect(result.story!.publisher).to.equal(undefined);
  });

  it('finds a BlogPosting in @graph, and an article in an array of documents', () => {
    expect(story(yoast({ '@type': 'BlogPosting' })).headline).to.equal('Food & Drink');
    expect(story([{ '@type': 'WebSite', name: 'Site' }, yoast({ '@type': ['BlogPosting', 'Thing'] })]).headline).to.equal('Food & Drink');
  });

  it('reads the references of a referenced node only one step (a node that refers to itself is harmless)', () => {
    const result = parse({
      '@graph': [
        { '@type': 'NewsArticle', '@id': '#a', headline: 'H', author: { '@id': '#p' }, publisher: { '@id': '#a' } },
        { '@type': 'Person', '@id': '#p', name: { '@id': '#p' } },
      ],
    });
    expect(result.story!.headline).to.equal('H');
    expect(result.story!.authors).to.deep.equal([]);
    expect(messages(result)).to.deep.equal(['author.name: not a string', 'publisher: not a string']);
  });
});

describe('parseStory: article types and the choice between candidates', () => {
  const types = [
    'Article', 'NewsArticle', 'ReportageNewsArticle', 'OpinionNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle',
    'ReviewNewsArticle', 'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'Report', 'TechArticle', 'APIReference',
    'ScholarlyArticle', 'MedicalScholarlyArticle', 'SatiricalArticle', 'AdvertiserContentArticle', 'http://schema.org/NewsArticle',
    'schema:BlogPosting', ['NewsArticle', 'WebPage'], ['Thing', 'Report'],
  ];
  for (const type of types) {
    it(`accepts @type ${JSON.stringify(type)}`, () => {
      const result = parse({ '@graph': [{ '@type': 'WebSite', headline: 'Site' }, { '@type': type, headline: 'Story' }] });
      expect(result.story!.headline).to.equal('Story');
      expect(messages(result)).to.deep.equal([]);
    });
  }

  it('does not take a WebPage or a Product for the article', () => {
    for (const type of ['WebPage', 'Product', 'ReportCard', 'Articles']) {
      expect(messages(parse({ '@type': type, headline: 'H' }))).to.deep.equal(['@type: not a NewsArticle']);
    }
  });

  it("prefers the WebPage's mainEntity over articles it cites", () => {
    const data = {
      '@type': 'WebPage',
      mainEntity: { '@type': 'ScholarlyArticle', headline: 'The paper', citation: [{ '@type': 'ScholarlyArticle', headline: 'Cited' }] },
      hasPart: { '@type': 'Article', headline: 'Part' },
    };
    expect(story(data).headline).to.equal('The paper');
    const graph = {
      '@graph': [
        { '@type': 'NewsArticle', '@id': '#teaser', headline: 'Teaser', articleBody: 'Short.' },
        { '@type': 'NewsArticle', '@id': '#main', headline: 'Main' },
        { '@type': 'WebPage', mainEntity: { '@id': '#main' } },
      ],
    };
    expect(story(graph).headline).to.equal('Main');
  });

  it('prefers an article with a body, then one with a headline, else the first', () => {
    const nodes = [
      { '@type': 'Article', name: 'First' },
      { '@type': 'Article', headline: 'Headline only' },
      { '@type': 'Article', headline: 'With body', articleBody: 'Text.' },
    ];
    expect(story({ '@graph': nodes }).headline).to.equal('With body');
    expect(story({ '@graph': nodes.slice(0, 2) }).headline).to.equal('Headline only');
    expect(story(nodes.slice(0, 1)).headline).to.equal('First');
  });
});

describe('parseStory: paragraphs', () => {
  it('makes a paragraph of every line, and skips blank lines', () => {
    expect(paragraphs({ articleBody: 'One.\nTwo.\r\n\r\nThree.\n\n\n  Four.  ' })).to.deep.equal(['One.', 'Two.', 'Three.', 'Four.']);
  });

  it('makes paragraphs of the block elements publishers leave in articleBody', () => {
    expect(paragraphs({ articleBody: '<p>One <a href="x">link</a>.</p><p>Two<br>lines.</p><h2>Head</h2>' })).to.deep.equal([
      'One link.',
      'Two',
      'lines.',
      'Head',
    ]);
  });

  it('keeps a short one-line body whole', () => {
    expect(paragraphs({ articleBody: 'One sentence. Another one. And a third.' })).to.deep.equal(['One sentence. Another one. And a third.']);
  });

  it('cuts a long one-line body into paragraphs of whole sentences, never after an abbreviation', () => {
    const sentence = (i: number) => `Sentence number ${i} tells what Dr. Smith of the U.S. Army said about it in some detail, at length.`;
    const body = Array.from({ length: 30 }, (_, i) => sentence(i)).join(' ');
    const result = paragraphs({ articleBody: body });
    expect(result.length).to.be.within(8, 12);
    expect(result.join(' ')).to.equal(body);
    for (const paragraph of result) {
      expect(paragraph).to.match(/^Sentence number \d+ .*at length\.$/);
      expect(paragraph.length).to.be.below(500);
    }
    // Each paragraph but the last is at least 300 characters.
    expect(result.slice(0, -1).every((paragraph) => paragraph.length >= 300)).to.equal(true);
  });
});

describe('parseStory: text fields', () => {
  it('decodes character references and never makes markup', () => {
    expect(story({ headline: 'Food &amp; Drink &#8216;Now&#8217; &#x2014; O&#039;Brien &lt;b&gt; &copy; &Uuml;ber &ntilde; &bogus; &amp;amp;' }).headline).to.equal(
      'Food & Drink ‘Now’ — O\'Brien <b> © Über ñ &bogus; &amp;',
    );
    expect(plainText('&#0; &#1114112; &#x110000;')).to.equal('&#0; &#1114112; &#x110000;');
  });

  it('drops the tags publishers leave in text fields', () => {
    const { headline, authors } = story({
      headline: '<em>Breaking</em>: <script>alert(1)</script>news<!-- x -->',
      author: { name: ['<a href="/pl/eksperci/a">Mateusz Gniazdowski</a>', '<a href="/b">Martyna Wasiuta</a>'] },
    });
    expect(headline).to.equal('Breaking: alert(1)news');
    expect(authors.map((author) => author.name)).to.deep.equal(['Mateusz Gniazdowski, Martyna Wasiuta']);
  });

  it('cuts a headline, dek or kicker past 2,000 characters, with a warning; the body keeps every character', () => {
    const long = 'é'.repeat(2001);
    const result = parse({ headline: long, alternativeHeadline: long, articleSection: long, articleBody: long });
    const { headline, dek, kicker, body } = result.story!;
    for (const line of [headline, dek, kicker]) expect(line).to.equal('é'.repeat(1999) + '…');
    expect(body).to.deep.equal([{ type: 'paragraph', text: long }]);
    expect(messages(result)).to.deep.equal(['headline: longer than 2000 characters, cut', 'alternativeHeadline: longer than 2000 characters, cut', 'articleSection: longer than 2000 characters, cut']);
    expect(story({ headline: 'h'.repeat(2000) }).headline, 'at the limit').to.equal('h'.repeat(2000));
  });

  it('does not repeat "By" for a name that already starts with it', () => {
    const { authors } = story({ headline: 'H', author: [{ name: 'By Will Smale' }, 'BY: Ann', { name: 'Byron Bay' }] });
    expect(authors.map((author) => author.name)).to.deep.equal(['Will Smale', 'Ann', 'Byron Bay']);
  });

  it('reads a publisher given as an array, and leaves it out when an author has its name', () => {
    expect(story({ headline: 'H', publisher: [{ '@type': 'Organization', name: 'Engadget' }, { name: 'Yahoo' }] }).publisher).to.equal('Engadget');
    expect(story({ headline: 'H', publisher: ['', { name: 'Second' }] }).publisher).to.equal('Second');
    const org = story({ headline: 'H', author: { '@type': 'Organization', name: 'LA NACION' }, publisher: { name: 'LA NACION' } });
    expect([org.authors.map((author) => author.name), org.publisher]).to.deep.equal([['LA NACION'], undefined]);
  });

  it('leaves out an author with an empty name quietly, and warns about one without a name', () => {
    const result = parse({ headline: 'H', author: [{ '@type': 'Person', name: '', url: 'https://x.example/' }, { name: '  ' }, { url: 'https://y.example/' }] });
    expect(result.story!.authors).to.deep.equal([]);
    expect(messages(result)).to.deep.equal(['author[2].name: missing']);
  });

  it('reads an image given only as contentUrl, and an empty url as absent', () => {
    const { images } = story({ headline: 'H', image: [{ '@type': 'ImageObject', contentUrl: 'https://cdn.example/a.jpg' }, { url: '', contentUrl: 'b.jpg' }, ''] });
    expect(images.map((image) => image.src)).to.deep.equal(['https://cdn.example/a.jpg', BASE + 'b.jpg']);
  });

  it('reads WordPress URLs whose & is written &#038;', () => {
    expect(story({ headline: 'H', image: 'https://wp.example/?p=1&#038;w=2' }).images[0]!.src).to.equal('https://wp.example/?p=1&w=2');
  });

  it('keeps every URL under the URL policy, references included', () => {
    const result = parse({
      '@graph': [
        { '@type': 'NewsArticle', headline: 'H', image: { '@id': '#i' }, author: { '@id': '#p' } },
        { '@id': '#i', url: 'javascript:alert(1)' },
        { '@id': '#p', name: 'P', url: 'data:text/html,x' },
      ],
    });
    expect(result.story!.images).to.deep.equal([]);
    expect(result.story!.authors[0]!.url).to.equal(undefined);
    expect(messages(result)).to.deep.equal(['image.url: not an http(s) URL', 'author.url: not an http(s) URL']);
  });
});

describe('parseStory: videos', () => {
  it('accepts video: []', () => {
    const result = parse({ headline: 'H', video: [] });
    expect(result.story!.body).to.deep.equal([]);
    expect(messages(result)).to.deep.equal([]);
  });

  it("gives a player from another host a url to the video on the publisher's site", () => {
    const [own, page] = story({
      headline: 'H',
      video: [
        { '@type': 'VideoObject', name: 'GALA VIDEO &#8211; one', embedUrl: 'https://players.brightcove.net/1/default/index.html?videoId=2' },
        { '@type': 'VideoObject', name: 'two', embedUrl: 'https://player.example/e/3', url: 'https://news.example/videos/3' },
      ],
    }).body.map((block) => (block.type == 'video' ? block.video : {}));
    expect(own).to.include({ name: 'GALA VIDEO – one', url: 'https://players.brightcove.net/1/default/index.html?videoId=2' });
    expect(page).to.include({ embedUrl: 'https://player.example/e/3', url: 'https://news.example/videos/3' });
  });

  it('resolves a video given by reference', () => {
    const body = story({ '@graph': [{ '@type': 'NewsArticle', headline: 'H', video: { '@id': '#v' } }, { '@id': '#v', name: 'V', contentUrl: 'v.mp4' }] }).body;
    expect(body).to.deep.equal([{ type: 'video', video: { '@id': '#v', name: 'V', contentUrl: BASE + 'v.mp4' } }]);
  });
});

describe('parseStory: hostile documents neither throw nor hang', () => {
  // Tests time nothing (a loaded machine made a 1 s bound flaky): a parse that hangs or goes
  // quadratic on these megabyte inputs runs into the test's timeout instead.
  const fast = (data: unknown) => parse(data);

  it('a reference cycle', () => {
    const article: Record<string, unknown> = { '@type': 'NewsArticle', '@id': '#a', headline: 'Cycle' };
    const person: Record<string, unknown> = { '@id': '#p', name: 'P', knows: article };
    article.author = person;
    article.publisher = article;
    article.isPartOf = [article, { '@id': '#a' }];
    const result = fast({ '@graph': [article, person, { '@id': '#x', sameAs: { '@id': '#x' } }] });
    expect(result.story!.headline).to.equal('Cycle');
    expect(result.story!.authors.map((author) => author.name)).to.deep.equal(['P']);
  });

  it('nesting 10,000 deep', () => {
    let deep: Record<string, unknown> = { '@type': 'NewsArticle', headline: 'Too deep' };
    for (let i = 0; i < 1e4; i++) deep = { '@type': 'WebPage', mainEntity: deep, name: { name: deep } };
    const result = fast({ '@graph': [deep, { '@type': 'NewsArticle', headline: 'Shallow', author: { name: deep } }] });
    expect(result.story!.headline).to.equal('Shallow');
    expect(messages(result)).to.deep.equal(['author.name: not a string']);
    expect(fast(deep).fatal).to.deep.equal({ path: 'headline', message: 'missing, and no body' });
  });

  it('a graph of 100,000 nodes', () => {
    const graph: unknown[] = Array.from({ length: 1e5 }, (_, i) => ({ '@type': 'Person', '@id': `#p${i}`, name: `P${i}`, knows: { '@id': `#p${i + 1}` } }));
    graph.unshift({ '@type': 'NewsArticle', headline: 'Big', author: [{ '@id': '#p1' }, { '@id': '#p99999' }] });
    const result = fast({ '@graph': graph });
    expect(result.story!.headline).to.equal('Big');
    // Nodes past the bound are not read: the reference is reported like a missing one.
    expect(result.story!.authors.map((author) => author.name)).to.deep.equal(['P1']);
    expect(messages(result)).to.deep.equal(['author[1]: no node "#p99999" in the document']);
  });

  it('100,000 article candidates', () => {
    const graph = Array.from({ length: 1e5 }, (_, i) => ({ '@type': 'NewsArticle', headline: `H${i}` }));
    expect(fast({ '@graph': graph }).story!.headline).to.equal('H0');
  });

  it('a megabyte of unclosed tags, comments and references in text fields', () => {
    for (const chunk of ['<a', '<!--', '<br', '&#', '&amp', 'Word. ']) {
      const long = chunk.repeat(2e5);
      const result = fast({ headline: long, articleBody: long, author: { name: long } });
      // Read whole (an author's name is not cut), and the headline cut to its 2,000 characters.
      expect(result.story!.authors[0]!.name.length, chunk).to.be.above(1e5);
      expect(result.story!.headline!.length, chunk).to.equal(2000);
    }
  });

  it('a missing reference as the whole document, and values of every kind', () => {
    expect(fast({ '@id': '#nothing' }).fatal).to.deep.equal({ path: 'headline', message: 'missing, and no body' });
    for (const value of [null, 1, 'text', [], [[[]]], { '@graph': null }, { '@graph': [null, 1, 'x'] }]) {
      expect(() => fast(value)).not.to.throw();
    }
  });
});
