import type { Translate } from '../../cards/view';
import { createI18n } from '../../bot/i18n';
import type { FormDefinition, OptionList } from '../../dialogs/forms/vocabulary';

/**
 * A fictional form with one question of every kind, and its strings, for testing the engine
 * apart from any real form. Its strings are added to a test i18n instance only.
 */

export const SAMPLE_SETTINGS: OptionList = { id: 'sampleSetting', values: ['school', 'clinic', 'other'], source: 'test' };
export const SAMPLE_COLOURS: OptionList = { id: 'sampleColour', values: ['red', 'green', 'blue', 'amber', 'violet', 'teal', 'grey'], source: 'test' };

export const sampleForm: FormDefinition = {
  id: 'form.sample',
  version: 1,
  schemaVersion: 2,
  ns: 'sampleForm',
  source: 'Section 5',
  describedBy: ['setting'],
  pages: [
    {
      id: 'child',
      questions: [
        { id: 'name', kind: 'shortText', required: true, source: 'Section 5', personal: true, isName: true },
        { id: 'dateOfBirth', kind: 'date', required: false, source: 'Section 5', personal: true, childDateOfBirth: true, hint: true },
        { id: 'age', kind: 'number', required: false, min: 0, max: 17, ageOf: 'dateOfBirth', source: 'Section 5' },
        { id: 'setting', kind: 'oneOf', required: true, options: SAMPLE_SETTINGS, source: 'Section 5' },
      ],
    },
    {
      id: 'event',
      questions: [
        { id: 'known', kind: 'yesNo', required: true, source: 'Section 6' },
        { id: 'worker', kind: 'shortText', required: false, condition: { question: 'known', equals: 'yes' }, source: 'Section 6', isName: true },
        { id: 'seenOn', kind: 'date', required: false, notFuture: true, source: 'Section 6' },
        { id: 'seenAt', kind: 'time', required: false, source: 'Section 6' },
        { id: 'foundAt', kind: 'dateTime', required: false, notFuture: true, source: 'Section 6' },
        { id: 'colours', kind: 'severalOf', required: false, options: SAMPLE_COLOURS, source: 'Section 6' },
        { id: 'account', kind: 'longText', required: false, maxLength: 50, source: 'Section 6', personal: true },
      ],
    },
    {
      id: 'contact',
      condition: { question: 'setting', oneOf: ['school', 'clinic'] },
      questions: [
        { id: 'postcode', kind: 'postcode', required: false, source: 'Appendix A' },
        { id: 'phone', kind: 'phone', required: false, source: 'Appendix A' },
        { id: 'email', kind: 'email', required: false, source: 'Appendix A' },
      ],
    },
    {
      id: 'places',
      group: { id: 'places', min: 0, max: 3, questions: [{ id: 'place', kind: 'shortText', required: true, source: 'Appendix F' }] },
      exportColumns: 2,
    },
  ],
  quality: [{ kind: 'initialsOnly' }, { kind: 'missingWhen', question: 'account', when: { question: 'known', equals: 'yes' }, messageKey: 'sampleForm:quality.account' }],
  deadlines: [{ id: 'notify', from: 'foundAt', hours: 24, source: 'Section 9' }],
  migrations: { 1: (answers) => ({ ...answers, setting: answers.setting === 'college' ? 'school' : (answers.setting ?? 'other') }) },
};

const question = (label: string, what: string, hint?: string) => (hint === undefined ? { label, what } : { label, what, hint });

export const sampleFormStrings = {
  title: 'Sample form',
  confirmation: { whatNext: 'Nothing happens next: this is a test form.' },
  pages: { child: { title: 'The child' }, event: { title: 'What happened' }, contact: { title: 'Contact' }, places: { title: 'Places' } },
  questions: {
    name: question('Name', "the child's name"),
    dateOfBirth: question('Date of birth', "the child's date of birth", 'For example, 27/3/2012'),
    age: question('Age', "the child's age"),
    setting: question('Setting', 'the setting'),
    known: question('Known to children’s social care', 'the child is known to children’s social care'),
    worker: question('Allocated social worker', 'the allocated social worker'),
    seenOn: question('Date seen', 'the date you saw this'),
    seenAt: question('Time seen', 'the time you saw this'),
    foundAt: question('Found', 'when the child was found'),
    colours: question('Colours', 'the colours'),
    account: question('What was said', 'what was said'),
    postcode: question('Postcode', 'the postcode'),
    phone: question('Phone', 'a phone number'),
    email: question('Email', 'an email address'),
    place: question('Place', 'the place'),
  },
  groups: { places: { item: 'Place {{n}}', add: 'Add another place' } },
  deadlines: { notify: 'Notify the host borough' },
  quality: { account: 'You said the child is known: record what was said.' },
};

export const sampleOptionStrings = {
  sampleSetting: { school: 'School', clinic: 'Clinic', other: 'Somewhere else' },
  sampleColour: { red: 'Red', green: 'Green', blue: 'Blue', amber: 'Amber', violet: 'Violet', teal: 'Teal', grey: 'Grey' },
};

/** A strict `t` (a missing key throws) that also knows the sample form's strings. */
export async function sampleT(): Promise<{ t: Translate; hasKey: (key: string) => boolean }> {
  const missing: string[] = [];
  const instance = await createI18n({ onMissingKey: (key, ns) => missing.push(`${ns}:${key}`) });
  instance.addResourceBundle('en-GB', 'sampleForm', sampleFormStrings);
  instance.addResourceBundle('en-GB', 'forms', { options: sampleOptionStrings }, true, false);
  const fixed = instance.getFixedT('en-GB');
  const t: Translate = (key, options) => {
    const text = options === undefined ? fixed(key) : fixed(key, options);
    if (missing.length > 0) throw new Error(`missing translation: ${missing.join(', ')}`);
    if (text.includes('{{')) throw new Error(`unresolved interpolation in ${key}: ${text}`);
    return text;
  };
  return { t, hasKey: (key) => instance.exists(key) };
}
