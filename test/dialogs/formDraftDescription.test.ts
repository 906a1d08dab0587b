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
  const describe = flow.describe.bind(flow);
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
      for (const id of form.describedBy ?? []) {
        const question = form.pages.flatMap(questionsOf).find((q) => q.id === id);
        if (question === undefined) throw new Error(`${form.id} is described by ${id}, which it does not ask`);
        expect({ form: form.id, label: say(t, labelOf(form, question)) }).not.toEqual({ form: form.id, label: expect.stringMatching(/\?$/) });
      }
    }
  });

  it('never by a personal question, nor a question it does not ask, for any form', () => {
    for (const form of FORM_DEFINITIONS) {
      for (const id of form.describedBy ?? []) {
        const described = form.pages.flatMap(questionsOf).find((q) => q.id === id);
        expect({ form: form.id, id, asked: described !== undefined, personal: described?.personal === true }).toEqual({ form: form.id, id, asked: true, personal: false });
      }
    }
  });
});
