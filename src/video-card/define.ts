import { VideoCardElement } from './video-card.js';

VideoCardElement.define();

export { VideoCardElement };
