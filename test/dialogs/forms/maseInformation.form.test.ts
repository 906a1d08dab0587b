import { say } from '../../../cards/fragments';
import type { Translate } from '../../../cards/view';
import { allEntries } from '../../../knowledge/entries';
import { keepAsked, questionsOf } from '../../../dialogs/forms/conditions';
import { documentOf } from '../../../dialogs/forms/documentOf';
import { maseInformationForm } from '../../../dialogs/forms/maseInformation.form';
import { cseModelTypeOptions } from '../../../dialogs/forms/options/maseInformation.options';
import { parsePage, type PageContext } from '../../../dialogs/forms/pageSchema';
import { storedPayloadSchema } from '../../../dialogs/forms/storedSchema';
import type { FormAnswers } from '../../../dialogs/forms/vocabulary';
import { strictT } from '../../support/i18n';
import { FICTIONAL_ADULT, FICTIONAL_CHILD } from '../../support/personalTestValues';

/** The MASE information form (Appendix F): every question's boundaries and refusals with the exact message, its conditions, what is stored and its document. */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const clock = { today: '2026-12-04', nowLocal: '2026-12-04T12:00' };
const form = maseInformationForm;
const page = (id: string) => {
  const found = form.pages.find((p) => p.id === id);
  if (found === undefined) throw new Error(id);
  return questionsOf(found);
};
const VICTIM = { name: FICTIONAL_CHILD.firstName };
const OFFENDER = { name: FICTIONAL_ADULT.name };
const LOCATION = { type: 'hotel', place: 'A fictional hotel on Quilletmoor Lane' };

function run(pageId: string, posted: Record<string, unknown>, earlier: PageContext['earlier'] = {}) {
  const result = parsePage(form, page(pageId), posted, { clock, earlier });
  return result.ok ? { answers: result.answers } : { errors: Object.fromEntries(Object.entries(result.errors).map(([id, ref]) => [id, say(t, ref)])) };
}
const baseOf = (pageId: string) => ({ victims: VICTIM, offenders: OFFENDER, additionalLocations: LOCATION })[pageId] ?? {};

describe('accepted, and stored normalised', () => {
  it.each<[string, string, Record<string, string>, string | string[]]>([
    ['about', 'maseArea', { maseArea: 'x'.repeat(100) }, 'x'.repeat(100)],
    ['victims', 'name', { name: ' Zee ' }, 'Zee'],
    ['victims', 'dateOfBirth', { dateOfBirth: '5/12/2008' }, '2008-12-05'],
    ['victims', 'dateOfBirth', { dateOfBirth: '4/12/26' }, '2026-12-04'],
    ['victims', 'age', { age: '0' }, '0'],
    ['victims', 'age', { age: '17' }, '17'],
    ['victims', 'age', { dateOfBirth: '27/3/2012', age: '14' }, '14'],
    ['victims', 'ethnicity', { ethnicity: 'notKnown' }, 'notKnown'],
    ['victims', 'caseStatus', { caseStatus: 'childProtectionPlan' }, 'childProtectionPlan'],
    ['victims', 'educationStatus', { educationStatus: 'partTimeTimetable' }, 'partTimeTimetable'],
    ['victims', 'disability', { disability: 'x'.repeat(1000) }, 'x'.repeat(1000)],
    ['victims', 'offendingHistory', { offendingHistory: 'x'.repeat(4000) }, 'x'.repeat(4000)],
    ['victims', 'strategyMeetingDate', { strategyMeetingDate: '4/12/2026' }, '2026-12-04'],
    ['victims', 'policeRiskCategory', { policeRiskCategory: 'vulnerable0' }, 'vulnerable0'],
    ['victims', 'policeRiskCategory', { policeRiskCategory: 'category3' }, 'category3'],
    ['offenders', 'dateOfBirth', { dateOfBirth: '3/12/1970' }, '1970-12-03'],
    ['offenders', 'age', { age: '120' }, '120'],
    ['offenders', 'age', { dateOfBirth: '3/12/1970', age: '56' }, '56'],
    ['addresses', 'victimAddresses', { victimAddresses: 'x'.repeat(2000) }, 'x'.repeat(2000)],
    ['additionalLocations', 'postcode', { postcode: 'zz9 9zz' }, 'ZZ9 9ZZ'],
    ['additionalLocations', 'place', { place: 'x'.repeat(500) }, 'x'.repeat(500)],
    ['themes', 'cseModelPrimary', { cseModelPrimary: 'peer-on-peer' }, 'peer-on-peer'],
    ['themes', 'cseModelSecondary', { cseModelPrimary: 'online', cseModelSecondary: 'notKnown' }, 'notKnown'],
    ['themes', 'nrmStatus', { trafficking: 'Moved between two fictional towns', nrmStatus: 'notCompleted' }, 'notCompleted'],
  ])('%s.%s %j', (pageId, id, posted, stored) => {
    expect(run(pageId, { ...baseOf(pageId), ...posted })).toEqual({ answers: expect.objectContaining({ [id]: stored }) });
  });

  it('asks nothing of a page left blank but the name of each person', () => {
    expect(run('about', {})).toEqual({ answers: {} });
    expect(run('addresses', {})).toEqual({ answers: {} });
    expect(run('themes', {})).toEqual({ answers: {} });
    expect(run('victims', VICTIM)).toEqual({ answers: VICTIM });
  });
});

