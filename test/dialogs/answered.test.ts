import { pressedAnswer, withAnswered } from '../../dialogs/answered';
import type { StepBody } from '../../dialogs/flow';
import type { NoticeView, StepView } from '../../cards/view';

/** Which press is shown as the answer given, and where the line goes. */

const asking: StepBody = {
  tone: 'question',
  title: { key: 'referral:askingDanger.title' },
  lines: [],
  citations: [],
  choices: [
    { label: { key: 'common:answer.yes' }, answer: { type: 'answer.danger', value: 'yes' } },
    { label: { key: 'common:answer.no' }, answer: { type: 'answer.danger', value: 'no' } },
  ],
};
const withInputs: StepBody = {
  ...asking,
  inputs: [{ kind: 'text', id: 'note', label: { key: 'referral:recordingSigns.note' }, value: '', maxLength: 100, errorKey: 'errors:referral.note' }],
  choices: [{ label: { key: 'referral:recordingSigns.next' }, answer: { type: 'answer.checklist' } }],
};

describe('the answer a press gave', () => {
  it('is the words of the button pressed on a card that asks with buttons alone', () => {
    expect(pressedAnswer(asking, { type: 'answer.danger', value: 'no' })).toEqual({ key: 'common:answer.no' });
    expect(pressedAnswer(asking, { type: 'answer.danger', value: 'yes', inputs: {} })).toEqual({ key: 'common:answer.yes' });
  });

  it('is none for a press that is not one of the card’s answers', () => {
    expect(pressedAnswer(asking, { type: 'answer.danger', value: 'notSure' })).toBeUndefined();
    expect(pressedAnswer(asking, { type: 'answer.role', value: 'no' })).toBeUndefined();
  });

  it('is none for "Next" under inputs or an answer with no value: what was given is in the inputs', () => {
    expect(pressedAnswer(withInputs, { type: 'answer.checklist', inputs: { note: 'A fictional note' } })).toBeUndefined();
    expect(pressedAnswer({ ...withInputs, choices: [{ label: { key: 'common:answer.no' }, answer: { type: 'answer.checklist', value: 'no' } }] }, { type: 'answer.checklist', value: 'no' })).toBeUndefined();
  });
});

describe('where it is shown', () => {
  const next: StepView = { kind: 'step', tone: 'question', title: { key: 'referral:recordingSigns.title' }, lines: [], choices: [], citations: [], navigation: [] };
  const notice: NoticeView = { kind: 'notice', tone: 'info', safetyLine: true, title: { key: 'notices:staleCard.title' }, lines: [], actions: [] };

  it('opens the first card the answer led to, and only that one', () => {
    expect(withAnswered([next, next], { key: 'common:answer.no' })).toEqual([{ ...next, answered: { key: 'common:answer.no' } }, next]);
  });

  it('leaves the views as they are with no answer, or when the first is not a journey’s card', () => {
    expect(withAnswered([next], undefined)).toEqual([next]);
    expect(withAnswered([notice, next], { key: 'common:answer.no' })).toEqual([notice, next]);
  });
});
