import type { InputView, RecordView, StepView } from '../cards/view';
import type { ActiveFlow } from './conversationState.schema';
import type { Answer } from './flow';

/**
 * What a user typed that led them into a journey is their first note. It travels with the running
 * journey (ActiveFlow.openingNote, stored only in the encrypted conversation state, never logged):
 * it is put into the journey's first empty note box ("note", or Makesafe's "what was seen or heard")
 * for them to keep, change or clear, and shown in the summary unless it went into one of those boxes.
 */

/** The journeys' note boxes, by input id. */
const NOTE_INPUT_IDS = new Set(['note', 'seenOrHeard']);

const isNoteBox = (input: InputView): boolean => input.kind === 'text' && NOTE_INPUT_IDS.has(input.id);

/** The step with the opening note pre-filled in its first empty note box, and shown in the summary. */
export function withOpeningNote(step: StepView, active: ActiveFlow, isSummary: boolean): StepView {
  const note = active.openingNote;
  if (note === undefined) return step;
  if (active.openingNotePlaced !== true && step.inputs !== undefined) {
    const at = step.inputs.findIndex((input) => isNoteBox(input) && input.kind === 'text' && input.value === '');
    if (at >= 0) {
      const inputs = step.inputs.map((input, i) => (i === at && input.kind === 'text' ? { ...input, value: note.slice(0, input.maxLength) } : input));
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
