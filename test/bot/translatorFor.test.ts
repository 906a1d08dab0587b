import { createI18n, NAMESPACES, resources, translatorFor } from '../../bot/i18n';

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

/** Every leaf key of a resource tree, dotted as i18next reads them. */
function keysOf(tree: unknown, prefix = ''): string[] {
  if (typeof tree !== 'object' || tree === null || Array.isArray(tree)) return [prefix];
  return Object.entries(tree).flatMap(([key, value]) => keysOf(value, prefix === '' ? key : `${prefix}.${key}`));
}
