// Registering <news-article> registers the elements it composes too (their define modules run first).
import '../random-image/define.js';
import '../video-card/define.js';
import { NewsArticleElement } from './news-article.js';

NewsArticleElement.define();

export { NewsArticleElement };
