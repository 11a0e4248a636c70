import { RandomImageElement } from './random-image.js';

RandomImageElement.define();

export { RandomImageElement };
