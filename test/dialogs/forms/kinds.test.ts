import { say } from '../../../cards/fragments';
import type { Translate } from '../../../cards/view';
import { questionsOf } from '../../../dialogs/forms/conditions';
import { parsePage, type PageContext } from '../../../dialogs/forms/pageSchema';
import { sampleForm, sampleT } from '../../support/sampleForm';

/** Every kind's boundaries and refusals, with the exact message a person reads (GOV.UK style). */

let t: Translate;
beforeAll(async () => {
  ({ t } = await sampleT());
});

const clock = { today: '2026-12-04', nowLocal: '2026-12-04T12:00' };
const page = (id: string) => {
  const found = sampleForm.pages.find((p) => p.id === id);
  if (found === undefined) throw new Error(id);
  return questionsOf(found);
};
const CHILD = { name: 'Fictional Child A', setting: 'school' };
const EVENT = { known: 'no' };

function run(pageId: string, posted: Record<string, unknown>, earlier: PageContext['earlier'] = {}) {
  const result = parsePage(sampleForm, page(pageId), posted, { clock, earlier });
  return result.ok ? { answers: result.answers } : { errors: Object.fromEntries(Object.entries(result.errors).map(([id, ref]) => [id, say(t, ref)])) };
}

describe('accepted, and stored normalised', () => {
  it.each<[string, string, Record<string, string>, string | string[]]>([
    ['child', 'dateOfBirth', { dateOfBirth: '27/03/2012' }, '2012-03-27'],
    ['child', 'dateOfBirth', { dateOfBirth: '7/3/12' }, '2012-03-07'],
    ['child', 'dateOfBirth', { dateOfBirth: '7/3/2012' }, '2012-03-07'],
    ['child', 'dateOfBirth', { dateOfBirth: '2012-03-07' }, '2012-03-07'],
    ['child', 'dateOfBirth', { dateOfBirth: '4/12/26' }, '2026-12-04'],
    ['child', 'dateOfBirth', { dateOfBirth: '29/02/2012' }, '2012-02-29'],
    ['child', 'dateOfBirth', { dateOfBirth: '5/12/2008' }, '2008-12-05'],
    ['child', 'age', { age: '0' }, '0'],
    ['child', 'age', { age: ' 17 ' }, '17'],
    ['event', 'seenOn', { seenOn: '4/12/26' }, '2026-12-04'],
    ['event', 'seenOn', { seenOn: '1/1/99' }, '1999-01-01'],
    ['event', 'seenAt', { seenAt: '14:30' }, '14:30'],
    ['event', 'seenAt', { seenAt: '2.30pm' }, '14:30'],
    ['event', 'seenAt', { seenAt: '1430' }, '14:30'],
    ['event', 'seenAt', { seenAt: '12am' }, '00:00'],
    ['event', 'seenAt', { seenAt: '12.05 p.m.' }, '12:05'],
    ['event', 'seenAt', { seenAt: '930' }, '09:30'],
    ['event', 'foundAt', { foundAt: '2026-12-04', 'foundAt.time': '11:59' }, '2026-12-04T11:59'],
    ['event', 'foundAt', { foundAt: '3/12/26', 'foundAt.time': '11pm' }, '2026-12-03T23:00'],
    ['event', 'colours', { colours: 'red,blue' }, ['red', 'blue']],
    ['event', 'colours', { colours: 'red, red' }, ['red']],
    ['event', 'account', { account: 'x'.repeat(50) }, 'x'.repeat(50)],
    ['event', 'known', { known: 'yes', worker: 'Fictional Worker B' }, 'yes'],
    ['contact', 'postcode', { postcode: 'zz1a1zz' }, 'ZZ1A 1ZZ'],
    ['contact', 'postcode', { postcode: ' zz9  9zz ' }, 'ZZ9 9ZZ'],
    ['contact', 'phone', { phone: '01632 960 001' }, '01632960001'],
    ['contact', 'phone', { phone: '+44 1632 960001' }, '+441632960001'],
    ['contact', 'phone', { phone: '07700-900982' }, '07700900982'],
    ['contact', 'email', { email: ' name@example.com ' }, 'name@example.com'],
  ])('%s.%s %j', (pageId, id, posted, stored) => {
    const base = pageId === 'child' ? CHILD : pageId === 'event' ? EVENT : {};
    expect(run(pageId, { ...base, ...posted })).toEqual({ answers: expect.objectContaining({ [id]: stored }) });
  });
});

