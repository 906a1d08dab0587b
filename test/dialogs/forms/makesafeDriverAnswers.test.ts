import type { Translate } from '../../../cards/view';
import { plain } from '../../../dialogs/forms/display';
import { makesafeReadOut } from '../../../dialogs/forms/makesafeReadOut';
import { makesafeReportForm as form } from '../../../dialogs/forms/makesafeReport.form';
import { qualityPrompts } from '../../../dialogs/forms/quality';
import { postPage } from '../../support/formPage';
import { strictT } from '../../support/i18n';

/**
 * Issue 8, the eighth exploratory test: answers a taxi driver or receptionist can honestly give. A child "travelling alone"
 * beside an adult listed with them is refused beside the sign; an age guessed at 18 or 19 is taken, with a hint that anyone
 * who may be under 18 counts, and read out as a guess; an adult's name heard, with no description, is taken, and a short
 * name is not called initials. Every name is fictional.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const TAXI = { premisesType: 'taxi' };
const AN_ADULT = { adults: [{ adultDescription: 'Man in his forties, grey beard' }] };
const SEEN = { seenOrHeard: 'Picked up outside the station at 11pm.' };

describe('"A child travelling alone" beside an adult listed with the child', () => {
  // The adults' page asks for "each adult who was with the child or children": one listed contradicts "alone".
  it.each(['signsSeenTaxi', 'signsNotSureTaxi'])('is refused beside %s, the other answers kept', (id) => {
    const posted = postPage(form, 'seen', { ...SEEN, [id]: 'taxi-travelling-alone' }, t, { ...TAXI, ...AN_ADULT });
    expect(posted).toEqual({ errors: { [id]: expect.stringContaining('A child travelling alone') } });
    if ('errors' in posted) expect(posted.errors[id]).toContain('adult');
  });

  it('is taken when no adult is listed', () => {
    expect(postPage(form, 'seen', { ...SEEN, signsSeenTaxi: 'taxi-travelling-alone' }, t, TAXI)).toEqual({ answers: { ...SEEN, signsSeenTaxi: ['taxi-travelling-alone'] } });
  });

  it('is noted before submitting when an adult is added after it was ticked', () => {
    const keys = qualityPrompts(form, { ...TAXI, ...AN_ADULT, signsSeenTaxi: ['taxi-travelling-alone'] }).map((ref) => ref.key);
    expect(keys).toContain('makesafeReport:quality.aloneWithAdult');
    expect(qualityPrompts(form, { ...TAXI, signsSeenTaxi: ['taxi-travelling-alone'] }).map((ref) => ref.key)).not.toContain('makesafeReport:quality.aloneWithAdult');
  });
});

describe("a child's age as a guess", () => {
  it.each(['18', '19', '20'])('takes %s, a guess at someone who may be under 18', (age) => {
    expect(postPage(form, 'children', { childAge: age, childDescription: 'Girl in school uniform' }, t)).toEqual({ answers: { childAge: age, childDescription: 'Girl in school uniform' } });
  });

  it('refuses 21 and over, saying why', () => {
    const posted = postPage(form, 'children', { childAge: '21', childDescription: 'Tall' }, t);
    expect(posted).toEqual({ errors: { childAge: 'Age must be a number between 0 and 20' } });
  });

  it('hints that anyone who may be under 18 counts as a child', () => {
    expect(t('makesafeReport:questions.childAge.hint')).toContain('under 18');
    expect(t('makesafeReport:questions.childAge.hint')).toMatch(/18 or 19|may be under 18/);
  });

  it('is read out to the call handler as a guess', () => {
    const lines = makesafeReadOut({ ...TAXI, children: [{ childAge: '18', childDescription: 'Girl in school uniform' }] }, form).map((ref) => plain(t, ref));
    expect(lines).toContain('Age: looks about 18');
  });
});

describe("an adult's name heard", () => {
  it('is taken alone, with no description', () => {
    expect(postPage(form, 'adults', { adultName: 'Dee' }, t)).toEqual({ answers: { adultName: 'Dee' } });
  });

  it('is not called initials when it is a short name, and is when it is initials', () => {
    const keys = (adultName: string) => qualityPrompts(form, { adults: [{ adultName }] }).map((ref) => ref.key);
    expect(keys('Dee')).not.toContain('forms:quality.initialsOnly');
    expect(keys('Jo')).not.toContain('forms:quality.initialsOnly');
    for (const initials of ['D.K.', 'DK', 'J K', 'J']) expect(keys(initials)).toContain('forms:quality.initialsOnly');
  });
});
