import type { Locale } from '../shared/i18n.js';

/** Russian (ru). */
export default {
  watch: 'Видео',
  playVideo: 'Воспроизвести видео: {title}',
  openVideo: 'Открыть видео: {title}',
  duration: 'Длительность: {duration}',
  untitledVideo: 'Видео без названия',
  videoUnavailable: 'Это видео нельзя воспроизвести здесь.',
  videoFailed: 'Не удалось воспроизвести видео.',
  downloadVideo: 'Скачать видеофайл',
  credit: 'Фото: {credit}',
  pauseRotation: 'Остановить смену изображений',
  playRotation: 'Возобновить смену изображений',
  imageUnavailable: 'Изображение недоступно',
  by: 'Текст: {authors}',
  published: 'Опубликовано: {date}',
  updated: 'Обновлено: {date}',
  minRead: {
    one: '{n} минута чтения',
    few: '{n} минуты чтения',
    many: '{n} минут чтения',
    other: '{n} минуты чтения',
  },
  aboutAuthor: 'Об авторе',
  email: 'Написать письмо: {name}',
  creditBelongs: 'Источник: {source}',
  checkAlso: 'Читайте также',
  readStory: 'Читать статью целиком',
  loading: 'Загрузка статьи…',
  storyError: 'Не удалось загрузить статью.',
} satisfies Locale;
