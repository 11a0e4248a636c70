// Real published JSON-LD (test/fixtures/stories/real/, origins in its README) rendered by
// <news-article> as a reader sees it: headline, the whole body in paragraphs, dates, lead image,
// author and publisher.
import { expect, waitUntil } from '@open-wc/testing';
import { localeTag } from '../../src/locales/index.js';
import { setNow } from '../../src/shared/time.js';
import { $, $$, load, shadowText } from './helpers.js';
import { captureWarnings } from '../helpers.js';

const REAL = '/test/fixtures/stories/real/';

interface Expected {
  headline: string;
  /** Author names as the byline lists them ("By A, B"). */
  authors: string[];
  /** The publisher in the byline; absent when the fixture has none or an author already has its name. */
  publisher?: string;
  /** `<time datetime>` of "Published": ISO 8601 as written, else the instant it names. */
  published: string;
  /** The lead image's src; null when <news-article> shows none. */
  image: string | null;
}

const local = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

const CORPUS: Record<string, Expected> = {
  '24tv-uk': {
    headline: 'Зірвана операція НАБУ: як Венедіктова захищала нардепа від "Слуги народу" - 24 Канал',
    authors: ['Віталій Шабунін'],
    publisher: '24 Канал',
    published: '2020-09-21T11:00:00+03:00',
    image: 'https://24tv.ua/resources/photos/news/1200x675_DIR/202009/1419177.jpg?202009104849',
  },
  'albayan-ar': {
    headline: 'القائم بأعمال السفارة الأفغانية يثمّن جهود الإمارات',
    authors: ['(أبوظبي - البيان)'],
    publisher: 'البيان',
    published: '2020-06-03T03:01+0400', // no seconds, offset without a colon
    image: 'https://www.albayan.ae/polopoly_fs/1.3874336.1591133409!/image/image.jpg', // a JSON-LD list object, `{"@list": [url]}`
  },
  'ambito-es': {
    headline: 'Paritarias al rojo: gremios de la alimentación marcan inflación de 5,3% en abril y amenazan con paro',
    authors: ['Mariano Martín'],
    publisher: 'ámbito.com',
    published: '2022-05-04T03:00:00.000Z', // "2022-05-04T03:00:00 UTC"
    image: 'https://media.ambito.com/p/590622bf117ffb2787b50c4508974dbd/adjuntos/239/imagenes/039/830/0039830012/rodolfo-daerjpg.jpg',
  },
  'asahi-ja': {
    headline: '宮崎県で震度5弱、高知と宮崎に1メートルの津波注意報 気象庁', // an ideographic space (U+3000) before 気象庁, read as white space
    authors: ['朝日新聞デジタル'], // the publisher, too
    published: '2025-01-13T21:37:00+09:00',
    image: 'https://imgopt.asahi.com/ogp/AS20250113003419_comm.jpg',
  },
  'bbc-burmese-my': {
    headline: 'တရားစွဲခံထားရတဲ့ အလဲဗင်းသတင်းသမား သုံးဦး အာမခံရ',
    authors: ['BBC News မြန်မာ'],
    published: '2018-10-26T07:39:22+00:00',
    image: 'https://ichef.bbci.co.uk/news/720/cpsprodpb/172AD/production/_104039849_44146372_297116380900034_838816368563322880_n.jpg',
  },
  'bbc-en': {
    headline: 'The man who built a $1bn firm in his basement',
    authors: ['Will Smale'], // written "By Will Smale"
    publisher: 'BBC News',
    published: '2017-07-09T23:17:52.000Z',
    image: 'https://ichef.bbci.co.uk/news/1024/branded_news/D20B/production/_96817735_carl4.jpg',
  },
  'bhaskar-hi': {
    headline: 'समस्तीपुर पुलिस ने 2 बदमाशों को पकड़ा: दो दिनों के अंदर चोरी कांड का किया खुलासा, गहना भी बरामद',
    authors: ['दैनिक भास्कर'], // a NewsMediaOrganization; the publisher is a reference to a node the page has elsewhere
    published: '2024-09-04T16:20:35+05:30',
    image: 'https://images.bhaskarassets.com/thumb/1200x900/web2images/521/2024/09/04/img2024090415303135_1725444731.jpg',
  },
  'changelog-blogposting-de': {
    headline: 'Zwischenbilanz: Jan Kegelberg über Tops und Flops bei der Transformation von SportScheck',
    authors: ['Annette Henkel'],
    publisher: 'changelog',
    published: '2019-05-20T08:29:33+00:00',
    image: 'https://www.changelog.blog/wp-content/uploads/2019/05/SportScheck-Filiale-Muenchen-16-e1558349457528.jpg',
  },
  'cnn-en': {
    headline: 'The nonstop sparring match between the conservative justice and liberal Biden attorney at the Supreme Court',
    authors: ['Joan Biskupic'],
    publisher: 'CNN',
    published: '2023-11-06T13:00:15.055Z',
    image: 'https://media.cnn.com/api/v1/images/stellar/prod/231103170300-samuel-alito-elizabeth-prelogar-split.jpg?c=original',
  },
  'engadget-en': {
    headline: 'All GitHub users can keep their code private',
    authors: ['Mallory Locklear'],
    publisher: 'Engadget', // the first of an array
    published: '2019-01-07T20:37:00.000Z', // "Mon, Jan 7 2019 15:37:00 EST"
    image: 'https://s.yimg.com/uu/api/res/1.2/UdtkLCXFNoeaVmiAAtPvTw--~B/Zmk9ZmlsbDtoPTQ1MTt3PTY3NTthcHBpZD15dGFjaHlvbg--/https://s.yimg.com/uu/api/res/1.2/K0jagCHTBRKuVb_rt7LQ_g--~B/aD0xMDY5O3c9MTYwMDthcHBpZD15dGFjaHlvbg--/https://o.aolcdn.com/images/dims?crop=4834%2C3230%2C0%2C0&quality=85&format=jpg&resize=1600%2C1069&image_uri=https%3A%2F%2Fs.yimg.com%2Fos%2Fcreatr-images%2F2019-01%2F2d1e22f0-12ae-11e9-bae7-60d640081814&client=a1acac3e1b3290917d92&signature=269ae0af3a1a1772ffea6759d126791b9ad25184.cf.webp',
  },
  'erfolg-magazin-rankmath-de': {
    headline: 'Mit der richtigen Konfliktkultur zum Erfolg - ERFOLG Magazin',
    authors: ['Redaktion'],
    publisher: 'ERFOLG Magazin',
    published: '2022-12-19T15:08:49+01:00',
    image: 'https://erfolg-magazin.de/wp-content/uploads/2022/12/221219-Christian_Wirth_Stefan-Mang.png',
  },
  'faz-de': {
    headline: 'Musik-Stars fordern neues Streaming-Modell',
    authors: ['Benjamin Fischer', 'Marcus Theurer'],
    publisher: 'Frankfurter Allgemeine Zeitung',
    published: '2020-01-28T14:28:56.000Z', // "Tue Jan 28 15:28:56 CET 2020"
    image: 'https://media0.faz.net/ppmedia/aktuell/wirtschaft/1366479992/1.6604694/default-retina/auch-herbert-groenemeyer.jpg',
  },
  'gala-fr': {
    headline: 'Jean-Paul Delevoye, monsieur retraites du gouvernement : Jacques Chirac lui donnait un surnom peu flatteur',
    authors: ['Marie Merlet'],
    publisher: 'Gala.fr',
    published: '2019-12-09 09:08:21+01:00',
    image: 'https://gal.img.pmdstatic.net/fit/http.3A.2F.2Fprd2-bone-image.2Es3-website-eu-west-1.2Eamazonaws.2Ecom.2Fgal.2F2019.2F12.2F09.2Fbb01ad2d-010c-4a99-bfe0-6fc35482fbb7.2Ejpeg/1140x499/crop-from/top/focus-point/1773%2C760/jean-paul-delevoye-monsieur-retraites-du-gouvernement-jacques-chirac-lui-donnait-un-surnom-peu-flatteur.jpg',
  },
  'google-docs-newsarticle-en': {
    headline: 'Title of a News Article',
    authors: ['Jane Doe', 'John Doe'],
    published: '2024-01-05T08:00:00+08:00',
    image: 'https://example.com/photos/1x1/photo.jpg',
  },
  'hankookilbo-2025-ko': {
    headline: "왜 경상도, 전라도 나눠서 싸우나... DJ 고향에서 '국민 통합' 외친 이재명",
    authors: ['구현모'],
    publisher: '한국일보',
    published: '2025-05-15T20:00:52.000+0900', // milliseconds, offset without a colon
    image: 'https://newsimg-hams.hankookilbo.com/2025/05/15/8b6d3aea-4847-41db-9d0a-a86bd7e55417.jpg',
  },
  'hankookilbo-ko': {
    headline: "민주당 '선호투표제' 도입 또다시 불발··· 친청계 \"당규 개정 왜 밀어붙이나\"",
    authors: ['박준석 (기자)', '김태연 (기자)'], // with their jobTitle
    publisher: '한국일보',
    published: '2026-07-12T22:09:00+09:00',
    image: 'https://newsimg.hankookilbo.com/big/2026/07/12/a882fa87-1a94-49bf-aab7-f18f67fb3012.jpg',
  },
  'jagran-hi': {
    headline: 'आम आदमी पार्टी बिजली उपभोक्ताओं को प्रयागराज में न्याय दिलाएगी, कार्यकर्ता सड़क पर उतरेंगे',
    authors: ['Brijesh Srivastava'],
    publisher: 'दैनिक जागरण', // written with a trailing space
    published: '2020-11-28T13:34:47+05:30',
    image: 'https://www.jagranimages.com/images/newimg/28112020/28_11_2020-aap_21109565.jpg',
  },
  'kulu-media-rankmath-en': {
    headline: 'Meta Outage Hits Facebook, Instagram and Messenger | Kulu Media',
    authors: ['Kulu Media News Desk'],
    publisher: 'Kulu Media',
    published: '2026-06-12T18:11:51+03:00',
    image: 'https://kulu-media.com/wp-content/uploads/2026/06/Meta-Outage.jpg',
  },
  'lanacion-es': {
    headline: 'Jugada del oficialismo para evitar que JxC avance con la boleta única en Diputados',
    authors: ['LA NACION'], // the publisher, too
    published: '2022-05-04T00:25:56.000Z', // "Wed, 04 May 2022 00:25:56 GMT"
    image: 'https://resizer.glanacion.com/resizer/LKob6kNll19atTB8VqDI4jNr21g=/1200x746/smart/filters:format(webp):quality(80)/cloudfront-us-east-1.images.arcpublishing.com/lanacionar/SQG476EX5NEPDMJXY62FGR5KSM.jpg',
  },
  'lapresse-yoast-fr': {
    headline: 'Parité hommes-femmes en Tunisie : Au-dessous de la moyenne mondiale',
    authors: ['Chokri GHARBI'],
    publisher: 'La Presse de Tunisie',
    published: '2020-02-18T12:53:40+00:00',
    image: 'https://i2.wp.com/lapresse.tn/wp-content/uploads/2020/02/femmes.jpg?fit=850%2C491&ssl=1',
  },
  'lbci-ar': {
    // written "&quot;شعر …&quot;…"; mainEntityOfPage is an array of one WebPage, which the parser
    // does not read: it warns `url: not an http(s) URL` and the story has no url
    headline: '"شعر وردي يُشعل السخرية"… لغز لون شعر دونالد ترامب يربك الجمهور وخبير يشرح السبب',
    authors: [], // none in the JSON-LD
    publisher: 'LBCI Lebanon',
    published: '2026-01-08T11:42:50+00:00',
    image: 'https://www.lbcgroup.tv/uploadImages/documentimages/Doc-P-898682-639034694734437107.jpg',
  },
  'lsm-lv': {
    headline: 'Norvēģijā pēc zemes nogruvuma pieci bojāgājušie',
    authors: ['Anna Ūdre'],
    publisher: 'LSM',
    published: '2021-01-03T15:40:00.000Z', // "2021-01-03T17:40:00EET"
    image: 'https://static.lsm.lv/media/2021/01/large/1/ej08.jpg',
  },
  'nature-scholarly-en': {
    headline: 'Highly accurate protein structure prediction with AlphaFold',
    authors: ['John Jumper', 'Richard Evans', 'Alexander Pritzel', 'Tim Green', 'Michael Figurnov', 'Olaf Ronneberger', 'Kathryn Tunyasuvunakool', 'Russ Bates', 'Augustin Žídek', 'Anna Potapenko', 'Alex Bridgland', 'Clemens Meyer', 'Simon A. A. Kohl', 'Andrew J. Ballard', 'Andrew Cowie', 'Bernardino Romera-Paredes', 'Stanislav Nikolov', 'Rishub Jain', 'Jonas Adler', 'Trevor Back', 'Stig Petersen', 'David Reiman', 'Ellen Clancy', 'Michal Zielinski', 'Martin Steinegger', 'Michalina Pacholska', 'Tamas Berghammer', 'Sebastian Bodenstein', 'David Silver', 'Oriol Vinyals', 'Andrew W. Senior', 'Koray Kavukcuoglu', 'Pushmeet Kohli', 'Demis Hassabis'],
    publisher: 'Nature Publishing Group UK',
    published: '2021-07-15T00:00:00Z',
    image: 'https://media.springernature.com/lw1200/springer-static/image/art%3A10.1038%2Fs41586-021-03819-2/MediaObjects/41586_2021_3819_Fig1_HTML.png',
  },
  'nikkei-ja': {
    headline: '米朝首脳直通電話 習氏に挑むトランプ戦術の成否 （写真＝ロイター） ：日本経済新聞',
    authors: ['日本経済新聞社'], // the publisher, too
    published: '2018-06-18T20:50:00.000Z', // "20180619T055000+0900"
    image: 'https://www.nikkei.com/content/pic/20180619/96958A9F889DE1E3EAEBE5E4E4E2E3EAE2E4E0E2E3EAE2E2E2E2E2E2-DSXMZO3190512018062018000001-PB1-2.jpg',
  },
  'nytimes-en': {
    headline: 'How to See What the Internet Knows About You (And How to Stop It)',
    authors: ['Tim Herrera'], // the publisher is a reference to a node the page has elsewhere
    published: '2017-07-03T09:00:04.000Z',
    image: 'https://static01.nyt.com/images/2017/06/23/smarter-living/Sl-newsletter-header/Sl-newsletter-header-videoSixteenByNineJumbo1600-v4.jpg',
  },
  'oneesports-rankmath-en': {
    headline: "Faker wins 4th title as T1 embody Heartsteel's song to become your Worlds 2023 champion!",
    authors: ['Amanda "Tania Mae" Tan'],
    publisher: 'ONE Esports',
    published: '2023-11-19T19:18:44+08:00',
    image: 'https://cdn.oneesports.gg/cdn-data/2023/11/LeagueOfLegends_Worlds2023_Finals_T1_SummonersCup.jpg',
  },
  'osw-pl': {
    headline: 'Rosyjskie zamachy w Czechach – kontekst krajowy, implikacje, perspektywy',
    authors: ['Mateusz Gniazdowski, Martyna Wasiuta'], // one Person whose name is a list of links
    publisher: 'Osrodek Studiow Wschodnich',
    published: '2021-04-20T14:00:00+0200',
    image: 'https://www.osw.waw.pl/sites/default/files/styles/max_1300x1300/public/okladki/pap_20141222_101-3.jpg?itok=VYzNJVmH',
  },
  'paginasiete-es': {
    headline: 'Policía anuncia coordinación con Carabineros para investigar otros casos de robo de vehículos',
    authors: ['Redacción Diario Pagina Siete'], // written "Redacci&oacute;n"
    publisher: 'Diario Pagina Siete',
    published: local(2022, 4, 3, 23, 57), // "2022-5-3T23:57:00", no zone
    image: 'https://www.paginasiete.bo/u/fotografias/m/2022/5/3/f1280x720-394351_526026_5050.jpg',
  },
  'postplanner-blogposting-en': {
    headline: "Here's How to Get More Likes on Facebook in 2021 (and Reach Millions)",
    authors: ['Joshua Parkinson'],
    publisher: 'Post Planner',
    published: '2020-12-18 14:00:00',
    image: 'https://www.postplanner.com/hubfs/blog/11_Ways_to_Get_Lots_of_Likes_on_Facebook_%28the_right_way%29/11%20Ways%20to%20Get%20Lots%20of%20Likes%20on%20Facebook%20%28the%20right%20way!!%29%20hero.png',
  },
  'pravda-ru': {
    headline: '157 миллионов за бездействие. Как судьи ликвидированного ОАСК до сих пор сидят на выплатах из госбюджета',
    authors: [
      'Ярослав Кузишин (адвокационный менеджер Фундации DEJURE)', // with their jobTitle
      'Антон Зелинский (юрист Фундации DEJURE)',
      'Карина Гасимова (руководитель адвокационного отдела Фундации DEJURE)',
    ],
    publisher: 'Украинская правда',
    published: '2026-01-08T17:46:00+02:00',
    image: 'https://uimg.pravda.com.ua/buckets/upstatic/images/doc/4/a/746899/4a611a79a88824d3fa9e89f62aa66080.jpeg',
  },
  'scmp-en': {
    headline: 'Taiwanese President Tsai Ing-wen’s political playbook should be essential reading for Hong Kong leader...',
    authors: ['Alice Wu'],
    publisher: 'South China Morning Post',
    published: '2020-01-20T10:00:08+08:00',
    image: 'https://cdn.i-scmp.com/sites/default/files/styles/1200x800/public/d8/images/methode/2020/01/17/41c241e4-38f7-11ea-9933-e21be988cd59_image_hires_193421.JPG?itok=XSU5_PXB&v=1579260866',
  },
  'sina-zh': {
    headline: '9年來第1次戰勝詹姆斯!NBA歷史第二差紀錄終結',
    authors: ['北京新浪網'],
    publisher: '新浪台灣',
    published: '2020-01-21T11:12:51+08:00',
    image: 'https://newsimgs.sina.tw/article/images/news-15795766674156.jpg',
  },
  'sportnews-de': {
    headline: 'Peking sucht den Superstar: 7 mögliche Gesichter',
    authors: ['det/dpa'],
    publisher: 'SportNews.bz',
    published: '2022-02-02T08:12:22.000Z', // "Wed, 02 Feb 2022 09:12:22 +0100"
    image: 'https://s3-images.sportnews.bz/_images/fit/1000x563/img/2022/02/hat-das-potential-zum-olympia-superstar-mikaela-shiffrin.jpg',
  },
  'swim-yoast-de': {
    headline: 'Lagen-Pyramide mit GA2',
    authors: ['Jule Radeck'], // the publisher is a reference to a node the page has elsewhere
    published: '2022-02-03',
    image: 'https://swim.de/wp-content/uploads/2019/09/287ff47a8a831f2edf0d6321684b6e1e-1024x803.jpg',
  },
  'techcrunch-yoast-en': {
    headline: 'HackerRank Makes Technical Recruiting More Transparent',
    authors: ['Frederic Lardinois'],
    publisher: 'TechCrunch',
    published: '2016-01-12T17:00:44+00:00',
    image: 'https://techcrunch.com/wp-content/uploads/2015/08/10-interviewed.png',
  },
  'techmonitor-rankmath-en': {
    headline: 'New US AI Safety Institute Consortium announced',
    authors: ['Greg Noone'],
    publisher: 'Tech Monitor',
    published: '2024-02-09T09:59:25+00:00',
    image: 'https://techmonitor.ai/wp-content/uploads/sites/4/2024/02/shutterstock_2423355809.jpg',
  },
  'threatpost-en': {
    headline: 'Android Ransomware Spreads Via ‘Sex Simulation Game’ Links on Reddit, SMS',
    authors: ["Lindsey O'Donnell"], // written "O&#039;Donnell"
    publisher: 'Threatpost',
    published: '2019-07-30T13:16:29-04:00',
    image: 'https://media.threatpost.com/wp-content/uploads/sites/103/2019/05/08101104/android_api.png',
  },
  'uol-pt': {
    headline: 'Gabriel Diniz, do hit "Jenifer", morre em acidente de avião em Sergipe',
    authors: ['Felipe Branco Cruz e Osmar Portilho'],
    publisher: 'UOL',
    published: '2019-05-27T14:09:58-03:00',
    image: 'https://conteudo.imguol.com.br/c/entretenimento/82/2019/01/11/o-cantor-gabriel-diniz-1547244108705_v2_1280x1920.jpg',
  },
  'womenshealth-de': {
    headline: 'Abnehm-Tricks für Weihnachten',
    authors: ['Tina Klostermeier'],
    publisher: "Women's Health",
    published: '2021-12-06 14:36',
    image: 'https://imgr1.womenshealth.de/Junge-Frau-mit-Weihnachtsmuetze-tanzt-froehlich-vor-dem-Tannenbaum-169FullWidth-79c7a3b6-120066.jpg',
  },
  'yomiuri-ja': {
    headline: '邦人１０人含む外国籍３６１人、ガザからエジプトに退避…今後２～３週間で６０か国の７０００人も予定',
    authors: ['読売新聞オンライン'], // the publisher, too
    published: '2023-11-02T22:27:00+09:00',
    image: 'https://www.yomiuri.co.jp/media/2023/11/20231102-OYT1I50156-T.jpg',
  },
  'yonhap-en': {
    headline: 'N. Korea slams S. Korea for joint military drill, warns of consequences',
    authors: [], // one author, with an empty name
    publisher: 'Yonhap News Agency',
    published: '2019-08-20T09:31:01+09:00',
    image: 'https://r.yna.co.kr/global/home/v01/img/yonhapnews_logo_1200x800_en01.jpg',
  },
};

