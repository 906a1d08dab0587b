import { FORM_DEFINITIONS, FORM_FLOWS } from '../../dialogs/forms';
import { say } from '../../cards/fragments';
import { questionsOf } from '../../dialogs/forms/conditions';
import { labelOf } from '../../dialogs/forms/messages';
import { strictT } from '../support/i18n';

/** A form's draft is told apart by its describing answer: its first words, never a personal answer. */
describe('a form draft described', () => {
  const definition = FORM_DEFINITIONS.find((d) => d.id === 'form.outOfBoroughNotification');
  const flow = FORM_FLOWS.find((f) => f.id === 'form.outOfBoroughNotification');
  if (definition === undefined || flow?.describe === undefined) throw new Error('the notification form describes its drafts');
  const NOW = new Date('2026-12-04T10:00:00Z');
  const describe = (journey: Parameters<typeof flow.describe>[0]) => flow.describe?.(journey, NOW) ?? [];
  const journey = (answers: Record<string, string>) => ({ ...flow.start(), context: { ...flow.start().context, answers } });

  it('by the label and the answer, in the order the form declares them', () => {
    expect(describe(journey({ hostAuthority: 'Imaginary County Council' }))).toEqual([
      { id: 'hostAuthority', label: { key: 'outOfBoroughNotification:questions.hostAuthority.label' }, value: { key: 'forms:answers.asTyped', values: { value: 'Imaginary County Council' } } },
      { id: 'hostBorough', label: { key: 'outOfBoroughNotification:questions.hostBorough.label' } },
    ]);
  });

  it('by its first words only', () => {
    const long = 'Imaginary County Council children and families service, placements team north';
    const [first] = describe(journey({ hostAuthority: long }));
    expect(first?.value?.values?.['value']).toBe('Imaginary County Council children and…');
  });

  it('with no value before the describing question is answered', () => {
    expect(describe(journey({})).map((fact) => fact.value)).toEqual([undefined, undefined]);
  });

  it('by a label that reads before a colon, for any form (not a question: "Where does the child live?: …")', async () => {
    const t = await strictT();
    for (const form of FORM_DEFINITIONS) {
      for (const id of (form.describedBy ?? []).filter((d) => typeof d === 'string')) {
        const question = form.pages.flatMap(questionsOf).find((q) => q.id === id);
        if (question === undefined) throw new Error(`${form.id} is described by ${id}, which it does not ask`);
        expect({ form: form.id, label: say(t, labelOf(form, question)) }).not.toEqual({ form: form.id, label: expect.stringMatching(/\?$/) });
      }
    }
  });

  it('never by a personal question, nor a question it does not ask, for any form', () => {
    for (const form of FORM_DEFINITIONS) {
      for (const id of (form.describedBy ?? []).filter((d) => typeof d === 'string')) {
        const described = form.pages.flatMap(questionsOf).find((q) => q.id === id);
        expect({ form: form.id, id, asked: described !== undefined, personal: described?.personal === true }).toEqual({ form: form.id, id, asked: true, personal: false });
      }
    }
  });
});

/** Issue 8, RHI drafts: two children missing at the same time are told apart by age in years, never the date of birth. */
describe('a form draft described by the child\'s age', () => {
  const flow = FORM_FLOWS.find((f) => f.id === 'form.returnHomeInterview');
  if (flow?.describe === undefined) throw new Error('the return home interview describes its drafts');
  const journey = (answers: Record<string, string>) => ({ ...flow.start(), context: { ...flow.start().context, answers } });
  const ageOf = (answers: Record<string, string>, now: string) => flow.describe?.(journey(answers), new Date(now)).find((f) => f.id === 'ageFrom.dateOfBirth');

  it('in whole years on the day it is listed, in London', () => {
    expect(ageOf({ dateOfBirth: '2012-03-27' }, '2026-12-04T10:00:00Z')).toEqual({ id: 'ageFrom.dateOfBirth', label: { key: 'notices:drafts.childAge' }, value: { key: 'notices:drafts.ageInYears', values: { years: 14 } } });
    expect(ageOf({ dateOfBirth: '2012-03-27' }, '2027-03-26T23:30:00Z')?.value?.values?.['years']).toBe(14);
    // 00:30 on 27 March 2027 in London (summer time) is the birthday, though it is still 26 March in UTC.
    expect(ageOf({ dateOfBirth: '2012-03-27' }, '2027-03-26T23:30:00Z')?.value?.values?.['years']).toBe(14);
    expect(ageOf({ dateOfBirth: '2012-03-27' }, '2027-03-27T00:30:00Z')?.value?.values?.['years']).toBe(15);
  });

  it('not given yet without a date of birth, and never the date itself', async () => {
    expect(ageOf({}, '2026-12-04T10:00:00Z')?.value).toBeUndefined();
    const t = await strictT();
    const fact = ageOf({ dateOfBirth: '2012-03-27' }, '2026-12-04T10:00:00Z');
    const words = `${say(t, fact?.label ?? { key: 'missing' })}: ${say(t, fact?.value ?? { key: 'missing' })}`;
    expect(words).toBe("The child's age: 14");
  });
});
