// Builds dist/news-embed-wordpress.zip: the WordPress plugin in integrations/wordpress/news-embed/
// with the bundle it loads (assets/news-embed.js) and its languages (assets/locales/), ready for Plugins → Add New → Upload Plugin.
// The zip format is written here (store + deflate from node:zlib, CRC-32) so packing needs no
// system `zip` and no dependency.
import { readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { deflateRawSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const pluginDir = join(root, 'integrations/wordpress/news-embed');
const out = join(root, 'dist/news-embed-wordpress.zip');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};

/** @param {{ name: string, data: Buffer }[]} files */
export function zip(files) {
  const local = [];
  const central = [];
  let offset = 0;
  // A fixed date (1 Jan 2024) keeps the archive reproducible.
  const time = 0;
  const date = ((2024 - 1980) << 9) | (1 << 5) | 1;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = deflateRawSync(data, { level: 9 });
    const deflated = packed.length < data.length;
    const body = deflated ? packed : data;
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4); // version needed: 2.0
    header.writeUInt16LE(0x0800, 6); // UTF-8 names
    header.writeUInt16LE(deflated ? 8 : 0, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(body.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    header.writeUInt16LE(0, 28);
    local.push(header, nameBytes, body);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(0x031e, 4); // made by: Unix, 3.0
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(deflated ? 8 : 0, 10);
    entry.writeUInt16LE(time, 12);
    entry.writeUInt16LE(date, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE((0o100644 << 16) >>> 0, 38); // a regular file, rw-r--r--
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + body.length;
  }
  const centralSize = central.reduce((sum, b) => sum + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

export function buildPluginZip() {
  const bundle = join(root, 'dist/news-embed.js');
  const files = [
    ...walk(pluginDir).map((path) => ({ name: `news-embed/${relative(pluginDir, path)}`, data: readFileSync(path) })),
    { name: 'news-embed/assets/news-embed.js', data: readFileSync(bundle) },
    // The languages the bundle fetches from beside itself (assets/locales/<tag>.js).
    ...readdirSync(join(root, 'dist/locales'))
      .filter((name) => name.endsWith('.js'))
      .sort()
      .map((name) => ({ name: `news-embed/assets/locales/${name}`, data: readFileSync(join(root, 'dist/locales', name)) })),
  ];
  mkdirSync(join(root, 'dist'), { recursive: true });
  writeFileSync(out, zip(files));
  return { path: out, files: files.map((f) => f.name) };
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const { path, files } = buildPluginZip();
  console.log(`${relative(root, path)}: ${files.join(', ')}`);
}
