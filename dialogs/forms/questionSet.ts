import type { InputView, TextRef } from '../../cards/view';
import type { Answer, FlowDialog, InputErrors } from '../flow';
import { offeredIn } from './conditions';
import { londonClock } from './dates';
import { postedValuesOf, questionInputs } from './fieldInputs';
import { parsePage } from './pageSchema';
import type { Question } from './vocabulary';

/**
 * Questions a journey asks on one of its cards, declared with the form vocabulary (the police flags,
 * the MASE conditions): their card inputs, what their card may post, and the messages for a refused
 * answer are derived exactly as a form page's are, so there is one way to ask a question. The
 * journey's statechart still receives plain answers, checked here before it sees them.
 */

export interface QuestionSet {
  /** The journey's i18n namespace: `<ns>:questions.<id>.label` and `.what`, as a form's. */
  ns: string;
  questions: readonly Question[];
  /**
   * The journey's answers recorded before the card (its context's keys, string answers) that the questions' conditions
   * and `optionsWhen` name: the police flags card's GA and GE, offered only after a crime was alleged.
   */
  answersBefore?: readonly string[];
}

/** The set's card inputs, showing the answers given (a several-of as its list), each with the options offered given them. */
export function questionSetInputs(set: QuestionSet, answers: Readonly<Record<string, string | string[] | undefined>>): InputView[] {
  return set.questions.flatMap((q) => questionInputs(set, offeredIn(q, answers), postedValuesOf(q, answers[q.id])));
}

/** The journey's answers a set's questions name (`answersBefore`), from its stored context. */
function answersBefore(set: QuestionSet, context: Readonly<Record<string, unknown>>): Record<string, string> {
  return Object.fromEntries((set.answersBefore ?? []).flatMap((id) => (typeof context[id] === 'string' ? [[id, context[id]]] : [])));
}

export type QuestionSetResult = { ok: true; inputs: Record<string, string> } | { ok: false; errors: InputErrors; messages: Record<string, TextRef> };

/** What the card posted, checked as a form page is: the answers as the journey records them (a several-of joined by commas), or each problem's message. */
export function checkQuestionSet(set: QuestionSet, posted: unknown, now: Date, earlier: Readonly<Record<string, string>> = {}): QuestionSetResult {
  const parsed = parsePage(set, set.questions, posted ?? {}, { clock: londonClock(now), earlier });
  if (!parsed.ok) {
    const errors: InputErrors = {};
    for (const id of Object.keys(parsed.errors)) errors[id] = 'invalid';
    return { ok: false, errors, messages: parsed.errors };
  }
  return { ok: true, inputs: Object.fromEntries(Object.entries(parsed.answers).map(([id, value]) => [id, Array.isArray(value) ? value.join(',') : value])) };
}

/** The flow with the answers of these types checked by their question sets before its statechart sees them. */
export function withQuestionSets(flow: FlowDialog, sets: Readonly<Record<string, QuestionSet>>): FlowDialog {
  return {
    ...flow,
    async step(journey, answer: Answer, effects) {
      const set = sets[answer.type];
      if (set === undefined) return flow.step(journey, answer, effects);
      const checked = checkQuestionSet(set, answer.inputs, effects?.now ?? new Date(), answersBefore(set, journey.context));
      if (!checked.ok) return { ok: false, reason: 'invalidInput', errors: checked.errors, messages: checked.messages };
      return flow.step(journey, { ...answer, inputs: checked.inputs }, effects);
    },
  };
}
