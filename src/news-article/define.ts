// Registering <news-article> registers the elements it composes too; each define() is safe to repeat.
import { RandomImageElement } from '../random-image/define.js';
import { VideoCardElement } from '../video-card/define.js';
import { NewsArticleElement } from './news-article.js';

RandomImageElement.define();
VideoCardElement.define();
NewsArticleElement.define();

export { NewsArticleElement };
