import type { Locale } from '../shared/i18n.js';

/** Thai (th). */
export default {
  watch: 'วิดีโอ',
  playVideo: 'เล่นวิดีโอ: {title}',
  openVideo: 'เปิดวิดีโอ: {title}',
  duration: 'ความยาว {duration}',
  untitledVideo: 'วิดีโอไม่มีชื่อ',
  videoUnavailable: 'ไม่สามารถเล่นวิดีโอนี้ในหน้านี้ได้',
  videoFailed: 'ไม่สามารถเล่นวิดีโอได้',
  downloadVideo: 'ดาวน์โหลดไฟล์วิดีโอ',
  credit: 'ภาพ: {credit}',
  pauseRotation: 'หยุดการสลับภาพชั่วคราว',
  playRotation: 'สลับภาพต่อ',
  imageUnavailable: 'ไม่สามารถแสดงภาพได้',
  by: 'โดย {authors}',
  published: 'เผยแพร่: {date}',
  updated: 'อัปเดต: {date}',
  minRead: { other: 'อ่าน {n} นาที' },
  aboutAuthor: 'เกี่ยวกับผู้เขียน',
  email: 'ส่งอีเมลถึง {name}',
  creditBelongs: 'ที่มา: {source}',
  checkAlso: 'ข่าวที่เกี่ยวข้อง',
  readStory: 'อ่านข่าวฉบับเต็ม',
  loading: 'กำลังโหลดข่าว…',
  storyError: 'ไม่สามารถโหลดข่าวนี้ได้',
} satisfies Locale;
