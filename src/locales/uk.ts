import type { Locale } from '../shared/i18n.js';

/** Ukrainian (uk). */
export default {
  watch: 'Відео',
  playVideo: 'Відтворити відео: {title}',
  openVideo: 'Відкрити відео: {title}',
  duration: 'Тривалість: {duration}',
  untitledVideo: 'Відео без назви',
  videoUnavailable: 'Це відео не можна відтворити тут.',
  videoFailed: 'Не вдалося відтворити відео.',
  downloadVideo: 'Завантажити відеофайл',
  credit: 'Фото: {credit}',
  pauseRotation: 'Зупинити зміну зображень',
  playRotation: 'Відновити зміну зображень',
  imageUnavailable: 'Зображення недоступне',
  by: 'Автор: {authors}',
  published: 'Опубліковано: {date}',
  updated: 'Оновлено: {date}',
  minRead: {
    one: '{n} хвилина читання',
    few: '{n} хвилини читання',
    many: '{n} хвилин читання',
    other: '{n} хвилини читання',
  },
  aboutAuthor: 'Про автора',
  email: 'Написати листа: {name}',
  creditBelongs: 'Джерело: {source}',
  checkAlso: 'Читайте також',
  readStory: 'Читати статтю повністю',
  loading: 'Завантаження статті…',
  storyError: 'Не вдалося завантажити статтю.',
} satisfies Locale;
