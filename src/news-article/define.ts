import { NewsArticleElement } from './news-article.js';

NewsArticleElement.define();

export { NewsArticleElement };
