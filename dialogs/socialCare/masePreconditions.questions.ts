import { MASE_PRECONDITIONS, type MasePrecondition } from '../../machines/socialCareFirstSteps.machine';
import type { QuestionSet } from '../forms/questionSet';
import type { OptionList, Question } from '../forms/vocabulary';

/**
 * The conditions before a case goes to MASE (Section 7), as questions of the form vocabulary: each
 * one of met, not yet, or not known, with its own words for "met" ("Followed", "Held"). None is
 * required: a condition left unanswered is recorded as not known, never as met. Labels and messages
 * are `socialCare:questions.<id>`; the option labels `forms:options.<list>.<value>`.
 */

const SOURCE = 'Section 7: Multi-Agency Sexual Exploitation meeting (MASE) – before a case is discussed ("must have followed existing child protection procedures", "must have been subject to a strategy meeting/discussion", "should have a corresponding police CSE CRIS number")';

const LIST_OF: Record<MasePrecondition, string> = { cpProcedures: 'maseCpProcedures', strategyMeeting: 'maseStrategyMeeting', crisNumber: 'maseCrisNumber' };

export const masePreconditionOptions: readonly OptionList[] = MASE_PRECONDITIONS.map((id) => ({ id: LIST_OF[id], values: ['met', 'notMet', 'notKnown'], source: SOURCE }));

const question = (id: MasePrecondition, options: OptionList): Question => ({ id, kind: 'oneOf', options, required: false, source: SOURCE });

export const masePreconditionQuestions: QuestionSet = {
  ns: 'socialCare',
  questions: MASE_PRECONDITIONS.flatMap((id) => {
    const options = masePreconditionOptions.find((list) => list.id === LIST_OF[id]);
    return options === undefined ? [] : [question(id, options)];
  }),
};
