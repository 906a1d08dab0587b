import { childIdentityOf, sameChild } from '../../../dialogs/forms/childIdentity';
import { FORM_DEFINITIONS } from '../../../dialogs/forms';

/** Who a record is about, for the lead's chronology: the child's name and date of birth, both needed. Fictional values. */

const concernRecord = FORM_DEFINITIONS.find((d) => d.id === 'form.concernRecord');
if (concernRecord === undefined) throw new Error('no concern record');

describe('childIdentityOf', () => {
  it('reads the name (without case or extra spaces) and the date of birth', () => {
    expect(childIdentityOf(concernRecord, { childName: '  Test   Child A ', dateOfBirth: '2012-03-27' })).toEqual({ name: 'test child a', dateOfBirth: '2012-03-27' });
  });

  it.each([
    ['no date of birth', { childName: 'Test Child A' }],
    ['an empty name', { childName: ' ', dateOfBirth: '2012-03-27' }],
    ['neither', {}],
  ])('%s: nobody to match', (_name, answers) => {
    expect(childIdentityOf(concernRecord, answers)).toBeUndefined();
  });

  it('matches the same name and date of birth only', () => {
    const a = { name: 'test child a', dateOfBirth: '2012-03-27' };
    expect(sameChild(a, { ...a })).toBe(true);
    expect(sameChild(a, { ...a, dateOfBirth: '2012-03-28' })).toBe(false);
    expect(sameChild(a, { ...a, name: 'test child b' })).toBe(false);
  });

  it('every form with a child name and date of birth outside a group is matched by them; MASE victims (a group) are not', () => {
    const matched = FORM_DEFINITIONS.filter((d) => childIdentityOf(d, { childName: 'x', dateOfBirth: '2012-03-27', name: 'x' }) !== undefined).map((d) => d.id);
    expect(matched).toEqual(expect.arrayContaining(['form.concernRecord', 'form.outOfBoroughNotification']));
    expect(matched).not.toContain('form.maseInformation');
  });
});
