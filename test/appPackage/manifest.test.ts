import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { strFromU8, unzipSync } from 'fflate';
import { z } from 'zod';

/**
 * The Teams app package: the manifest template on the schema version the Teams documentation lists as
 * current, checked against that version's official JSON schema (vendored in appPackage/schema/, as CI
 * cannot reach the schema host), and the package `npm run package:teams` builds, checked the same way.
 */

const ROOT = join(__dirname, '../..');
const SCHEMA_VERSION = '1.22';
const schemaFile = join(ROOT, `appPackage/schema/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`);
const template = readFileSync(join(ROOT, 'appPackage/manifest.template.json'), 'utf8');

// Obviously fictional values: a nil-like GUID and example.org addresses.
const SETTINGS = {
  MICROSOFT_APP_ID: '00000000-0000-4000-8000-00000000c5e1',
  DEVELOPER_NAME: 'Fictional Borough Council',
  WEBSITE_URL: 'https://example.org/cse-assistant',
  PRIVACY_URL: 'https://example.org/cse-assistant/privacy',
  TERMS_URL: 'https://example.org/cse-assistant/terms',
};

const manifestShape = z.object({
  $schema: z.string(),
  manifestVersion: z.string(),
  version: z.string(),
  id: z.string(),
  icons: z.object({ color: z.string(), outline: z.string() }),
  bots: z.array(z.object({ botId: z.string(), scopes: z.array(z.string()) })),
});

function validator() {
  // The schema is draft-04 and checks one format (uri); strict mode would refuse its vendor keywords.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
}
const validate = validator();

function errorsOf(manifest: unknown): string[] {
  return validate(manifest) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

const filled = (values: Record<string, string>) => JSON.parse(template.replace(/\{\{([A-Z_]+)\}\}/g, (_, k: string) => values[k] ?? '')) as unknown;

function build(env: Record<string, string>): { out: string; status: number; output: string } {
  const out = mkdtempSync(join(tmpdir(), 'cse-app-package-'));
  try {
    const stdout = execFileSync(process.execPath, ['tools/build-app-package.mjs', '--out', out], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { out, status: 0, output: stdout };
  } catch (error) {
    const failed = z.object({ status: z.number(), stderr: z.string() }).parse(error);
    return { out, status: failed.status, output: failed.stderr };
  }
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(data: Uint8Array): [number, number] {
  const view = Buffer.from(data);
  expect(view.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [view.readUInt32BE(16), view.readUInt32BE(20)];
}

describe('the Teams app manifest', () => {
  it(`is on schema version ${SCHEMA_VERSION}, and names that schema`, () => {
    const manifest = manifestShape.parse(filled(SETTINGS));
    expect(manifest.manifestVersion).toBe(SCHEMA_VERSION);
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${SCHEMA_VERSION}/MicrosoftTeams.schema.json`);
  });

  it('filled in with a deployment’s values, passes the official schema', () => {
    expect(errorsOf(filled(SETTINGS))).toEqual([]);
  });

  it.each([
    ['an older manifest version', { manifestVersion: '1.17' }, '/manifestVersion'],
    ['an app id that is not a GUID', { id: 'cse-assistant' }, '/id'],
    ['a developer page that is not a web address', { developer: { name: 'Fictional Borough Council', websiteUrl: 'ftp://example.org', privacyUrl: SETTINGS.PRIVACY_URL, termsOfUseUrl: SETTINGS.TERMS_URL } }, '/developer/websiteUrl'],
    ['a property the schema does not know', { botName: 'CSE assistant' }, '/'],
  ])('is refused by the schema with %s', (_, change, where) => {
    const manifest = { ...z.record(z.string(), z.unknown()).parse(filled(SETTINGS)), ...change };
    expect(errorsOf(manifest).some((e) => e.startsWith(`${where} `))).toBe(true);
  });
});

describe('npm run package:teams', () => {
  it('builds a package whose manifest passes the schema, with the app id as the bot and both icons at their sizes', () => {
    const { out, status, output } = build(SETTINGS);
    expect(status).toBe(0);
    expect(readdirSync(out)).toEqual(['cse-assistant-0.1.0.zip']);
    expect(output).toContain('cse-assistant-0.1.0.zip written');
    const files = unzipSync(readFileSync(join(out, 'cse-assistant-0.1.0.zip')));
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const raw: unknown = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()));
    expect(errorsOf(raw)).toEqual([]);
    const manifest = manifestShape.parse(raw);
    expect(manifest.id).toBe(SETTINGS.MICROSOFT_APP_ID);
    expect(manifest.bots.map((b) => b.botId)).toEqual([SETTINGS.MICROSOFT_APP_ID]);
    expect(manifest.bots.flatMap((b) => b.scopes)).toEqual(['personal']);
    // Teams' sizes: a 192 x 192 colour icon and a 32 x 32 outline.
    expect(pngSize(files[manifest.icons.color] ?? new Uint8Array())).toEqual([192, 192]);
    expect(pngSize(files[manifest.icons.outline] ?? new Uint8Array())).toEqual([32, 32]);
  });

  it('keeps a quote in a value from breaking the manifest', () => {
    const { out, status } = build({ ...SETTINGS, DEVELOPER_NAME: 'The "Fictional" Council' });
    expect(status).toBe(0);
    const files = unzipSync(readFileSync(join(out, 'cse-assistant-0.1.0.zip')));
    const manifest: unknown = JSON.parse(strFromU8(files['manifest.json'] ?? new Uint8Array()));
    expect(errorsOf(manifest)).toEqual([]);
    expect(z.object({ developer: z.object({ name: z.string() }) }).parse(manifest).developer.name).toBe('The "Fictional" Council');
  });

  it('builds nothing, and names each setting to fix, when settings are missing or wrong', () => {
    const { out, status, output } = build({ ...SETTINGS, MICROSOFT_APP_ID: 'not-a-guid', PRIVACY_URL: 'http://example.org/privacy', TERMS_URL: '' });
    expect(status).toBe(1);
    expect(output).toContain("MICROSOFT_APP_ID: should be the Azure Bot's Microsoft App ID (a GUID), the same as the server's");
    expect(output).toContain('PRIVACY_URL: should be an https:// address');
    expect(output).toContain('TERMS_URL: not set (an https:// address)');
    expect(output).not.toContain('WEBSITE_URL');
    expect(existsSync(join(out, 'cse-assistant-0.1.0.zip'))).toBe(false);
  });
});
