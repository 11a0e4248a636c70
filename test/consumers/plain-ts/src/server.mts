// news-embed/oembed from Node, with Node16 resolution (what `@arethetypeswrong/cli` calls node16-esm).
import { oembedFor, storyPage, CARD_WIDTH, type OEmbedRichAnswer } from 'news-embed/oembed';

const story = { '@type': 'NewsArticle', headline: 'A headline' };
const urls = { storyUrl: 'https://news.example/story.json', pageUrl: 'https://news.example/story/', frameUrl: 'https://news.example/embed.html', providerUrl: 'https://news.example/' };
const answer: OEmbedRichAnswer = oembedFor(story, { ...urls, maxwidth: CARD_WIDTH });
console.log(answer.html.length, answer.news_embed.src);
console.log(storyPage(story, { ...urls, oembedUrl: 'https://news.example/oembed', bundleUrl: 'https://news.example/news-embed.js' }).length);
// @ts-expect-error `storyUrl` is required
oembedFor(story, { pageUrl: urls.pageUrl, frameUrl: urls.frameUrl, providerUrl: urls.providerUrl });