describe('refused, with the message beside the question', () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['about', { maseArea: 'x'.repeat(101) }, { maseArea: 'Local authority area of the MASE must be 100 characters or fewer' }],
    ['victims', {}, { name: 'Enter the name or alias' }],
    ['victims', { name: '   ' }, { name: 'Enter the name or alias' }],
    ['victims', { name: 'x'.repeat(201) }, { name: 'Name or alias must be 200 characters or fewer' }],
    ['victims', { ...VICTIM, dateOfBirth: FICTIONAL_CHILD.dateOfBirth }, { dateOfBirth: 'Date of birth must be a real date' }],
    ['victims', { ...VICTIM, dateOfBirth: '5/12/2026' }, { dateOfBirth: 'Date of birth must be in the past' }],
    ['victims', { ...VICTIM, dateOfBirth: '3/12/2007' }, { dateOfBirth: 'Date of birth must be for a child aged 0 to 17' }],
    ['victims', { ...VICTIM, dateOfBirth: '4/12/2008' }, { dateOfBirth: 'Date of birth must be for a child aged 0 to 17' }],
    ['victims', { ...VICTIM, age: '18' }, { age: 'Age must be a number between 0 and 17' }],
    ['victims', { ...VICTIM, age: '-1' }, { age: 'Age must be a number between 0 and 17' }],
    ['victims', { ...VICTIM, age: 'about 15' }, { age: 'Age must be a number between 0 and 17' }],
    ['victims', { ...VICTIM, dateOfBirth: '27/3/2012', age: '12' }, { age: 'Age does not match the date of birth: check both' }],
    ['victims', { ...VICTIM, ethnicity: 'martian' }, { ethnicity: 'Ethnicity must be one of the choices given' }],
    ['victims', { ...VICTIM, caseStatus: 'closed' }, { caseStatus: 'Case status must be one of the choices given' }],
    ['victims', { ...VICTIM, educationStatus: 'university' }, { educationStatus: 'Education status must be one of the choices given' }],
    ['victims', { ...VICTIM, disability: 'x'.repeat(1001) }, { disability: 'Disability, learning disability or special educational needs must be 1000 characters or fewer' }],
    ['victims', { ...VICTIM, allocatedService: 'x'.repeat(201) }, { allocatedService: 'Allocated service must be 200 characters or fewer' }],
    ['victims', { ...VICTIM, schoolOrCollege: 'x'.repeat(201) }, { schoolOrCollege: 'School or college must be 200 characters or fewer' }],
    ['victims', { ...VICTIM, gangAffiliation: 'x'.repeat(1001) }, { gangAffiliation: 'Gang affiliation must be 1000 characters or fewer' }],
    ['victims', { ...VICTIM, offendingHistory: 'x'.repeat(4001) }, { offendingHistory: 'Offending history and youth offending service or police involvement must be 4000 characters or fewer' }],
    ['victims', { ...VICTIM, strategyMeetingDate: '5/12/2026' }, { strategyMeetingDate: 'Date of the CSE strategy meeting must be today or in the past' }],
    ['victims', { ...VICTIM, strategyMeetingDate: 'last Tuesday' }, { strategyMeetingDate: 'Date of the CSE strategy meeting must be a real date' }],
    // A strategy meeting before the child was born (the third exploratory test): the group's own date of birth.
    ['victims', { ...VICTIM, dateOfBirth: '1/3/2012', strategyMeetingDate: '1/1/2011' }, { strategyMeetingDate: 'Date of the CSE strategy meeting must not be before the date of birth: check both' }],
    ['victims', { ...VICTIM, policeRiskCategory: 'category4' }, { policeRiskCategory: 'Police risk category recorded at the CSE strategy meeting must be one of the choices given' }],
    ['offenders', {}, { name: 'Enter the name or alias' }],
    ['offenders', { ...OFFENDER, dateOfBirth: '5/12/2026' }, { dateOfBirth: 'Date of birth must be today or in the past' }],
    ['offenders', { ...OFFENDER, age: '121' }, { age: 'Age must be a number between 0 and 120' }],
    ['offenders', { ...OFFENDER, dateOfBirth: '3/12/1970', age: '40' }, { age: 'Age does not match the date of birth: check both' }],
    ['addresses', { victimAddresses: 'x'.repeat(2001) }, { victimAddresses: 'Victim addresses must be 2000 characters or fewer' }],
    ['addresses', { offenderAddresses: 'x'.repeat(2001) }, { offenderAddresses: 'Offender addresses must be 2000 characters or fewer' }],
    ['additionalLocations', {}, { type: 'Select the type of location', place: 'Enter the location' }],
    ['additionalLocations', { ...LOCATION, type: 'castle' }, { type: 'Type of location must be one of the choices given' }],
    ['additionalLocations', { ...LOCATION, place: 'x'.repeat(501) }, { place: 'Location must be 500 characters or fewer' }],
    ['additionalLocations', { ...LOCATION, postcode: 'SW1A' }, { postcode: 'Enter a postcode in the correct format, like SW1A 1AA' }],
    ['themes', { cseModelPrimary: 'invented-model' }, { cseModelPrimary: 'CSE model type: primary must be one of the choices given' }],
    ['themes', { missingEpisodes: 'x'.repeat(4001) }, { missingEpisodes: 'Missing episodes must be 4000 characters or fewer' }],
    ['themes', { trafficking: 'Concerns', nrmStatus: 'pending' }, { nrmStatus: 'National Referral Mechanism (NRM) referral completed must be one of the choices given' }],
  ])('%s %j', (pageId, posted, errors) => {
    expect(run(pageId, posted)).toEqual({ errors });
  });
});

