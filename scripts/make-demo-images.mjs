#!/usr/bin/env node
// Renders the demo story's stand-in illustrations and video posters.
//
// We have no rights to the original news photos, so each one is replaced by a flat illustration
// that suggests the described scene and is visibly labelled as a stand-in. The artwork is SVG
// built here in code and rasterised by sharp (librsvg), then encoded as AVIF, WebP and JPEG at
// 1280 and 640 pixels wide, 16:9 (the lead <random-image> uses aspect-ratio 16/9, so every
// candidate has the same box and no crop surprises).
//
// Deterministic: no clock, no Math.random (a fixed-seed generator places crowds and stars), fixed
// encoder settings. Same sharp/libvips version in, same bytes out.
//
//   node scripts/make-demo-images.mjs            writes demo/story/images/*
//   node scripts/make-demo-images.mjs --svg      also writes the source SVGs (for inspection)

import { mkdir, writeFile, stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join, relative } from 'node:path';
import sharp from 'sharp';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'demo', 'story', 'images');
const W = 1280;
const H = 720;
const WIDTHS = [1280, 640];
const LIMIT_1280 = 120 * 1024;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** Mulberry32: a tiny seeded generator, so crowds look irregular yet render the same every run. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const r1 = (n) => Math.round(n * 10) / 10;

/** A standing figure, feet at (x, y), `h` tall. */
function person(x, y, h, fill, { arms = 'down', lean = 0 } = {}) {
  const head = h * 0.13;
  const sh = y - h * 0.78; // shoulders
  const hip = y - h * 0.45;
  const w = h * 0.13;
  const l = lean * h;
  const body = `M${r1(x - w + l)} ${r1(sh)} L${r1(x + w + l)} ${r1(sh)} L${r1(x + w * 0.8)} ${r1(hip)} L${r1(x + w * 0.7)} ${r1(y)} L${r1(x + w * 0.15)} ${r1(y)} L${r1(x)} ${r1(hip + h * 0.08)} L${r1(x - w * 0.15)} ${r1(y)} L${r1(x - w * 0.7)} ${r1(y)} L${r1(x - w * 0.8)} ${r1(hip)} Z`;
  let armPath = '';
  const aw = h * 0.045;
  if (arms === 'up') {
    armPath = `<path d="M${r1(x - w + l)} ${r1(sh + aw)} L${r1(x - w * 2 + l)} ${r1(sh - h * 0.3)} M${r1(x + w + l)} ${r1(sh + aw)} L${r1(x + w * 2 + l)} ${r1(sh - h * 0.3)}" stroke="${fill}" stroke-width="${r1(aw * 2)}" stroke-linecap="round"/>`;
  } else if (arms === 'down') {
    armPath = `<path d="M${r1(x - w + l)} ${r1(sh + aw)} L${r1(x - w * 1.25)} ${r1(hip + h * 0.02)} M${r1(x + w + l)} ${r1(sh + aw)} L${r1(x + w * 1.25)} ${r1(hip + h * 0.02)}" stroke="${fill}" stroke-width="${r1(aw * 2)}" stroke-linecap="round"/>`;
  }
  return `<g fill="${fill}"><circle cx="${r1(x + l)}" cy="${r1(sh - head * 1.05)}" r="${r1(head)}"/><path d="${body}"/>${armPath}</g>`;
}