/** The article node of a fixture, found the simple way (each fixture has one). */
function articleOf(data: unknown): Record<string, unknown> {
  const nodes: unknown[] = [data].flat();
  for (const node of nodes) {
    const object = node as Record<string, unknown>;
    if (/Article|Posting/.test(String(object['@type']))) return object;
    nodes.push(...[object['@graph'] ?? [], object.mainEntity ?? []].flat());
  }
  throw new Error('no article node');
}

/** The text of an HTML fragment as a browser reads it, without any white space. */
const bare = (html: string) => (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, '');

describe('<news-article> renders real published JSON-LD', () => {
  beforeEach(() => setNow('2026-11-30T12:00:00Z'));
  afterEach(() => setNow(null));

  it('has a table entry for every fixture', async () => {
    // The README lists the fixtures with their origin; every one listed is checked below.
    const readme = await (await fetch(REAL + 'README.md')).text();
    const listed = [...readme.matchAll(/^\| `([\w-]+)\.json` \|/gm)].map((match) => match[1]);
    expect(listed.sort()).to.deep.equal(Object.keys(CORPUS).sort());
  });

  for (const [name, expected] of Object.entries(CORPUS)) {
    it(name, async () => {
      const uncaught: unknown[] = [];
      const record = (event: ErrorEvent | PromiseRejectionEvent) => uncaught.push('error' in event ? event.error : event.reason);
      window.addEventListener('error', record);
      window.addEventListener('unhandledrejection', record);
      const capture = captureWarnings('news-embed');
      try {
        const { el, loads, errors } = await load(REAL + name + '.json');
        expect(errors).to.deep.equal([]);
        expect(loads).to.have.length(1);

        expect(shadowText(el, '[part=headline]')).to.equal(expected.headline);

        // The story's language (its inLanguage) on what it renders, and the chrome in it: no
        // English word where the language has its own strings.
        const lang = $(el, '[part=article]')!.getAttribute('lang') ?? 'en';
        const inLanguage = articleOf(await (await fetch(REAL + name + '.json')).json()).inLanguage;
        if (typeof inLanguage == 'string' && /^[a-z]{2,3}(-|$)/i.test(inLanguage)) expect(lang).to.equal(inLanguage);
        const byline = shadowText(el, '[part=byline]')!;
        const names = expected.authors.join(', ');
        if (expected.authors.length) expect(byline).to.contain(names);
        if (!lang.startsWith('en') && localeTag(lang) != 'en') expect(byline).not.to.match(/\b(By|Published|Updated|min read)\b/);
        else if (expected.authors.length) expect(byline).to.contain(`By ${names}`);
        else expect(byline).not.to.contain('By');
        expect(byline).not.to.match(/\bBy By\b/i);
        const spans = $$(el, '[part=byline] > span').map((span) => span.textContent!.trim());
        expect(spans.includes(expected.publisher!), `publisher in ${JSON.stringify(spans)}`).to.equal(!!expected.publisher);

        const time = $(el, '[part=byline] time')!;
        expect(time.getAttribute('datetime')).to.equal(expected.published);
        expect(time.textContent!.trim()).not.to.equal('');
        // A year, in the language's own digits (Arabic-Indic in WebKit's Arabic dates).
        expect(time.title).to.match(/\p{Nd}{4}/u);

        const lead = $(el, 'random-image[part=lead]') as unknown as { images: { src: string }[] } | null;
        if (expected.image === null) expect(lead).to.equal(null);
        else expect(lead!.images[0]!.src).to.equal(expected.image);

        // The whole body, in paragraphs: the same text as the published articleBody (tags and
        // character references read as a browser reads them), and no paragraph a wall of text.
        const source = articleOf(await (await fetch(REAL + name + '.json')).json()).articleBody;
        const published = typeof source == 'string' ? bare(source) : '';
        await waitUntil(() => $$(el, '[part=body] > p').map((p) => p.textContent).join('').replace(/\s+/g, '') == published, 'whole body', { timeout: 8000 });
        const paragraphs = $$(el, '[part=body] > p').map((p) => p.textContent!);
        if (published.length > 1000) expect(paragraphs.length, 'paragraphs').to.be.above(2);
        for (const paragraph of paragraphs) expect(paragraph.length).to.be.below(1000);
        expect(paragraphs.join('')).not.to.match(/<\/?[a-z]+[^>]*>|&#?\w+;/i);

        expect(uncaught).to.deep.equal([]);
        // Every warning about the story names the field it is about. (The images themselves are
        // on hosts the test browsers cannot reach, so <random-image> reports them.)
        for (const warning of capture.warnings.filter((text) => text.includes('<news-article>'))) {
          expect(warning).to.match(/^news-embed: <news-article> [\w@.[\]-]+: /);
        }
      } finally {
        capture.restore();
        window.removeEventListener('error', record);
        window.removeEventListener('unhandledrejection', record);
      }
    });
  }
});
