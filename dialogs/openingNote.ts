import type { InputView, RecordView, StepView } from '../cards/view';
import type { ActiveFlow } from './conversationState.schema';
import type { Answer } from './flow';

/**
 * What a user typed that led them into a journey is their first note. It travels with the running
 * journey (ActiveFlow.openingNote, stored only in the encrypted conversation state, never logged):
 * it is put into the journey's first empty note box ("note", or a form's "what you saw or heard", such
 * as the Makesafe report's, which a journey's summary hands it on to) for them to keep, change or
 * clear, and shown in the summary unless it went into one of those boxes.
 */

/** The journeys' note boxes, by input id. */
const NOTE_INPUT_IDS = new Set(['note', 'seenOrHeard']);

/** A note box: a journey's text input, or a form's text field, named as the note boxes are. */
function noteBoxLength(input: InputView): number | undefined {
  if (!NOTE_INPUT_IDS.has(input.id) || input.value !== '') return undefined;
  if (input.kind === 'text') return input.maxLength;
  return input.kind === 'field' && input.control.type === 'text' ? input.control.maxLength : undefined;
}

/** The step with the opening note pre-filled in its first empty note box, and shown in the summary. */
export function withOpeningNote(step: StepView, active: ActiveFlow, isSummary: boolean): StepView {
  const note = active.openingNote;
  if (note === undefined) return step;
  if (active.openingNotePlaced !== true && step.inputs !== undefined) {
    const at = step.inputs.findIndex((input) => noteBoxLength(input) !== undefined);
    const length = step.inputs[at] === undefined ? undefined : noteBoxLength(step.inputs[at]);
    if (length !== undefined) {
      const inputs = step.inputs.map((input, i) => (i === at ? { ...input, value: note.slice(0, length) } : input));
      return { ...step, inputs };
    }
  }
  if (!isSummary || active.openingNotePlaced === true) return step;
  const shown = { heading: { key: 'common:openingNote.label' }, text: note };
  const record: RecordView = step.record === undefined
    ? { heading: { key: 'common:openingNote.heading' }, items: [], notes: [shown], empty: { key: 'common:openingNote.heading' } }
    : { ...step.record, notes: [shown, ...step.record.notes] };
  return { ...step, record };
}

/** After an answer: once a card with a note box has been sent, the note is the user's to keep or change there. */
export function afterAnswer(active: ActiveFlow, given: Answer): Pick<ActiveFlow, 'openingNotePlaced'> {
  const placed = active.openingNotePlaced === true || Object.keys(given.inputs ?? {}).some((id) => NOTE_INPUT_IDS.has(id));
  return active.openingNote === undefined ? {} : { openingNotePlaced: placed };
}
