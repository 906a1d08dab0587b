import i18next, { type i18n, type TFunction } from 'i18next';
import type { Translate } from '../../cards/view';
import { fill, resourceOf, templateOf, type Template } from './template';
import alerts from './locales/en-GB/alerts.json';
import answers from './locales/en-GB/answers.json';
import business from './locales/en-GB/business.json';
import common from './locales/en-GB/common.json';
import concernRecord from './locales/en-GB/concernRecord.json';
import danger from './locales/en-GB/danger.json';
import errors from './locales/en-GB/errors.json';
import forms from './locales/en-GB/forms.json';
import exportWords from './locales/en-GB/exports.json';
import health from './locales/en-GB/health.json';
import maseInformation from './locales/en-GB/maseInformation.json';
import makesafeReport from './locales/en-GB/makesafeReport.json';
import missingReturned from './locales/en-GB/missingReturned.json';
import notices from './locales/en-GB/notices.json';
import outOfBoroughNotification from './locales/en-GB/outOfBoroughNotification.json';
import police from './locales/en-GB/police.json';
import policeClosingReport from './locales/en-GB/policeClosingReport.json';
import records from './locales/en-GB/records.json';
import powerFinder from './locales/en-GB/powerFinder.json';
import profile from './locales/en-GB/profile.json';
import referral from './locales/en-GB/referral.json';
import returnHomeInterview from './locales/en-GB/returnHomeInterview.json';
import school from './locales/en-GB/school.json';
import socialCare from './locales/en-GB/socialCare.json';
import trafficking from './locales/en-GB/trafficking.json';
import urgent from './locales/en-GB/urgent.json';
import web from './locales/en-GB/web.json';
import welcome from './locales/en-GB/welcome.json';

/** en-GB is the authority: every other language falls back to it, key by key. */
export const DEFAULT_LOCALE = 'en-GB';
export const SUPPORTED_LOCALES = [DEFAULT_LOCALE] as const;

export const resources = { [DEFAULT_LOCALE]: { alerts, answers, business, common, concernRecord, danger, errors, exports: exportWords, forms, health, makesafeReport, maseInformation, missingReturned, notices, outOfBoroughNotification, police, policeClosingReport, powerFinder, profile, records, referral, returnHomeInterview, school, socialCare, trafficking, urgent, web, welcome } };
export const NAMESPACES = Object.keys(resources[DEFAULT_LOCALE]);

export interface I18nOptions {
  /** Called for every key that has no translation; tests make this fail. */
  onMissingKey?: (key: string, namespace: string) => void;
}

/** One instance per application (never the global one); a fixed `t` per turn. */
export async function createI18n(options: I18nOptions = {}): Promise<i18n> {
  const instance = i18next.createInstance();
  const onMissingKey = options.onMissingKey;
  await instance.init({
    resources,
    lng: DEFAULT_LOCALE,
    fallbackLng: DEFAULT_LOCALE,
    supportedLngs: [...SUPPORTED_LOCALES],
    ns: NAMESPACES,
    defaultNS: 'common',
    // Cards are not HTML: Markdown escaping of user text is done by the cards themselves.
    interpolation: { escapeValue: false },
    returnNull: false,
    saveMissing: onMissingKey !== undefined,
    missingKeyHandler: onMissingKey === undefined ? false : (_lngs, ns, key) => onMissingKey(key, ns),
    initAsync: false,
  });
  return instance;
}

/** The user's language if supported, else en-GB. */
export function localeFor(requested: string | undefined): string {
  if (requested === undefined) return DEFAULT_LOCALE;
  const match = SUPPORTED_LOCALES.find((l) => l.toLowerCase() === requested.toLowerCase());
  return match ?? DEFAULT_LOCALE;
}

export function fixedT(instance: i18n, locale: string): TFunction {
  return instance.getFixedT(localeFor(locale));
}

/** More keys than the locales hold: a guard, never reached, against a key built from something unbounded. */
const KEPT_WORDS_MAX = 20_000;
const translators = new WeakMap<i18n, Map<string, Translate>>();

/**
 * The `t` cards are drawn with, for a user's language. A key asked for without values is resolved
 * by i18next once per language and kept: the resources never change while the process runs, and a
 * card asks for dozens of fixed words on every turn. Words with values are filled every time and
 * never kept, since their values may be what a person typed; what is kept of them is the word's
 * template, read once, when it is a plain one (bot/i18n/template.ts), else i18next draws them.
 */
export function translatorFor(instance: i18n, locale: string | undefined): Translate {
  const language = localeFor(locale);
  let ofInstance = translators.get(instance);
  if (ofInstance === undefined) {
    ofInstance = new Map();
    translators.set(instance, ofInstance);
  }
  const known = ofInstance.get(language);
  if (known !== undefined) return known;
  const t = instance.getFixedT(language);
  const kept = new Map<string, string>();
  // Words with values: their templates (never the values) are kept, and filled each time.
  const templates = new Map<string, Template | undefined>();
  const withValues = (key: string, values: Record<string, string | number>): string => {
    let template = templates.get(key);
    if (template === undefined && !templates.has(key)) {
      template = templateOf(instance, language, key, NAMESPACES);
      if (templates.size < KEPT_WORDS_MAX) templates.set(key, template);
    }
    return (template === undefined ? undefined : fill(template, values, plainWord)) ?? t(key, values);
  };
  /** A nested key's word when it is a plain one (no placeholders, no nesting): as i18next draws it. */
  const plainWord = (key: string): string | undefined => {
    const raw = resourceOf(instance, language, key, NAMESPACES);
    return typeof raw === 'string' && !raw.includes('{{') && !raw.includes('$t(') ? raw : undefined;
  };
  const translate: Translate = (key, options) => {
    if (options !== undefined) return withValues(key, options);
    const found = kept.get(key);
    if (found !== undefined) return found;
    const words = t(key);
    if (kept.size < KEPT_WORDS_MAX) kept.set(key, words);
    return words;
  };
  ofInstance.set(language, translate);
  return translate;
}
