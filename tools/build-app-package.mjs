// `node tools/build-app-package.mjs`: the Teams app package (appPackage/build/app.zip) from the
// manifest template, with values from the environment (or .env via `node --env-file=.env`).
import { deflateRawSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from './crc32.mjs';
import { solidIcon } from './png.mjs';

const REQUIRED = ['MICROSOFT_APP_ID', 'DEVELOPER_NAME', 'WEBSITE_URL', 'PRIVACY_URL', 'TERMS_URL'];
const missing = REQUIRED.filter((k) => !process.env[k]);
if (missing.length > 0) {
  console.error(`Set ${missing.join(', ')} (see appPackage/README.md).`);
  process.exit(1);
}
const manifest = readFileSync('appPackage/manifest.template.json', 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_, k) => process.env[k] ?? '');
JSON.parse(manifest);

const files = [
  ['manifest.json', Buffer.from(manifest)],
  ['color.png', solidIcon(192, [0x1f, 0x4e, 0x79, 0xff])],
  ['outline.png', solidIcon(32, [0xff, 0xff, 0xff, 0xff], true)],
];

// A plain zip (deflate), enough for Teams' uploader.
const locals = [];
const centrals = [];
let offset = 0;
for (const [name, data] of files) {
  const compressed = deflateRawSync(data);
  const nameBytes = Buffer.from(name);
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(crc32(data), 14);
  header.writeUInt32LE(compressed.length, 18);
  header.writeUInt32LE(data.length, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(compressed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(offset, 42);
  locals.push(header, nameBytes, compressed);
  centrals.push(central, nameBytes);
  offset += header.length + nameBytes.length + compressed.length;
}
const centralSize = centrals.reduce((n, b) => n + b.length, 0);
const end = Buffer.alloc(22);
end.writeUInt32LE(0x06054b50, 0);
end.writeUInt16LE(files.length, 8);
end.writeUInt16LE(files.length, 10);
end.writeUInt32LE(centralSize, 12);
end.writeUInt32LE(offset, 16);
mkdirSync('appPackage/build', { recursive: true });
writeFileSync('appPackage/build/app.zip', Buffer.concat([...locals, ...centrals, end]));
console.log('appPackage/build/app.zip written');
