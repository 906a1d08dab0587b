import { renderView } from '../../../cards/render';
import type { InputView, StepView, Translate } from '../../../cards/view';
import { questionsOf } from '../../../dialogs/forms/conditions';
import { postedValuesOf, questionInputs } from '../../../dialogs/forms/fieldInputs';
import { messageOf } from '../../../dialogs/forms/messages';
import { cardProblems } from '../../support/adaptiveCards';
import { sampleForm, sampleT } from '../../support/sampleForm';

/** Every kind of question becomes a valid Adaptive Cards 1.5 input: labelled, required ones marked, hint and problem shown. */

let t: Translate;
beforeAll(async () => {
  ({ t } = await sampleT());
});

const step = (inputs: InputView[], problems?: StepView['problems']): StepView => ({ kind: 'step', tone: 'question', title: { key: 'sampleForm:title' }, progress: { key: 'forms:field.time', refs: { label: { key: 'sampleForm:title' } } }, lines: [], inputs, ...(problems === undefined ? {} : { problems }), choices: [], citations: [], navigation: [] });
const everyQuestion = sampleForm.pages.flatMap(questionsOf);

describe('form question inputs', () => {
  it('every page renders as a valid card, empty and with a problem beside every input', () => {
    for (const page of sampleForm.pages) {
      const questions = questionsOf(page);
      expect(cardProblems(renderView(step(questions.flatMap((q) => questionInputs(sampleForm, q, {}))), t))).toEqual([]);
      const errors = questions.map((q) => messageOf(sampleForm, q, 'required'));
      const withErrors = questions.flatMap((q, i) => questionInputs(sampleForm, q, {}, errors[i]));
      expect(cardProblems(renderView(step(withErrors, errors), t))).toEqual([]);
    }
  });

  it('draws each kind as the input Adaptive Cards offers for it', () => {
    const card = JSON.stringify(renderView(step(everyQuestion.flatMap((q) => questionInputs(sampleForm, q, {}))), t));
    for (const expected of ['"type":"Input.Date","value":"","id":"in.dateOfBirth"', '"type":"Input.Time","value":"","id":"in.seenAt"', '"id":"in.foundAt.time"', '"type":"Input.Number","id":"in.age"', '"style":"tel"', '"style":"email"', '"isMultiSelect":true', '"style":"compact"', '"label":"Name (required)"', '"errorMessage":"Enter the child\'s name"', 'For example, 27/3/2012']) {
      expect(card).toContain(expected);
    }
  });

  it('asks the host to check nothing before it sends: Save for later sends a half-filled page, and an empty optional age is no number out of range', () => {
    const card = JSON.stringify(renderView(step(everyQuestion.flatMap((q) => questionInputs(sampleForm, q, {}))), t));
    expect(card).not.toContain('"isRequired":true');
    expect(card).not.toMatch(/"(?:min|max)":/);
  });

  it('keeps the values given: stored answers as the inputs post them, and nothing a picker cannot show', () => {
    const values = { dateOfBirth: '2012-03-27', age: '14', colours: 'red,blue', seenAt: 'half two' };
    const inputs = everyQuestion.flatMap((q) => questionInputs(sampleForm, q, values));
    const valueOf = (id: string) => inputs.find((i) => i.id === id)?.value;
    expect([valueOf('dateOfBirth'), valueOf('age'), valueOf('colours'), valueOf('seenAt')]).toEqual(['2012-03-27', '14', 'red,blue', '']);
  });

  it('posts a date and time as two inputs and a multi-select as "a,b"', () => {
    const foundAt = everyQuestion.find((q) => q.id === 'foundAt');
    const colours = everyQuestion.find((q) => q.id === 'colours');
    if (foundAt === undefined || colours === undefined) throw new Error('sample form changed');
    expect(postedValuesOf(foundAt, '2026-12-03T23:00')).toEqual({ foundAt: '2026-12-03', 'foundAt.time': '23:00' });
    expect(postedValuesOf(colours, ['red', 'blue'])).toEqual({ colours: 'red,blue' });
  });

  it('puts "There is a problem" and each message at the top of the card', () => {
    const name = everyQuestion[0];
    if (name === undefined) throw new Error('sample form changed');
    const error = messageOf(sampleForm, name, 'required');
    const card = renderView(step(questionInputs(sampleForm, name, {}, error), [error]), t);
    expect(JSON.stringify(card.body[0])).toContain('There is a problem');
    expect(JSON.stringify(card.body[0])).toContain("Enter the child's name");
  });
});