/** A figure running towards the viewer's right with both hands raised, feet near (x, y). */
function runner(x, y, h, fill) {
  const hip = [x, y - h * 0.45];
  const sh = [x + h * 0.06, y - h * 0.78];
  const limb = (points, width) =>
    `<path d="M${points.map(([a, b]) => `${r1(a)} ${r1(b)}`).join(' L')}" stroke="${fill}" stroke-width="${r1(width)}" stroke-linecap="round" stroke-linejoin="round" fill="none"/>`;
  return `<g fill="${fill}"><circle cx="${r1(sh[0] + h * 0.03)}" cy="${r1(sh[1] - h * 0.12)}" r="${r1(h * 0.075)}"/>
${limb([hip, sh], h * 0.17)}
${limb([hip, [x + h * 0.16, y - h * 0.25], [x + h * 0.13, y - h * 0.02]], h * 0.075)}
${limb([hip, [x - h * 0.1, y - h * 0.22], [x - h * 0.25, y - h * 0.12]], h * 0.075)}
${limb([[sh[0] - h * 0.05, sh[1] + h * 0.03], [sh[0] - h * 0.14, sh[1] - h * 0.14], [sh[0] - h * 0.12, sh[1] - h * 0.3]], h * 0.05)}
${limb([[sh[0] + h * 0.05, sh[1] + h * 0.03], [sh[0] + h * 0.16, sh[1] - h * 0.12], [sh[0] + h * 0.17, sh[1] - h * 0.29]], h * 0.05)}
<path d="M${r1(x - h * 0.09)} ${r1(hip[1] - h * 0.02)} L${r1(x + h * 0.1)} ${r1(hip[1] - h * 0.02)} L${r1(x + h * 0.12)} ${r1(hip[1] + h * 0.1)} L${r1(x - h * 0.11)} ${r1(hip[1] + h * 0.1)} Z"/></g>`;
}

/** A row of heads and shoulders, for crowds. */
function crowd(seed, { y, x0 = 0, x1 = W, size = 40, fill, count = 30, jitter = 14 }) {
  const rand = rng(seed);
  let out = '';
  for (let i = 0; i < count; i++) {
    const x = x0 + ((x1 - x0) * (i + rand() * 0.8)) / count;
    const yy = y + (rand() - 0.5) * jitter;
    const s = size * (0.85 + rand() * 0.3);
    out += `<circle cx="${r1(x)}" cy="${r1(yy - s * 0.9)}" r="${r1(s * 0.32)}"/><rect x="${r1(x - s * 0.45)}" y="${r1(yy - s * 0.55)}" width="${r1(s * 0.9)}" height="${r1(H)}" rx="${r1(s * 0.3)}"/>`;
  }
  return `<g fill="${fill}">${out}</g>`;
}

/** The visible stand-in label, bottom left, readable at 640 wide too. */
function label(text = 'Illustration — stand-in for a news photo') {
  const pad = 14;
  const size = 26;
  const width = Math.round(text.length * size * 0.56) + pad * 2;
  return `<g font-family="${FONT}" font-size="${size}"><rect x="24" y="${H - 24 - size - pad * 1.4}" width="${width}" height="${r1(size + pad * 1.4)}" rx="8" fill="#000" fill-opacity="0.62"/><text x="${24 + pad}" y="${H - 24 - pad * 0.85}" fill="#fff">${text}</text></g>`;
}

function svg(body, defs = '') {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}"><defs>${defs}</defs>${body}</svg>`;
}

function flame(x, y, s, seed) {
  const rand = rng(seed);
  const tips = 5;
  let d = `M${r1(x - s)} ${r1(y)}`;
  for (let i = 0; i < tips; i++) {
    const tx = x - s + ((i + 0.5) * 2 * s) / tips;
    const th = s * (1.2 + rand() * 1.4);
    d += ` Q${r1(tx - s * 0.25)} ${r1(y - th * 0.5)} ${r1(tx + (rand() - 0.5) * s * 0.3)} ${r1(y - th)} Q${r1(tx + s * 0.15)} ${r1(y - th * 0.45)} ${r1(tx + s / tips)} ${r1(y - s * 0.3)}`;
  }
  d += ` L${r1(x + s)} ${r1(y)} Z`;
  return `<path d="${d}"/>`;
}

