import type { Locale } from '../shared/i18n.js';

/** Vietnamese (vi). */
export default {
  watch: 'Video',
  playVideo: 'Phát video: {title}',
  openVideo: 'Mở video: {title}',
  duration: 'Thời lượng: {duration}',
  untitledVideo: 'Video không có tiêu đề',
  videoUnavailable: 'Không thể phát video này tại đây.',
  videoFailed: 'Không thể phát video.',
  downloadVideo: 'Tải tệp video xuống',
  credit: 'Ảnh: {credit}',
  pauseRotation: 'Tạm dừng chuyển ảnh',
  playRotation: 'Tiếp tục chuyển ảnh',
  imageUnavailable: 'Không hiển thị được ảnh',
  by: 'Tác giả: {authors}',
  published: 'Đăng: {date}',
  updated: 'Cập nhật: {date}',
  minRead: { other: '{n} phút đọc' },
  aboutAuthor: 'Về tác giả',
  email: 'Gửi email cho {name}',
  creditBelongs: 'Nguồn: {source}',
  checkAlso: 'Tin liên quan',
  readStory: 'Đọc toàn bộ bài viết',
  loading: 'Đang tải bài viết…',
  storyError: 'Không thể tải bài viết này.',
} satisfies Locale;
