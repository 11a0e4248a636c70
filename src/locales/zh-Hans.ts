import type { Locale } from '../shared/i18n.js';

/** Chinese, Simplified (zh-Hans). */
export default {
  watch: '视频',
  playVideo: '播放视频：{title}',
  openVideo: '打开视频：{title}',
  duration: '时长：{duration}',
  untitledVideo: '无标题视频',
  videoUnavailable: '此视频无法在本页播放。',
  videoFailed: '视频无法播放。',
  downloadVideo: '下载视频文件',
  credit: '图片来源：{credit}',
  pauseRotation: '暂停图片轮播',
  playRotation: '继续图片轮播',
  imageUnavailable: '图片无法显示',
  by: '作者：{authors}',
  published: '发布时间：{date}',
  updated: '更新时间：{date}',
  minRead: { other: '阅读约需{n}分钟' },
  aboutAuthor: '关于作者',
  email: '给{name}发邮件',
  creditBelongs: '来源：{source}',
  checkAlso: '相关阅读',
  readStory: '阅读全文',
  loading: '文章加载中……',
  storyError: '无法加载这篇文章。',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  charsPerMinute: 255,
} satisfies Locale;
