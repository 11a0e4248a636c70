import type { Locale } from '../shared/i18n.js';

/** Portuguese, Brazil (pt). */
export default {
  watch: 'Vídeo',
  playVideo: 'Reproduzir vídeo: {title}',
  openVideo: 'Abrir o vídeo: {title}',
  duration: 'Duração: {duration}',
  untitledVideo: 'Vídeo sem título',
  videoUnavailable: 'Este vídeo não pode ser reproduzido aqui.',
  videoFailed: 'Não foi possível reproduzir o vídeo.',
  downloadVideo: 'Baixar o arquivo de vídeo',
  credit: 'Foto: {credit}',
  pauseRotation: 'Pausar a troca de imagens',
  playRotation: 'Retomar a troca de imagens',
  imageUnavailable: 'Imagem indisponível',
  by: 'Por {authors}',
  published: 'Publicado: {date}',
  updated: 'Atualizado: {date}',
  minRead: { one: '{n} min de leitura', many: '{n} min de leitura', other: '{n} min de leitura' },
  aboutAuthor: 'Sobre o autor',
  email: 'Enviar e-mail para {name}',
  creditBelongs: 'Fonte: {source}',
  checkAlso: 'Leia também',
  readStory: 'Ler a matéria completa',
  loading: 'Carregando a matéria…',
  storyError: 'Não foi possível carregar esta matéria.',
} satisfies Locale;
