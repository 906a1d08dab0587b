import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { settingsJsonSchema } from '../bot/settings/settings.schema';

/**
 * docs/settings.schema.json: the JSON Schema of the settings file, generated from its zod schema
 * (bot/settings/settings.schema.ts). Run with `npm run docs:settings-schema`; `--check` exits 1 when
 * the committed file is out of date (a test makes the same comparison).
 */

export const SETTINGS_SCHEMA_FILE = join(__dirname, '..', 'docs', 'settings.schema.json');

export const settingsSchemaText = (): string => `${JSON.stringify(settingsJsonSchema(), null, 2)}\n`;

if (require.main === module) {
  const text = settingsSchemaText();
  if (process.argv.includes('--check')) {
    const current = readFileSync(SETTINGS_SCHEMA_FILE, 'utf8') === text;
    process.stdout.write(current ? 'docs/settings.schema.json is current\n' : 'docs/settings.schema.json is out of date: run npm run docs:settings-schema\n');
    process.exit(current ? 0 : 1);
  }
  writeFileSync(SETTINGS_SCHEMA_FILE, text);
  process.stdout.write('wrote docs/settings.schema.json\n');
}