describe('conditions', () => {
  it('asks for a secondary model only after a primary one, and a third only after a secondary one', () => {
    expect(run('themes', { cseModelPrimary: 'notKnown', cseModelSecondary: 'online', cseModelThird: 'familial' })).toEqual({ answers: { cseModelPrimary: 'notKnown' } });
    expect(run('themes', { cseModelSecondary: 'online' })).toEqual({ answers: {} });
    expect(run('themes', { cseModelPrimary: 'online', cseModelSecondary: 'notKnown', cseModelThird: 'familial' })).toEqual({ answers: { cseModelPrimary: 'online', cseModelSecondary: 'notKnown' } });
    expect(run('themes', { cseModelPrimary: 'online', cseModelSecondary: 'county-lines', cseModelThird: 'familial' })).toEqual({
      answers: { cseModelPrimary: 'online', cseModelSecondary: 'county-lines', cseModelThird: 'familial' },
    });
  });

  it('asks whether the NRM referral was completed only once trafficking concerns are written', () => {
    expect(run('themes', { nrmStatus: 'completed' })).toEqual({ answers: {} });
  });

  it('drops the answers a changed answer no longer asks for', () => {
    const answers: FormAnswers = { cseModelPrimary: 'online', cseModelSecondary: 'familial', cseModelThird: 'county-lines', trafficking: 'Concerns', nrmStatus: 'completed' };
    expect(keepAsked(form, answers)).toEqual(answers);
    const { trafficking: _cleared, ...withoutTrafficking } = answers;
    expect(keepAsked(form, { ...withoutTrafficking, cseModelPrimary: 'notKnown' })).toEqual({ cseModelPrimary: 'notKnown' });
  });
});

describe('the option lists', () => {
  const modelTypes = allEntries.filter((e) => e.kind === 'cse-type');

  it('offers exactly the CSE model types of Section 3 from knowledge, in order, then "not known", each labelled with its entry title', () => {
    expect(cseModelTypeOptions.values).toEqual([...modelTypes.map((e) => e.id.replace('cse-type.', '')), 'notKnown']);
    expect(modelTypes).toHaveLength(9);
    for (const entry of modelTypes) expect(t(`forms:options.cseModelType.${entry.id.replace('cse-type.', '')}`)).toBe(entry.title);
  });

  it('offers "not known" wherever a practitioner may not know, and never a computed category', () => {
    const lists = form.pages.flatMap(questionsOf).flatMap((q) => (q.kind === 'oneOf' || q.kind === 'severalOf' ? [q.options] : []));
    for (const list of lists.filter((l) => l.id !== 'locationType')) expect(list.values).toContain('notKnown');
    const category = form.pages.flatMap(questionsOf).find((q) => q.id === 'policeRiskCategory');
    expect(category).toMatchObject({ kind: 'oneOf', required: false });
  });
});

const STORED: FormAnswers = {
  maseArea: 'A fictional borough',
  victims: [
    {
      name: FICTIONAL_CHILD.firstName,
      dateOfBirth: '2012-03-27',
      age: '14',
      ethnicity: 'notKnown',
      caseStatus: 'childInNeed',
      educationStatus: 'excluded',
      strategyMeetingDate: '2026-11-20',
      policeRiskCategory: 'category2',
    },
    { name: 'Fictional Child B' },
  ],
  offenders: [{ name: FICTIONAL_ADULT.name, age: '31' }],
  victimAddresses: 'Victim 1: a fictional children’s home',
  additionalLocations: [{ type: 'hotel', place: 'A fictional hotel', postcode: 'ZZ9 9ZZ' }],
  cseModelPrimary: 'relationship-model',
  cseModelSecondary: 'online',
  riskyInternetUse: 'A fictional messaging app',
};