describe('refused, with the message beside the question', () => {
  it.each<[string, Record<string, unknown>, Record<string, string>]>([
    ['child', { setting: 'school' }, { name: "Enter the child's name" }],
    ['child', { name: 'Fictional Child A' }, { setting: 'Select the setting' }],
    ['child', { ...CHILD, setting: 'castle' }, { setting: 'Setting must be one of the choices given' }],
    ['child', { ...CHILD, name: 'x'.repeat(201) }, { name: 'Name must be 200 characters or fewer' }],
    ['child', { ...CHILD, dateOfBirth: '31/02/2012' }, { dateOfBirth: 'Date of birth must be a real date' }],
    ['child', { ...CHILD, dateOfBirth: '2012-13-01' }, { dateOfBirth: 'Date of birth must be a real date' }],
    ['child', { ...CHILD, dateOfBirth: 'last spring' }, { dateOfBirth: 'Date of birth must be a real date' }],
    ['child', { ...CHILD, dateOfBirth: '5/12/2026' }, { dateOfBirth: 'Date of birth must be in the past' }],
    ['child', { ...CHILD, dateOfBirth: '4/12/2008' }, { dateOfBirth: 'Date of birth must be for a child aged 0 to 17' }],
    ['child', { ...CHILD, age: '18' }, { age: 'Age must be a number between 0 and 17' }],
    ['child', { ...CHILD, age: '-1' }, { age: 'Age must be a number between 0 and 17' }],
    ['child', { ...CHILD, age: '14.5' }, { age: 'Age must be a number between 0 and 17' }],
    ['child', { ...CHILD, age: 'fourteen' }, { age: 'Age must be a number between 0 and 17' }],
    ['child', { ...CHILD, dateOfBirth: '27/3/2012', age: '12' }, { age: 'Age does not match the date of birth: check both' }],
    ['child', { ...CHILD, name: 42 }, { name: 'Name could not be read: enter it again' }],
    ['event', {}, { known: 'Select whether the child is known to children’s social care' }],
    ['event', { known: 'maybe' }, { known: 'Select whether the child is known to children’s social care' }],
    ['event', { ...EVENT, seenOn: '5/12/2026' }, { seenOn: 'Date seen must be today or in the past' }],
    ['event', { ...EVENT, seenAt: '25:00' }, { seenAt: 'Time seen must be a real time, like 14:30 or 2.30pm' }],
    ['event', { ...EVENT, seenAt: '13pm' }, { seenAt: 'Time seen must be a real time, like 14:30 or 2.30pm' }],
    ['event', { ...EVENT, seenAt: '14' }, { seenAt: 'Time seen must be a real time, like 14:30 or 2.30pm' }],
    ['event', { ...EVENT, foundAt: '2026-12-04' }, { foundAt: 'Found must include a time' }],
    ['event', { ...EVENT, 'foundAt.time': '10:00' }, { foundAt: 'Found must be a real date' }],
    ['event', { ...EVENT, foundAt: '2026-12-04', 'foundAt.time': '12:01' }, { foundAt: 'Found: the time is later than now. Check the time' }],
    ['event', { ...EVENT, colours: 'red,black' }, { colours: 'Colours must be one of the choices given' }],
    ['event', { ...EVENT, account: 'x'.repeat(51) }, { account: 'What was said must be 50 characters or fewer' }],
    ['contact', { postcode: 'SW1A' }, { postcode: 'Enter a postcode in the correct format, like SW1A 1AA' }],
    ['contact', { postcode: '12345' }, { postcode: 'Enter a postcode in the correct format, like SW1A 1AA' }],
    ['contact', { phone: '1632 960 001' }, { phone: 'Enter a phone number, like 01632 960 001' }],
    ['contact', { phone: '01632 960' }, { phone: 'Enter a phone number, like 01632 960 001' }],
    ['contact', { phone: '+1 202 555 0100' }, { phone: 'Enter a phone number, like 01632 960 001' }],
    ['contact', { phone: 'call me' }, { phone: 'Enter a phone number, like 01632 960 001' }],
    ['contact', { email: 'name@example' }, { email: 'Enter an email address in the correct format, like name@example.com' }],
    ['contact', { email: 'name example.com' }, { email: 'Enter an email address in the correct format, like name@example.com' }],
  ])('%s %j', (pageId, posted, errors) => {
    expect(run(pageId, posted)).toEqual({ errors });
  });

  it('reports every problem on the page at once, in the page order', () => {
    expect(run('child', { dateOfBirth: '31/02/2012', age: '40' })).toEqual({
      errors: { name: "Enter the child's name", dateOfBirth: 'Date of birth must be a real date', age: 'Age must be a number between 0 and 17', setting: 'Select the setting' },
    });
  });

  it('refuses a posted body that is not a set of inputs, on the first question', () => {
    const result = parsePage(sampleForm, page('child'), 'not an object', { clock, earlier: {} });
    expect(result.ok ? {} : Object.keys(result.errors)).toEqual(['name']);
  });
});

describe('conditions and cross-checks', () => {
  it('refuses an answer to a question the answer above it on the card does not ask, and takes it where asked', () => {
    expect(Object.keys(run('event', { known: 'no', worker: 'Fictional Worker B' }))).toEqual(['errors']);
    expect(run('event', { known: 'no' })).toEqual({ answers: { known: 'no' } });
    expect(run('event', { known: 'yes', worker: 'Fictional Worker B' })).toEqual({ answers: { known: 'yes', worker: 'Fictional Worker B' } });
  });

  it('checks an age against a date of birth given on an earlier page', () => {
    const questions = page('child').filter((q) => q.id === 'age');
    const result = parsePage(sampleForm, questions, { age: '13' }, { clock, earlier: { dateOfBirth: '2012-03-27' } });
    expect(result.ok).toBe(false);
    expect(parsePage(sampleForm, questions, { age: '14' }, { clock, earlier: { dateOfBirth: '2012-03-27' } })).toEqual({ ok: true, answers: { age: '14' } });
  });

  it('leaves optional questions out when blank', () => {
    expect(run('contact', { postcode: '  ', phone: '', email: '' })).toEqual({ answers: {} });
  });
});
