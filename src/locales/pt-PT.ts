import type { Locale } from '../shared/i18n.js';

/** Portuguese, Portugal (pt-PT). */
export default {
  watch: 'Vídeo',
  playVideo: 'Reproduzir o vídeo: {title}',
  openVideo: 'Abrir o vídeo: {title}',
  duration: 'Duração: {duration}',
  untitledVideo: 'Vídeo sem título',
  videoUnavailable: 'Este vídeo não pode ser reproduzido aqui.',
  videoFailed: 'Não foi possível reproduzir o vídeo.',
  downloadVideo: 'Transferir o ficheiro de vídeo',
  credit: 'Fotografia: {credit}',
  pauseRotation: 'Colocar em pausa a rotação das imagens',
  playRotation: 'Retomar a rotação das imagens',
  imageUnavailable: 'Imagem indisponível',
  by: 'Por {authors}',
  published: 'Publicado: {date}',
  updated: 'Atualizado: {date}',
  minRead: { one: '{n} min de leitura', many: '{n} min de leitura', other: '{n} min de leitura' },
  aboutAuthor: 'Sobre o autor',
  email: 'Enviar e-mail a {name}',
  creditBelongs: 'Fonte: {source}',
  checkAlso: 'Leia também',
  readStory: 'Ler o artigo completo',
  loading: 'A carregar o artigo…',
  storyError: 'Não foi possível carregar este artigo.',
} satisfies Locale;