describe('what is stored', () => {
  const payload = { formId: 'form.maseInformation', formVersion: 1, schemaVersion: 1, answers: STORED };

  it('accepts a form with several victims, an offender and a location', () => {
    expect(storedPayloadSchema(form).safeParse(payload).success).toBe(true);
  });

  it.each<[string, FormAnswers]>([
    ['a category that is not one of those recorded at a strategy meeting', { ...STORED, victims: [{ name: 'Fictional Child B', policeRiskCategory: 'category4' }] }],
    ['a victim aged 18', { ...STORED, victims: [{ name: 'Fictional Child B', age: '18' }] }],
    ['21 victims', { ...STORED, victims: Array.from({ length: 21 }, (_, i) => ({ name: `Fictional Child ${i}` })) }],
    ['a model type not in Section 3', { ...STORED, cseModelPrimary: 'invented-model' }],
  ])('refuses %s', (_name, answers) => {
    expect(storedPayloadSchema(form).safeParse({ ...payload, answers }).success).toBe(false);
  });
});

describe('the document every export is drawn from', () => {
  const document = () => documentOf(form, STORED, { reference: 'CSE-7K2M-9QXD', submittedAt: new Date('2026-12-04T13:05:00Z') }, t);

  it('follows Appendix F: VOLT sections, one block per victim, offender and location (the Word document’s tables are its export layout’s)', () => {
    const doc = document();
    expect(doc).toMatchObject({ formId: 'form.maseInformation', formVersion: 2, title: 'MASE information form', reference: 'CSE-7K2M-9QXD', submittedAt: '4 December 2026, 13:05' });
    expect(doc.sections.map((s) => [s.heading, s.columns, (s.items ?? []).map((i) => i.heading)])).toEqual([
      ['About this form', 1, []],
      ['Victims', 1, ['Victim 1', 'Victim 2']],
      ['Offenders, suspects or persons of concern (alleged or known)', 1, ['Offender or person of concern 1']],
      ['Locations: addresses', 1, []],
      ['Locations: additional locations', 1, ['Location 1']],
      ['Themes', 1, []],
      ['Options considered', 1, []],
    ]);
    expect(doc.source).toBe(
      'Source: London Child Sexual Exploitation Operating Protocol (2017), Appendix F: Multi-agency sexual exploitation meeting – Example of a MASE information form; Section 7: Multi-Agency Sexual Exploitation meeting',
    );
    expect(doc.notes).toEqual([t('maseInformation:confirmation.whatNext')]);
  });

  it('writes every answer in words, the category as recorded, and "Not answered" where nothing was given', () => {
    const victim = document().sections[1]?.items?.[0];
    expect(victim?.rows).toEqual([
      { label: 'Name or alias', value: FICTIONAL_CHILD.firstName },
      { label: 'Date of birth', value: '27 March 2012' },
      { label: 'Age', value: '14' },
      { label: 'Ethnicity', value: 'Not known' },
      { label: 'Disability, learning disability or special educational needs', value: 'Not answered' },
      { label: 'Allocated service', value: 'Not answered' },
      { label: 'Case status', value: 'Child in need plan' },
      { label: 'Education status', value: 'Excluded' },
      { label: 'School or college', value: 'Not answered' },
      { label: 'Gang affiliation', value: 'Not answered' },
      { label: 'Offending history and youth offending service or police involvement', value: 'Not answered' },
      { label: 'Date of the CSE strategy meeting', value: '20 November 2026' },
      { label: 'Police risk category recorded at the CSE strategy meeting', value: 'Category 2' },
    ]);
    const themes = document().sections[5];
    expect(themes?.rows.filter((r) => r.value !== 'Not answered')).toEqual([
      { label: 'CSE model type: primary', value: 'Relationship model' },
      { label: 'CSE model type: secondary', value: 'Online CSE' },
      { label: 'Risky internet use', value: 'A fictional messaging app' },
    ]);
    // A third model is asked once a secondary is chosen; the NRM question only after trafficking concerns.
    expect(themes?.rows.map((r) => r.label)).toContain('CSE model type: third');
    expect(themes?.rows.map((r) => r.label)).not.toContain('National Referral Mechanism (NRM) referral completed');
    expect(document().sections[4]?.items?.[0]?.rows).toEqual([
      { label: 'Type of location', value: 'Hotel' },
      { label: 'Location', value: 'A fictional hotel' },
      { label: 'Postcode (optional)', value: 'ZZ9 9ZZ' },
    ]);
  });
});
