import { openStored, storedPayloadSchema } from '../../../dialogs/forms/storedSchema';
import { sampleForm } from '../../support/sampleForm';

/** What is stored: normalised answers only, checked on the way in and out; an older schemaVersion still opens. */

const payload = { formId: 'form.sample', formVersion: 1, schemaVersion: 2, answers: { name: 'Fictional Child A', dateOfBirth: '2012-03-27', setting: 'school', colours: ['red'], places: [{ place: 'A fictional park' }] } };

describe('the stored payload', () => {
  it('accepts answers in their stored shape', () => {
    expect(storedPayloadSchema(sampleForm).safeParse(payload).success).toBe(true);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown question', { ...payload.answers, shoeSize: '5' }],
    ['a date as typed, not ISO', { ...payload.answers, dateOfBirth: '27/03/2012' }],
    ['a value not in its option list', { ...payload.answers, setting: 'castle' }],
    ['an age outside its limits', { ...payload.answers, age: '18' }],
    ['too many group items', { ...payload.answers, places: [{ place: 'a' }, { place: 'b' }, { place: 'c' }, { place: 'd' }] }],
    ['a postcode not normalised', { ...payload.answers, postcode: 'zz1a1zz' }],
  ])('refuses %s', (_name, answers) => {
    expect(storedPayloadSchema(sampleForm).safeParse({ ...payload, answers }).success).toBe(false);
  });

  it('refuses another form, or another schemaVersion', () => {
    expect(storedPayloadSchema(sampleForm).safeParse({ ...payload, formId: 'form.other' }).success).toBe(false);
    expect(storedPayloadSchema(sampleForm).safeParse({ ...payload, schemaVersion: 1 }).success).toBe(false);
  });
});

describe('opening a stored submission', () => {
  it('opens one at the current schemaVersion as it was stored', () => {
    expect(openStored(sampleForm, payload)).toEqual(payload);
  });

  it('brings one stored at an older schemaVersion forward through the migration map', () => {
    const older = { ...payload, schemaVersion: 1, answers: { ...payload.answers, setting: 'college' } };
    expect(openStored(sampleForm, older)).toEqual({ ...payload, answers: { ...payload.answers, setting: 'school' } });
  });

  it('does not open one from a newer schemaVersion, one with no migration, or one that is not a payload', () => {
    expect(openStored(sampleForm, { ...payload, schemaVersion: 3 })).toBeUndefined();
    expect(openStored({ ...sampleForm, migrations: {} }, { ...payload, schemaVersion: 1 })).toBeUndefined();
    expect(openStored(sampleForm, 'not a payload')).toBeUndefined();
  });
});
