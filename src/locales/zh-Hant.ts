import type { Locale } from '../shared/i18n.js';

/** Chinese, Traditional (zh-Hant). */
export default {
  watch: '影音',
  playVideo: '播放影片：{title}',
  openVideo: '開啟影片：{title}',
  duration: '片長：{duration}',
  untitledVideo: '未命名影片',
  videoUnavailable: '這部影片無法在本頁播放。',
  videoFailed: '影片無法播放。',
  downloadVideo: '下載影片檔案',
  credit: '圖片來源：{credit}',
  pauseRotation: '暫停圖片輪播',
  playRotation: '繼續圖片輪播',
  imageUnavailable: '無法顯示圖片',
  by: '文／{authors}',
  published: '發布時間：{date}',
  updated: '更新時間：{date}',
  minRead: { other: '閱讀時間約{n}分鐘' },
  aboutAuthor: '關於作者',
  email: '寄信給{name}',
  creditBelongs: '資料來源：{source}',
  checkAlso: '延伸閱讀',
  readStory: '閱讀全文',
  loading: '文章載入中……',
  storyError: '無法載入這篇文章。',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  charsPerMinute: 255,
} satisfies Locale;
