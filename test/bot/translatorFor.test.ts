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

const allKeys = (): string[] => NAMESPACES.flatMap((ns) => keysOf(resources['en-GB'][ns as keyof (typeof resources)['en-GB']]).map((key) => `${ns}:${key}`));

/** Every leaf key of a resource tree, dotted as i18next reads them. */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keysOf(value, prefix === '' ? key : `${prefix}.${key}`));
}
