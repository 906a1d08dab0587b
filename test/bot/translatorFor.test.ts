import { createI18n, NAMESPACES, resources, translatorFor } from '../../bot/i18n';
import { templateOf } from '../../bot/i18n/template';

/**
 * Issue 14: cards are drawn with a `t` that keeps the words asked for without values, per language.
 * Every word of the locales must come out exactly as i18next gives it, the second time too (from
 * what was kept); words with values are never kept.
 */

describe('translatorFor', () => {
  it('gives every word of every namespace exactly as i18next does, the first time and from what it kept', async () => {
    const instance = await createI18n();
    const plain = instance.getFixedT('en-GB');
    const keys = NAMESPACES.flatMap((ns) => keysOf(resources['en-GB'][ns as keyof (typeof resources)['en-GB']]).map((key) => `${ns}:${key}`));
    expect(keys.length).toBeGreaterThan(1_000);
    const expected = keys.map((key) => plain(key));
    const kept = translatorFor(instance, 'en-GB');
    expect(keys.map((key) => kept(key))).toEqual(expected);
    expect(keys.map((key) => kept(key))).toEqual(expected);
  });

  it('resolves words with values every time, with the values given', async () => {
    const instance = await createI18n();
    const t = translatorFor(instance, 'en-GB');
    const first = t('common:citation.protocol', { section: '1.1' });
    const second = t('common:citation.protocol', { section: '9.9' });
    expect(first).toContain('1.1');
    expect(second).toContain('9.9');
    expect(second).not.toContain('1.1');
  });

  it('draws every word with values exactly as i18next does, whatever the values hold', async () => {
    const instance = await createI18n();
    const plain = instance.getFixedT('en-GB');
    const t = translatorFor(instance, 'en-GB');
    const withValues = allKeys().flatMap((key) => {
      const text: unknown = plain(key);
      const names = typeof text === 'string' ? [...new Set([...text.matchAll(/\{\{-?\s*([^},]+?)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1] ?? ''))] : [];
      return names.length === 0 ? [] : [{ key, names }];
    });
    expect(withValues.length).toBeGreaterThan(100);
    // Most are plain templates, filled without i18next; the rest are left to it.
    expect(withValues.filter(({ key }) => templateOf(instance, 'en-GB', key, NAMESPACES) !== undefined).length).toBeGreaterThan(100);
    // Values as a person might type them: replacement patterns, placeholders and nesting of their own.
    const odd = ['Quirkfield', "Fizzlewick's $& $1 $$ {{label}} $t(common:answered) {{- x}}", '', 7, 0];
    for (const [i, value] of odd.entries()) {
      for (const { key, names } of withValues) {
        const values = Object.fromEntries(names.map((name, n) => [name, n === 0 ? value : (odd[(i + n) % odd.length] ?? '')]));
        expect([key, t(key, values)]).toEqual([key, plain(key, values)]);
        // One value left out, and i18next's own options: i18next draws those.
        const [first, ...rest] = names;
        if (first !== undefined) expect([key, t(key, Object.fromEntries(rest.map((name) => [name, 'Quirkfield'])))]).toEqual([key, plain(key, Object.fromEntries(rest.map((name) => [name, 'Quirkfield'])))]);
        expect([key, t(key, { ...values, count: 2 })]).toEqual([key, plain(key, { ...values, count: 2 })]);
      }
    }
  });

  it('draws every word that nests another by its key exactly as i18next does, for every key its values can name', async () => {
    const instance = await createI18n();
    const plain = instance.getFixedT('en-GB');
    const t = translatorFor(instance, 'en-GB');
    const keys = allKeys();
    const nesting = keys.flatMap((key) => {
      const raw = instance.getResource('en-GB', key.split(':')[0] ?? '', key.split(':')[1] ?? '');
      return typeof raw === 'string' && /\$t\([^)]*\{\{/.test(raw) ? [{ key, raw }] : [];
    });
    expect(nesting.length).toBeGreaterThan(10);
    // The offer of a journey is drawn without i18next's nesting (about 0.1 ms a word).
    expect(templateOf(instance, 'en-GB', 'notices:journeyOffered.start', NAMESPACES)).toBeDefined();
    let drawnByTemplate = 0;
    for (const { key, raw } of nesting) {
      const names = [...new Set([...raw.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1] ?? ''))];
      for (const values of valuesNaming(raw, names, keys)) {
        expect([key, values, t(key, values)]).toEqual([key, values, plain(key, values)]);
        if (templateOf(instance, 'en-GB', key, NAMESPACES) !== undefined) drawnByTemplate += 1;
      }
    }
    expect(drawnByTemplate).toBeGreaterThan(100);
  });

  it('is one translator per instance and language; an unsupported language is en-GB', async () => {
    const instance = await createI18n();
    expect(translatorFor(instance, 'en-GB')).toBe(translatorFor(instance, 'EN-gb'));
    expect(translatorFor(instance, 'xx-YY')).toBe(translatorFor(instance, undefined));
    expect(translatorFor(instance, undefined)).toBe(translatorFor(instance, 'en-GB'));
    const other = await createI18n();
    expect(translatorFor(other, 'en-GB')).not.toBe(translatorFor(instance, 'en-GB'));
  });

  it('a missing key still reaches the missing-key handler the first time it is asked for', async () => {
    const missing: string[] = [];
    const instance = await createI18n({ onMissingKey: (key, ns) => missing.push(`${ns}:${key}`) });
    const t = translatorFor(instance, 'en-GB');
    t('common:no.such.key.for.this.test');
    expect(missing).toEqual(['common:no.such.key.for.this.test']);
  });
});

/**
 * Values for a nesting word: each set that makes every nested key one the locales hold (the nested word
 * plain, with placeholders, or nesting again), a sample where a word could name hundreds, and values that
 * name no word, hold nesting characters, or are left out.
 */
function valuesNaming(raw: string, names: string[], keys: string[]): Array<Record<string, string | number>> {
  const nests = [...raw.matchAll(/\$t\(([^)]*)\)/g)].map((m) => m[1] ?? '');
  const pattern = (nest: string) => new RegExp(`^${nest.split(/(\{\{\s*[A-Za-z0-9_]+\s*\}\})/).map((piece) => (piece.startsWith('{{') ? '([^:]+?)' : piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('')}$`);
  const found: Array<Record<string, string>> = [];
  for (const nest of nests) {
    const inKey = [...nest.matchAll(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g)].map((m) => m[1] ?? '');
    const matches = keys.flatMap((key) => {
      const m = pattern(nest).exec(key);
      return m === null ? [] : [Object.fromEntries(inKey.map((name, i) => [name, m[i + 1] ?? '']))];
    });
    const step = Math.max(1, Math.floor(matches.length / 60));
    found.push(...matches.filter((_, i) => i % step === 0));
  }
  const others = (given: Record<string, string>, other: string | number) => Object.fromEntries(names.map((name) => [name, given[name] ?? other]));
  const named = found.flatMap((given) => [others(given, 'Quirkfield'), others(given, 7)]);
  const first = found[0] ?? {};
  const odd = ['no:such.word', 'common', "Fizzlewick's (note)", '$t(common:nav.menu)', 'a,b', '{{x}}', ''].map((value) => Object.fromEntries(names.map((name) => [name, first[name] ?? value])));
  const oddKeys = ['no:such.word', 'common', "it's", '$t(common:nav.menu)', 'common:nav.menu, {"x":1}', ''].map((value) => Object.fromEntries(names.map((name) => [name, value])));
  const leftOut = names.length > 1 ? [Object.fromEntries(names.slice(1).map((name) => [name, first[name] ?? 'Quirkfield']))] : [];
  return [...named, ...odd, ...oddKeys, ...leftOut];
}

const allKeys = (): string[] => NAMESPACES.flatMap((ns) => keysOf(resources['en-GB'][ns as keyof (typeof resources)['en-GB']]).map((key) => `${ns}:${key}`));

/** Every leaf key of a resource tree, dotted as i18next reads them. */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keysOf(value, prefix === '' ? key : `${prefix}.${key}`));
}