// 1. A protester runs from fire and a line of riot police.
function protest() {
  const defs = `<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#2b1d3a"/><stop offset="0.55" stop-color="#7a3b3f"/><stop offset="1" stop-color="#d9733b"/></linearGradient>
<radialGradient id="glow" cx="0.5" cy="0.8" r="0.6"><stop offset="0" stop-color="#ffb347" stop-opacity="0.85"/><stop offset="1" stop-color="#ffb347" stop-opacity="0"/></radialGradient>`;
  let police = '';
  for (let i = 0; i < 11; i++) {
    const x = 90 + i * 112;
    police += `<g><circle cx="${x}" cy="300" r="30" fill="#1c2333"/><rect x="${x - 34}" y="296" width="68" height="18" rx="6" fill="#2c3850"/><rect x="${x - 46}" y="320" width="92" height="190" rx="10" fill="#3b4a66" stroke="#8ea3c4" stroke-width="4"/><rect x="${x - 30}" y="340" width="60" height="14" fill="#8ea3c4" fill-opacity="0.5"/></g>`;
  }
  let flames = '';
  const places = [[150, 560, 70], [330, 585, 95], [560, 570, 60], [900, 590, 110], [1120, 565, 75]];
  places.forEach(([x, y, s], i) => {
    flames += `<g fill="#f05a28">${flame(x, y, s, 11 + i)}</g><g fill="#ffc23d">${flame(x, y, s * 0.6, 31 + i)}</g>`;
  });
  const body = `<rect width="${W}" height="${H}" fill="url(#sky)"/>
<path d="M0 250 L120 180 L260 230 L380 150 L560 210 L700 140 L880 200 L1040 130 L1280 190 L1280 320 L0 320 Z" fill="#4a2c3b" fill-opacity="0.7"/>
<g fill="#5a4a55" fill-opacity="0.55"><ellipse cx="300" cy="200" rx="260" ry="70"/><ellipse cx="950" cy="170" rx="300" ry="80"/></g>
${police}
<rect y="500" width="${W}" height="220" fill="#3a2a2a"/>
<rect width="${W}" height="${H}" fill="url(#glow)"/>
${flames}
<rect y="600" width="${W}" height="120" fill="#2a1e1e"/>
${runner(820, 660, 320, '#111')}
${label()}`;
  return svg(body, defs);
}

// 2. Two opposition leaders hold their joined hands up before a crowd, flags in the national colours.
function machadoGonzalez() {
  const defs = `<linearGradient id="sky2" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8fc6ea"/><stop offset="1" stop-color="#e9f3f8"/></linearGradient>`;
  const flag = (x, y, s, tilt) => `<g transform="translate(${x} ${y}) rotate(${tilt})"><rect x="0" y="${-s * 6}" width="6" height="${s * 6}" fill="#555"/><rect x="6" y="${-s * 6}" width="${s * 3}" height="${s * 0.7}" fill="#f6c700"/><rect x="6" y="${-s * 5.3}" width="${s * 3}" height="${s * 0.7}" fill="#1f4fa5"/><rect x="6" y="${-s * 4.6}" width="${s * 3}" height="${s * 0.7}" fill="#d1232a"/></g>`;
  const body = `<rect width="${W}" height="${H}" fill="url(#sky2)"/>
<g fill="#cfdbe3"><rect x="40" y="170" width="140" height="330"/><rect x="200" y="230" width="110" height="270"/><rect x="960" y="150" width="150" height="350"/><rect x="1130" y="210" width="120" height="290"/></g>
${flag(120, 470, 40, -8)}${flag(1040, 480, 44, 6)}${flag(300, 500, 30, 4)}${flag(900, 500, 32, -5)}
${crowd(21, { y: 560, size: 70, fill: '#5a6b7d', count: 22 })}
${crowd(22, { y: 640, size: 90, fill: '#3d4a58', count: 16 })}
<rect x="360" y="520" width="560" height="200" fill="#25303c"/>
<rect x="360" y="520" width="560" height="18" fill="#f6c700"/>
<g>
${person(560, 530, 300, '#f4f4f4', { arms: 'none' })}
${person(720, 530, 320, '#1f2a3a', { arms: 'none' })}
<path d="M530 310 L610 190 M690 310 L630 185 M760 300 L790 380 M530 310 L520 380" stroke="#f4f4f4" stroke-width="28" stroke-linecap="round"/>
<path d="M690 300 L632 188 M750 300 L790 390" stroke="#1f2a3a" stroke-width="28" stroke-linecap="round"/>
<circle cx="620" cy="186" r="22" fill="#e8c4a0"/>
</g>
${label()}`;
  return svg(body, defs);
}

