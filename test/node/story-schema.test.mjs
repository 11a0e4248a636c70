// The runtime parser (the built dist/story/parse.js) and schema/story.schema.json agree on the
// shipped fixtures: real published JSON-LD, and the good and bad test stories.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parseStory } from '../../dist/story/parse.js';
import { parseDate } from '../../dist/shared/date.js';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const schema = read('schema/story.schema.json');
const validate = ajv.compile(schema);
const validDate = ajv.getSchema(`${schema.$id}#/$defs/date`);
const BASE = 'https://news.example/story.json';
const REAL = 'test/fixtures/stories/real';
const TEST = 'test/fixtures/news-article';
const json = (dir) => readdirSync(dir).filter((name) => name.endsWith('.json'));

test('the real corpus has at least 15 files', () => assert.ok(json(REAL).length >= 15));

// Real files the schema rejects as it stands, with the error it gives. The parser still renders them.
const REJECTED = {
};

for (const name of json(REAL)) {
  const rejected = REJECTED[name];
  test(`real/${name}: the parser reads it and the schema ${rejected ? 'rejects' : 'accepts'} it`, () => {
    const data = read(`${REAL}/${name}`);
    const { story, fatal } = parseStory(data, BASE);
    assert.equal(fatal, undefined);
    assert.ok(story.headline);
    if (rejected) {
      assert.equal(validate(data), false);
      assert.ok(ajv.errorsText(validate.errors).startsWith(rejected), ajv.errorsText(validate.errors));
    } else assert.ok(validate(data), ajv.errorsText(validate.errors));
  });
}

test('every date in the real corpus: the schema accepts it exactly when the parser reads it', () => {
  const dates = [];
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value == 'object')
      for (const [key, entry] of Object.entries(value)) {
        if (/^(datePublished|dateModified|uploadDate)$/.test(key) && typeof entry == 'string') dates.push(entry);
        else walk(entry);
      }
  };
  json(REAL).forEach((name) => walk(read(`${REAL}/${name}`)));
  assert.ok(dates.length >= 40, `${dates.length} dates`);
  for (const date of dates) assert.equal(validDate(date), !!parseDate(date), date);
});

for (const name of json(TEST)) {
  test(`${name}: the parser reads it without a problem and the schema accepts it`, () => {
    const data = read(`${TEST}/${name}`);
    const { fatal, problems } = parseStory(data, BASE);
    assert.deepEqual([fatal, problems], [undefined, []]);
    assert.ok(validate(data), ajv.errorsText(validate.errors));
  });
}

for (const name of json(`${TEST}/bad`)) {
  test(`bad/${name}: the parser reports a problem and the schema rejects it`, () => {
    const data = read(`${TEST}/bad/${name}`);
    const { fatal, problems } = parseStory(data, BASE);
    assert.ok(fatal || problems.length, 'no problem reported');
    assert.equal(validate(data), false);
  });
}

test('the schema accepts the shapes the parser reads: @graph, references, Article types, arrays', () => {
  const shapes = [
    { '@graph': [{ '@type': 'WebPage' }, { '@type': 'BlogPosting', headline: 'H', image: { '@id': '#i' }, author: { '@id': '#p' }, publisher: [{ '@id': '#o' }] }] },
    [{ '@type': 'WebSite' }, { '@type': ['OpinionNewsArticle', 'Thing'], headline: 'H' }],
    { '@type': 'WebPage', mainEntity: { '@type': 'ScholarlyArticle', headline: 'H' } },
    { '@type': 'http://schema.org/Report', headline: 'H', datePublished: 'Tue Jan 28 15:28:56 CET 2020' },
    { '@type': 'TechArticle', articleBody: 'Body', author: { name: ['A', 'B'] }, video: [] },
  ];
  for (const data of shapes) {
    assert.equal(parseStory(data, BASE).fatal, undefined, JSON.stringify(data));
    assert.ok(validate(data), `${JSON.stringify(data)}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('the schema rejects what the parser cannot show', () => {
  const refused = [
    { '@graph': [{ '@type': 'WebPage', headline: 'H' }] },
    { '@type': 'Product', headline: 'H' },
    [{ '@type': 'Person', name: 'P' }],
    { '@type': 'NewsArticle', author: { name: 'A' } },
  ];
  for (const data of refused) {
    const { fatal, problems } = parseStory(data, BASE);
    assert.ok(fatal || problems.length, JSON.stringify(data));
    assert.equal(validate(data), false, JSON.stringify(data));
  }
});
