// `npm run package:teams` (node tools/build-app-package.mjs [--out DIR]): the Teams app package,
// appPackage/build/cse-assistant-<version>.zip, from appPackage/manifest.template.json, the two icons
// in appPackage/ and the values below from the environment (or `node --env-file=.env ...`).
// The manifest is checked against its schema in test/appPackage/manifest.test.ts.
import { deflateRawSync } from 'node:zlib';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crc32 } from './crc32.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const HTTPS = /^https:\/\/[^\s/$.?#][^\s]*$/;

/** Each value the template takes, and what it must look like: the schema's own rules for these fields. */
const SETTINGS = [
  ['MICROSOFT_APP_ID', GUID, "the Azure Bot's Microsoft App ID (a GUID), the same as the server's"],
  ['DEVELOPER_NAME', /^.{1,32}$/, 'your organisation, at most 32 characters'],
  ['WEBSITE_URL', HTTPS, 'an https:// address'],
  ['PRIVACY_URL', HTTPS, 'an https:// address'],
  ['TERMS_URL', HTTPS, 'an https:// address'],
];

function fail(message) {
  console.error(message);
  process.exit(1);
}

const outIndex = process.argv.indexOf('--out');
const outDir = outIndex === -1 ? join(ROOT, 'appPackage/build') : process.argv[outIndex + 1];
if (outDir === undefined) fail('--out needs a folder.');

const problems = SETTINGS.flatMap(([name, pattern, what]) => {
  const value = process.env[name]?.trim() ?? '';
  if (value === '') return [`${name}: not set (${what})`];
  return pattern.test(value) ? [] : [`${name}: should be ${what}`];
});
if (problems.length > 0) fail(`The Teams app package was not built:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee appPackage/README.md.`);

// JSON-escaped, so a quote or backslash in a value cannot break the manifest.
const manifest = readFileSync(join(ROOT, 'appPackage/manifest.template.json'), 'utf8').replace(/\{\{([A-Z_]+)\}\}/g, (_, k) => JSON.stringify(process.env[k]?.trim() ?? '').slice(1, -1));
const { version } = JSON.parse(manifest);

const files = [
  ['manifest.json', Buffer.from(manifest)],
  ['color.png', readFileSync(join(ROOT, 'appPackage/color.png'))],
  ['outline.png', readFileSync(join(ROOT, 'appPackage/outline.png'))],
];

// A plain zip (deflate, files at the top level), as Teams' uploader expects.
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
mkdirSync(outDir, { recursive: true });
const file = join(outDir, `cse-assistant-${version}.zip`);
writeFileSync(file, Buffer.concat([...locals, ...centrals, end]));
console.log(`${file} written`);