// 3. Two men in suits walk a red carpet past a line of soldiers holding rifles.
function redCarpet() {
  let guards = '';
  for (let i = 0; i < 7; i++) {
    const t = i / 6;
    const s = 250 - t * 150; // nearer guards are taller
    const xL = 80 + t * 420;
    const xR = 1200 - t * 420;
    const y = 680 - t * 260;
    for (const x of [xL, xR]) {
      guards += `${person(x, y, s, '#2f4a2f', { arms: 'down' })}<rect x="${r1(x - s * 0.11)}" y="${r1(y - s * 1.04)}" width="${r1(s * 0.22)}" height="${r1(s * 0.07)}" fill="#1d2e1d"/><line x1="${r1(x + s * 0.16)}" y1="${r1(y - s * 0.35)}" x2="${r1(x + s * 0.16)}" y2="${r1(y - s * 1.15)}" stroke="#222" stroke-width="${r1(s * 0.035)}"/>`;
    }
  }
  let columns = '';
  for (let i = 0; i < 9; i++) columns += `<rect x="${130 + i * 130}" y="80" width="46" height="330" fill="#efe6d2"/>`;
  const body = `<rect width="${W}" height="${H}" fill="#d9cfb9"/>
<rect y="60" width="${W}" height="30" fill="#c8bca2"/>${columns}
<rect y="400" width="${W}" height="320" fill="#a59a86"/>
<path d="M560 410 L720 410 L980 720 L300 720 Z" fill="#b5161c"/>
<path d="M560 410 L720 410 L730 422 L550 422 Z" fill="#8d0f14"/>
${guards}
${person(600, 560, 230, '#202225', { arms: 'down' })}
${person(690, 570, 240, '#2e3238', { arms: 'down' })}
<path d="M596 400 L604 440 M686 405 L694 448" stroke="#c9c9c9" stroke-width="6"/>
${label()}`;
  return svg(body);
}

// 4. Two presidents shake hands in front of their countries' flags (the caption puts Putin on the right).
function putinMaduro() {
  const flagRU = `<g transform="translate(830 90)"><rect width="300" height="70" fill="#fff"/><rect y="70" width="300" height="70" fill="#1c3f94"/><rect y="140" width="300" height="70" fill="#d52b1e"/></g>`;
  const flagVE = `<g transform="translate(150 90)"><rect width="300" height="70" fill="#f6c700"/><rect y="70" width="300" height="70" fill="#1f4fa5"/><rect y="140" width="300" height="70" fill="#d1232a"/></g>`;
  const body = `<rect width="${W}" height="${H}" fill="#caa85c"/>
<g fill="#b8944a">${Array.from({ length: 10 }, (_, i) => `<rect x="${i * 132 + 20}" y="0" width="14" height="${H}"/>`).join('')}</g>
<rect y="560" width="${W}" height="160" fill="#7a2a2a"/>
<g stroke="#777" stroke-width="6"><line x1="150" y1="90" x2="150" y2="560"/><line x1="1130" y1="90" x2="1130" y2="560"/></g>
${flagRU}${flagVE}
${person(500, 700, 470, '#262a31', { arms: 'none' })}
${person(790, 700, 500, '#1b2230', { arms: 'none' })}
<path d="M548 380 L645 455 L740 380" stroke="#262a31" stroke-width="44" stroke-linecap="round" fill="none"/>
<path d="M742 382 L650 452" stroke="#1b2230" stroke-width="44" stroke-linecap="round"/>
<circle cx="646" cy="455" r="26" fill="#e2b48f"/>
<path d="M450 390 L440 560 M850 390 L860 560" stroke="#262a31" stroke-width="40" stroke-linecap="round"/>
<path d="M496 345 L500 420 M788 335 L792 420" stroke="#ddd" stroke-width="10"/>
${label()}`;
  return svg(body);
}

