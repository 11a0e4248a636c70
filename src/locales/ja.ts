import type { Locale } from '../shared/i18n.js';

/** Japanese (ja). */
export default {
  watch: '動画',
  playVideo: '動画を再生：{title}',
  openVideo: '動画を開く：{title}',
  duration: '再生時間：{duration}',
  untitledVideo: '無題の動画',
  videoUnavailable: 'この動画はここでは再生できません。',
  videoFailed: '動画を再生できませんでした。',
  downloadVideo: '動画ファイルをダウンロード',
  credit: '写真：{credit}',
  pauseRotation: '画像の切り替えを一時停止',
  playRotation: '画像の切り替えを再開',
  imageUnavailable: '画像を表示できません',
  by: '{authors}',
  published: '公開：{date}',
  updated: '更新：{date}',
  minRead: { other: '約{n}分で読めます' },
  aboutAuthor: 'この記事を書いた人',
  email: '{name}にメールを送る',
  creditBelongs: '出典：{source}',
  checkAlso: '関連記事',
  readStory: '記事全文を読む',
  loading: '記事を読み込んでいます…',
  storyError: 'この記事を読み込めませんでした。',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  charsPerMinute: 357,
} satisfies Locale;
