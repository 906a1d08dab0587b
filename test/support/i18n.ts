import type { Translate } from '../../cards/view';
import { createI18n } from '../../bot/i18n';

/** A `t` that throws on any key missing from en-GB: a missing key fails the test that renders it. */
export async function strictT(): Promise<Translate> {
  const missing: string[] = [];
  const instance = await createI18n({ onMissingKey: (key, ns) => missing.push(`${ns}:${key}`) });
  const t = instance.getFixedT('en-GB');
  return (key, options) => {
    const text = options === undefined ? t(key) : t(key, options);
    if (missing.length > 0) throw new Error(`missing translation: ${missing.join(', ')}`);
    if (text.includes('$t(') || text.includes('{{')) throw new Error(`unresolved interpolation in ${key}: ${text}`);
    return text;
  };
}