// 5. A toppled statue lies broken below its empty pedestal; smoke and onlookers.
function chavezStatue() {
  const defs = `<linearGradient id="dusk" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#3d5a80"/><stop offset="0.7" stop-color="#98c1d9"/><stop offset="1" stop-color="#e0d2b4"/></linearGradient>`;
  const rand = rng(55);
  let rubble = '';
  for (let i = 0; i < 26; i++) {
    const x = 280 + rand() * 760;
    const y = 600 + rand() * 70;
    const s = 8 + rand() * 22;
    rubble += `<path d="M${r1(x)} ${r1(y)} l${r1(s)} ${r1(-s * 0.6)} l${r1(s * 0.8)} ${r1(s * 0.7)} l${r1(-s * 0.5)} ${r1(s * 0.5)} Z"/>`;
  }
  const body = `<rect width="${W}" height="${H}" fill="url(#dusk)"/>
<g fill="#8b8f99" fill-opacity="0.6"><ellipse cx="1000" cy="260" rx="240" ry="110"/><ellipse cx="1120" cy="170" rx="160" ry="90"/><ellipse cx="880" cy="330" rx="200" ry="80"/></g>
<rect y="560" width="${W}" height="160" fill="#b9a98a"/>
<rect x="120" y="300" width="240" height="290" fill="#9b9488"/><rect x="100" y="290" width="280" height="30" fill="#8a8377"/><rect x="100" y="570" width="280" height="30" fill="#8a8377"/>
<path d="M210 290 L230 270 L260 290 Z" fill="#6f6a62"/>
<g fill="#6f6a62" transform="rotate(-8 700 560)">
<rect x="430" y="520" width="420" height="80" rx="30"/>
<circle cx="880" cy="550" r="48"/>
<rect x="380" y="530" width="90" height="32" rx="10"/><rect x="380" y="568" width="90" height="28" rx="10"/>
<path d="M600 520 L640 470 L700 470 L720 520 Z"/>
</g>
<path d="M560 560 L590 520 L575 600 Z M760 540 L790 590 L740 600 Z" fill="#b9a98a"/>
<g fill="#5f5a52">${rubble}</g>
${crowd(77, { y: 720, x0: 880, x1: 1280, size: 120, fill: '#2b2d35', count: 5, jitter: 30 })}
${crowd(78, { y: 720, x0: 0, x1: 300, size: 110, fill: '#2b2d35', count: 3, jitter: 30 })}
${label()}`;
  return svg(body, defs);
}

