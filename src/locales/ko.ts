import type { Locale } from '../shared/i18n.js';

/** Korean (ko). */
export default {
  watch: '영상',
  playVideo: '동영상 재생: {title}',
  openVideo: '동영상 열기: {title}',
  duration: '재생 시간 {duration}',
  untitledVideo: '제목 없는 동영상',
  videoUnavailable: '이 동영상은 여기에서 재생할 수 없습니다.',
  videoFailed: '동영상을 재생하지 못했습니다.',
  downloadVideo: '동영상 파일 다운로드',
  credit: '사진: {credit}',
  pauseRotation: '이미지 전환 일시 정지',
  playRotation: '이미지 전환 다시 시작',
  imageUnavailable: '이미지를 표시할 수 없음',
  by: '{authors} 기자',
  published: '입력 {date}',
  updated: '수정 {date}',
  minRead: { other: '읽는 시간 {n}분' },
  aboutAuthor: '기자 소개',
  email: '{name}에게 이메일 보내기',
  creditBelongs: '출처: {source}',
  checkAlso: '관련 기사',
  readStory: '기사 전문 보기',
  loading: '기사를 불러오는 중…',
  storyError: '기사를 불러오지 못했습니다.',
} satisfies Locale;
