import { maseInformationForm } from '../../../dialogs/forms/maseInformation.form';
import { FEWER_THAN, type ProblemProfile, type ProfileDimension } from '../../../dialogs/profile/profile.schema';
import { PROFILE_THEMES, problemProfileOf } from '../../../dialogs/socialCare/problemProfile';
import { everyFieldForm, maseForm, plantedValues } from '../../support/maseProfileForms';
import { PERSONAL_TEST_VALUES } from '../../support/personalTestValues';

const NOW = new Date('2026-06-15T12:00:00Z');
const countOf = (profile: ProblemProfile, dimension: ProfileDimension, value: string) => profile.rows.find((r) => r.dimension === dimension && r.value === value)?.count;
const times = <T>(n: number, make: (i: number) => T): T[] => Array.from({ length: n }, (_, i) => make(i));

describe('the MASE problem profile', () => {
  test('counts forms by London month, every month of the period listed, a form at 00:30 on 1 June (BST) in June', () => {
    const forms = [...times(5, () => maseForm({ at: '2026-05-31T23:30:00Z' })), ...times(6, () => maseForm({ at: '2026-04-10T10:00:00Z' })), maseForm({ at: '2026-03-31T22:59:00Z' })];
    const profile = problemProfileOf(forms, NOW, 3);
    expect([profile.from, profile.to]).toEqual(['2026-04', '2026-06']);
    expect(profile.rows.filter((r) => r.dimension === 'month')).toEqual([
      { dimension: 'month', value: '2026-04', count: 6 },
      { dimension: 'month', value: '2026-05', count: 0 },
      { dimension: 'month', value: '2026-06', count: 5 },
    ]);
    // 22:59 UTC on 31 March is 23:59 BST: March, outside the three months.
    expect(profile.forms).toBe(11);
  });

  test('a theme counts once per form when its box is filled; an empty theme is 0, and every theme is listed', () => {
    const forms = times(5, () => maseForm({ at: '2026-06-01T09:00:00Z', themes: ['missingEpisodes', 'countyLines'] }));
    forms.push(maseForm({ at: '2026-06-01T09:00:00Z', themes: ['missingEpisodes'] }));
    const profile = problemProfileOf(forms, NOW, 3);
    expect(countOf(profile, 'theme', 'missingEpisodes')).toBe(6);
    expect(countOf(profile, 'theme', 'countyLines')).toBe(5);
    expect(countOf(profile, 'theme', 'radicalisation')).toBe(0);
    expect(profile.rows.filter((r) => r.dimension === 'theme').map((r) => r.value)).toEqual([...PROFILE_THEMES]);
    expect(PROFILE_THEMES).toEqual(['missingEpisodes', 'emergencyAttendance', 'crossBorderIssues', 'substanceUse', 'riskyInternetUse', 'trafficking', 'sexualHealth', 'countyLines', 'familialLink', 'radicalisation']);
  });

  test('each additional location counts once by its type', () => {
    const forms = [maseForm({ at: '2026-06-02T09:00:00Z', locations: ['hotel', 'hotel', 'hotel'] }), maseForm({ at: '2026-06-02T09:00:00Z', locations: ['hotel', 'hotel', 'incident'] })];
    const profile = problemProfileOf(forms, NOW, 3);
    expect(countOf(profile, 'locationType', 'hotel')).toBe(5);
    expect(countOf(profile, 'locationType', 'incident')).toBe(FEWER_THAN);
    expect(countOf(profile, 'locationType', 'gangBorder')).toBe(0);
  });

  test('each CSE model once per form, whether primary, secondary or third; a form naming none counts as not known', () => {
    const forms = [
      ...times(5, () => maseForm({ at: '2026-06-03T09:00:00Z', models: ['online', 'online', 'county-lines'] })),
      ...times(5, () => maseForm({ at: '2026-06-03T09:00:00Z', models: ['peer-on-peer', 'online'] })),
      ...times(5, () => maseForm({ at: '2026-06-03T09:00:00Z', models: ['notKnown'] })),
      ...times(2, () => maseForm({ at: '2026-06-03T09:00:00Z' })),
    ];
    const profile = problemProfileOf(forms, NOW, 3);
    expect(countOf(profile, 'cseModel', 'online')).toBe(10);
    expect(countOf(profile, 'cseModel', 'county-lines')).toBe(5);
    expect(countOf(profile, 'cseModel', 'peer-on-peer')).toBe(5);
    expect(countOf(profile, 'cseModel', 'notKnown')).toBe(7);
    expect(countOf(profile, 'cseModel', 'familial')).toBe(0);
  });

  test.each([
    ['the age recorded', { age: '12' }, 'under13'],
    ['13', { age: '13' }, '13to15'],
    ['15', { age: '15' }, '13to15'],
    ['16', { age: '16' }, '16to17'],
    ['17', { age: '17' }, '16to17'],
    ['the age before the date of birth', { age: '14', dateOfBirth: '2008-01-01' }, '13to15'],
    ['a date of birth: 13 on the form day itself', { dateOfBirth: '2013-06-10' }, '13to15'],
    ['a date of birth: still 12 the day before the 13th birthday', { dateOfBirth: '2013-06-11' }, 'under13'],
    ['a date of birth making the victim an adult on the form date', { dateOfBirth: '2008-06-01' }, '18orOver'],
    ['neither', {}, 'notKnown'],
  ])('a victim is banded by %s', (_, victim, band) => {
    // 23:30 UTC on 9 June is 00:30 on 10 June in London: the form's day is the 10th.
    const profile = problemProfileOf(times(5, () => maseForm({ at: '2026-06-09T23:30:00Z', victims: [victim] })), NOW, 3);
    expect(countOf(profile, 'ageBand', band)).toBe(5);
    expect(profile.rows.filter((r) => r.dimension === 'ageBand' && r.count !== 0)).toHaveLength(1);
  });

  test('every victim of a form counts in their own band', () => {
    const profile = problemProfileOf(times(5, () => maseForm({ at: '2026-06-04T09:00:00Z', victims: [{ age: '12' }, { age: '16' }, {}] })), NOW, 3);
    expect(['under13', '16to17', 'notKnown'].map((band) => countOf(profile, 'ageBand', band))).toEqual([5, 5, 5]);
  });

  test('small numbers: 1 to 4 are shown as "fewer than 5", 0 and 5 exactly, totals too', () => {
    for (const [n, expected] of [[0, 0], [1, FEWER_THAN], [4, FEWER_THAN], [5, 5], [7, 7]] as const) {
      const profile = problemProfileOf(times(n, () => maseForm({ at: '2026-06-05T09:00:00Z' })), NOW, 3);
      expect(profile.forms).toBe(expected);
      expect(countOf(profile, 'month', '2026-06')).toBe(expected);
    }
  });

  test('forms outside the period are left out; the longer period counts them', () => {
    const forms = [...times(5, () => maseForm({ at: '2026-02-10T09:00:00Z' })), ...times(5, () => maseForm({ at: '2025-06-30T22:00:00Z' }))];
    expect(problemProfileOf(forms, NOW, 3).forms).toBe(0);
    expect(problemProfileOf(forms, NOW, 6).forms).toBe(5);
    // 23:00 BST on 30 June 2025: June 2025, outside the 12 months from July 2025.
    const year = problemProfileOf(forms, NOW, 12);
    expect([year.from, year.forms]).toEqual(['2025-07', 5]);
  });

  test('a form stored by an earlier version of the form counts; one no version can read is left out and counted as unreadable', () => {
    const earlier = times(5, () => {
      const form = maseForm({ at: '2026-06-06T09:00:00Z', themes: ['trafficking'] });
      return { ...form, payload: { ...(form.payload as object), formVersion: 1 } };
    });
    const unreadable = { payload: { formId: maseInformationForm.id, formVersion: 9, schemaVersion: 99, answers: {} }, createdAt: new Date('2026-06-06T09:00:00Z') };
    const profile = problemProfileOf([...earlier, unreadable, { payload: 'not a form', createdAt: new Date('2026-06-06T09:00:00Z') }], NOW, 3);
    expect(profile.forms).toBe(5);
    expect(countOf(profile, 'theme', 'trafficking')).toBe(5);
    expect(profile.unreadable).toBe(2);
  });

  test('nothing personal leaves it: names, dates of birth, addresses, places and notes planted in every field appear nowhere in the result', () => {
    const forms = times(6, (i) => everyFieldForm(`2026-06-0${i + 1}T09:00:00Z`));
    const profile = problemProfileOf(forms, NOW, 12);
    expect(profile.forms).toBe(6);
    const written = JSON.stringify(profile);
    const planted = plantedValues();
    expect(planted.length).toBeGreaterThan(20);
    for (const value of [...planted, ...PERSONAL_TEST_VALUES]) expect(written).not.toContain(value);
    // Only codes: every value is a month, an option, a theme's id or a band.
    for (const row of profile.rows) expect(row.value).toMatch(/^[A-Za-z0-9-]+$/);
  });
});
