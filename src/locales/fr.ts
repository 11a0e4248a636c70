import type { Locale } from '../shared/i18n.js';

/** French (fr). */
export default {
  watch: 'Vidéo',
  playVideo: 'Lire la vidéo : {title}',
  openVideo: 'Ouvrir la vidéo : {title}',
  duration: 'Durée : {duration}',
  untitledVideo: 'Vidéo sans titre',
  videoUnavailable: 'Cette vidéo ne peut pas être lue ici.',
  videoFailed: 'La vidéo n’a pas pu être lue.',
  downloadVideo: 'Télécharger le fichier vidéo',
  credit: 'Photo : {credit}',
  pauseRotation: 'Mettre en pause la rotation des images',
  playRotation: 'Reprendre la rotation des images',
  imageUnavailable: 'Image indisponible',
  by: 'Par {authors}',
  published: 'Publié : {date}',
  updated: 'Mis à jour : {date}',
  minRead: { one: '{n} min de lecture', many: '{n} min de lecture', other: '{n} min de lecture' },
  aboutAuthor: 'À propos de l’auteur',
  email: 'Écrire à {name}',
  creditBelongs: 'Source : {source}',
  checkAlso: 'Lire aussi',
  readStory: 'Lire l’article en entier',
  loading: 'Chargement de l’article…',
  storyError: 'Cet article n’a pas pu être chargé.',
  // IReST (Trauzettel-Klosinski & Dietz 2012), see docs/i18n.md.
  wordsPerMinute: 195,
} satisfies Locale;
