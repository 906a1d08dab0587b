import { createI18n, NAMESPACES } from '../../bot/i18n';
import { resourceOf } from '../../bot/i18n/template';

/**
 * One resolver of a word's key, read both for a word's template and for the word a template nests
 * (`$t(powerFinder:fact.{{fact}})`): a namespace and a path, or a path in the default namespace, as
 * i18next reads a key; nothing for a key i18next would read otherwise.
 */

describe('resourceOf', () => {
  it.each([
    ['a namespaced key', 'notices:draftGone.title', 'notices', 'draftGone.title'],
    ['a nested word as templates name it', 'common:answer.yes', 'common', 'answer.yes'],
    ['a key without a namespace, read in the default one', 'nav.back', 'common', 'nav.back'],
  ])('%s is what i18next holds there', async (_name, key, ns, path) => {
    const instance = await createI18n();
    const held: unknown = instance.getResource('en-GB', ns, path);
    expect(typeof held).toBe('string');
    expect(resourceOf(instance, 'en-GB', key, NAMESPACES)).toBe(held);
  });

  it.each([
    ['more than one namespace separator', 'notices:draftGone:title'],
    ['a namespace the assistant does not have', 'fizzlewick:draftGone.title'],
    ['a namespace left out of those given', 'notices:draftGone.title', ['common']],
    ['a path with nothing there', 'notices:noSuchNotice.title'],
  ])('%s resolves to nothing', async (_name, key, namespaces: string[] = NAMESPACES) => {
    const instance = await createI18n();
    expect(resourceOf(instance, 'en-GB', key, namespaces)).toBeUndefined();
  });
});
