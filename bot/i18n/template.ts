import type { i18n } from 'i18next';

/**
 * A word with values as a template read once: its text between plain `{{name}}` placeholders.
 * Filling it is what i18next's interpolation does for such a word (values put in as they are:
 * escapeValue is off, and a value is never interpolated or nested again); anything else i18next
 * would treat specially (formats, unescaped or dotted placeholders, plurals, context, a placeholder
 * without its value, a missing word) has no template and is left to i18next. A word that nests another
 * by its key (`Start: $t({{journeyKey}})`) is filled so too when the nested word is a plain one: i18next
 * took about 0.1 ms for each such word (BENCHMARKS.md, seventh round).
 */

/** A piece of a nested word's key (`$t(powerFinder:fact.{{fact}})`): key text, or a value's name. */
type KeyPiece = { text: string } | { name: string };
type Part = { text: string } | { name: string } | { nest: KeyPiece[] };

export interface Template {
  parts: Part[];
  /** True when the word nests another (`$t(...)`): its values are then held to what cannot change how i18next reads the nesting. */
  nests: boolean;
}

const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;
/** A nesting whose key is key text and plain placeholders only: no options, no formats. */
const NEST = /\$t\(((?:[A-Za-z0-9_.:-]|\{\{\s*[A-Za-z0-9_]+\s*\}\})+)\)/g;
const KEY = /^[A-Za-z0-9_.-]+:[A-Za-z0-9_.-]+$/;
/** What a value of a nesting word may not hold: with none of these, interpolating it cannot add or change a nesting. */
const NESTING_CHARACTERS = /[$(){}"',]/;
/** Options i18next reads itself rather than interpolating: with any of them the word is i18next's. */
const I18NEXT_OPTIONS = new Set(['count', 'context', 'ordinal', 'lng', 'lngs', 'ns', 'defaultValue', 'replace', 'returnObjects', 'returnDetails', 'joinArrays', 'postProcess', 'interpolation', 'skipInterpolation', 'keySeparator', 'nsSeparator', 'fallbackLng']);

/** Text with plain placeholders as parts, or undefined when any "{{" opens something else (a format, "{{- name}}", a dotted path). */
function plainParts(text: string): Array<{ text: string } | { name: string }> | undefined {
  const parts: Array<{ text: string } | { name: string }> = [];
  let from = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    parts.push({ text: text.slice(from, match.index) }, { name: match[1] ?? '' });
    from = match.index + match[0].length;
  }
  parts.push({ text: text.slice(from) });
  return text.split('{{').length - 1 === parts.filter((p) => 'name' in p).length ? parts : undefined;
}

/**
 * What the resources hold for a key in this language: `namespace:path`, or a path alone in the default
 * namespace (common), as i18next reads a key; undefined for a key with more than one namespace
 * separator or a namespace the assistant does not have. A word's template and a nested word both read it.
 */
export function resourceOf(instance: i18n, language: string, key: string, namespaces: readonly string[]): unknown {
  const parts = key.split(':');
  const [ns, path] = parts.length === 1 ? ['common', key] : parts;
  if (parts.length > 2 || ns === undefined || path === undefined || !namespaces.includes(ns)) return undefined;
  return instance.getResource(language, ns, path);
}

/** The template of a word in this language, or undefined when i18next must draw it. */
export function templateOf(instance: i18n, language: string, key: string, namespaces: readonly string[]): Template | undefined {
  const raw = resourceOf(instance, language, key, namespaces);
  if (typeof raw !== 'string') return undefined;
  if (!raw.includes('$t(')) {
    const plain = plainParts(raw);
    return plain === undefined ? undefined : { parts: plain, nests: false };
  }
  // A nesting word: every "$t(" a nesting of a key, and no other "$" anywhere, so only these are nested.
  const nested: Part[] = [];
  let from = 0;
  for (const match of raw.matchAll(NEST)) {
    const around = plainParts(raw.slice(from, match.index));
    const keyParts = plainParts(match[1] ?? '');
    if (around === undefined || keyParts === undefined) return undefined;
    nested.push(...around, { nest: keyParts });
    from = match.index + match[0].length;
  }
  const rest = plainParts(raw.slice(from));
  if (rest === undefined) return undefined;
  nested.push(...rest);
  const textOutside = nested.flatMap((p) => ('text' in p ? [p.text] : [])).join('');
  return textOutside.includes('$') ? undefined : { parts: nested, nests: true };
}

/**
 * The template filled with the values, or undefined when i18next must draw it (a value missing, an
 * option of its own; for a nesting word, a value that could change how i18next reads the nesting, or a
 * nested key that is not a plain word). `wordOf` gives a nested key's word when it is a plain one: no
 * placeholders and no nesting of its own, which is what i18next would then draw for it.
 */
export function fill(template: Template, values: Record<string, string | number>, wordOf?: (key: string) => string | undefined): string | undefined {
  for (const option in values) if (I18NEXT_OPTIONS.has(option) || option.startsWith('defaultValue')) return undefined;
  const valueOf = (name: string): string | undefined => {
    if (!Object.hasOwn(values, name)) return undefined;
    const value = String(values[name]);
    return template.nests && NESTING_CHARACTERS.test(value) ? undefined : value;
  };
  let out = '';
  for (const part of template.parts) {
    if ('text' in part) out += part.text;
    else if ('name' in part) {
      const value = valueOf(part.name);
      if (value === undefined) return undefined;
      out += value;
    } else {
      let key = '';
      for (const piece of part.nest) {
        const value = 'text' in piece ? piece.text : valueOf(piece.name);
        if (value === undefined) return undefined;
        key += value;
      }
      const word = KEY.test(key) ? wordOf?.(key) : undefined;
      if (word === undefined) return undefined;
      out += word;
    }
  }
  return out;
}