/** A video poster: a dark studio card with the title, so a reader can tell the two videos apart. */
function poster({ kind, title, colour }) {
  const art =
    kind === 'explainer'
      ? `<g fill="${colour}" fill-opacity="0.9"><path d="M760 150 L880 120 L980 170 L1040 150 L1120 230 L1090 330 L1150 420 L1060 500 L960 470 L900 540 L820 480 L830 390 L760 330 L790 250 Z"/></g>
${person(420, 720, 520, '#0d1117', { arms: 'down' })}`
      : `<rect x="470" y="360" width="340" height="360" fill="#3b2a1a"/><rect x="470" y="360" width="340" height="26" fill="${colour}"/>
<g stroke="#222" stroke-width="8"><line x1="600" y1="360" x2="580" y2="290"/><line x1="640" y1="360" x2="640" y2="280"/><line x1="680" y1="360" x2="700" y2="290"/></g>
<g fill="#111"><circle cx="580" cy="286" r="14"/><circle cx="640" cy="276" r="14"/><circle cx="700" cy="286" r="14"/></g>
${person(640, 520, 360, '#0d1117', { arms: 'none' })}
<rect x="470" y="380" width="340" height="340" fill="#4a3521"/><rect x="470" y="380" width="340" height="20" fill="${colour}"/>`;
  const body = `<rect width="${W}" height="${H}" fill="#1c2432"/>
<rect width="${W}" height="${H}" fill="${colour}" fill-opacity="0.14"/>
<g stroke="#fff" stroke-opacity="0.06" stroke-width="2">${Array.from({ length: 16 }, (_, i) => `<line x1="${i * 84}" y1="0" x2="${i * 84 - 300}" y2="${H}"/>`).join('')}</g>
${art}
<g font-family="${FONT}" fill="#fff"><text x="56" y="92" font-size="40" font-weight="bold" fill="${colour}">WATCH</text><text x="56" y="146" font-size="34">${title}</text></g>
${label('Illustrated poster — stand-in for the video')}`;
  return svg(body);
}

const photos = [
  ['protest', protest],
  ['machado-gonzalez', machadoGonzalez],
  ['red-carpet', redCarpet],
  ['putin-maduro', putinMaduro],
  ['chavez-statue', chavezStatue],
];
const posters = [
  ['poster-about-that', () => poster({ kind: 'explainer', title: 'Venezuela’s ‘stolen’ election', colour: '#ffb000' })],
  ['poster-maduro-declared', () => poster({ kind: 'podium', title: 'Maduro declared president', colour: '#e4572e' })],
];

// Flat artwork compresses well; these settings keep every 1280-wide file far below 120 KB.
const encoders = {
  avif: (img) => img.avif({ quality: 55, effort: 6, chromaSubsampling: '4:2:0' }),
  webp: (img) => img.webp({ quality: 80, effort: 6, smartSubsample: true }),
  jpg: (img) => img.jpeg({ quality: 80, mozjpeg: true, progressive: true }),
};

async function render(name, source, formats) {
  const png = await sharp(Buffer.from(source)).png().toBuffer();
  const rows = [];
  for (const width of WIDTHS) {
    for (const ext of formats) {
      const file = join(outDir, `${name}-${width}.${ext}`);
      // withMetadata() is not called, so no EXIF/ICC blocks or timestamps end up in the files.
      const img = sharp(png).resize({ width, height: Math.round((width * 9) / 16), kernel: 'lanczos3' });
      await writeFile(file, await encoders[ext](img).toBuffer());
      rows.push({ file, width, size: (await stat(file)).size });
    }
  }
  return rows;
}

await mkdir(outDir, { recursive: true });
const keepSvg = process.argv.includes('--svg');
const all = [];
for (const [name, make] of photos) {
  const source = make();
  if (keepSvg) await writeFile(join(outDir, `${name}.svg`), source);
  all.push(...(await render(name, source, ['avif', 'webp', 'jpg'])));
}
for (const [name, make] of posters) {
  const source = make();
  if (keepSvg) await writeFile(join(outDir, `${name}.svg`), source);
  // Posters are JPEG only: a card takes one thumbnail URL, and JPEG is the one every reader decodes.
  all.push(...(await render(name, source, ['jpg'])));
}

let failed = false;
let total = 0;
for (const { file, width, size } of all) {
  total += size;
  const over = width === 1280 && size > LIMIT_1280;
  failed ||= over;
  console.log(`${relative(root, file).padEnd(52)} ${(size / 1024).toFixed(1).padStart(7)} KB${over ? '  OVER 120 KB' : ''}`);
}
console.log(`${'total'.padEnd(52)} ${(total / 1024).toFixed(1).padStart(7)} KB`);
if (failed) {
  console.error('make-demo-images: a 1280-wide file is over 120 KB; lower the quality settings.');
  process.exit(1);
}
