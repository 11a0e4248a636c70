// schema/story.schema.json against good and bad stories, and against the shipped demo story.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(read('schema/story.schema.json'));
const fixtures = 'test/fixtures/news-article';

for (const name of ['full.json', 'google.json', 'minimal.json']) {
  test(`the schema accepts ${name}`, () => {
    assert.ok(validate(read(`${fixtures}/${name}`)), ajv.errorsText(validate.errors));
  });
}

for (const name of readdirSync(`${fixtures}/bad`)) {
  test(`the schema rejects bad/${name}`, () => {
    assert.equal(validate(read(`${fixtures}/bad/${name}`)), false);
  });
}

test('the schema rejects a javascript: image URL and a protocol-relative related link', () => {
  assert.equal(validate({ headline: 'H', image: 'javascript:alert(1)' }), false);
  assert.equal(validate({ headline: 'H', relatedLink: '//evil.example/' }), false);
  assert.ok(validate({ headline: 'H', image: ['a.png', 'https://example.com/b.png'], relatedLink: 'HTTPS://example.com/' }));
});

test('the shipped demo story is valid', { skip: !existsSync('demo/story/story.json') && 'demo/story/story.json not written yet' }, () => {
  assert.ok(validate(read('demo/story/story.json')), ajv.errorsText(validate.errors));
});
