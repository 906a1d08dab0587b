import type { i18n } from 'i18next';

/**
 * A word with values as a template read once: its text between plain `{{name}}` placeholders.
 * Filling it is what i18next's interpolation does for such a word (values put in as they are:
 * escapeValue is off, and a value is never interpolated or nested again); anything else i18next
 * would treat specially (nesting, formats, unescaped or dotted placeholders, plurals, context, a
 * placeholder without its value, a missing word) has no template and is left to i18next.
 */

export interface Template {
  /** The text around the placeholders: one more than the names. */
  texts: string[];
  names: string[];
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
/** Options i18next reads itself rather than interpolating: with any of them the word is i18next's. */
const I18NEXT_OPTIONS = new Set(['count', 'context', 'ordinal', 'lng', 'lngs', 'ns', 'defaultValue', 'replace', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'skipInterpolation', 'keySeparator', 'nsSeparator', 'fallbackLng']);

/** The template of a word in this language, or undefined when i18next must draw it. */
export function templateOf(instance: i18n, language: string, key: string, namespaces: readonly string[]): Template | undefined {
  const parts = key.split(':');
  const [ns, path] = parts.length === 1 ? ['common', key] : parts;
  if (parts.length > 2 || ns === undefined || path === undefined || !namespaces.includes(ns)) return undefined;
  const raw: unknown = instance.getResource(language, ns, path);
  if (typeof raw !== 'string' || raw.includes('$t(')) return undefined;
  const texts: string[] = [];
  const names: string[] = [];
  let from = 0;
  for (const match of raw.matchAll(PLACEHOLDER)) {
    texts.push(raw.slice(from, match.index));
    names.push(match[1] ?? '');
    from = match.index + match[0].length;
  }
  texts.push(raw.slice(from));
  // Every "{{" must open a plain placeholder: no formats, no "{{- name}}", no dotted paths.
  return raw.split('{{').length - 1 === names.length ? { texts, names } : undefined;
}

/** The template filled with the values, or undefined when i18next must draw it (a value missing, or an option of its own). */
export function fill(template: Template, values: Record<string, string | number>): string | undefined {
  for (const option in values) if (I18NEXT_OPTIONS.has(option) || option.startsWith('defaultValue')) return undefined;
  let out = template.texts[0] ?? '';
  for (let i = 0; i < template.names.length; i += 1) {
    const name = template.names[i] ?? '';
    if (!Object.hasOwn(values, name)) return undefined;
    out += String(values[name]) + (template.texts[i + 1] ?? '');
  }
  return out;
}
