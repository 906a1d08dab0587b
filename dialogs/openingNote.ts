import type { InputView, RecordView, StepView, View } from '../cards/view';
import type { ActiveFlow } from './conversationState.schema';
import type { Answer } from './flow';

/**
 * What a user typed that led them into a journey is their first note. It travels with the running
 * journey (ActiveFlow.openingNote, stored only in the encrypted conversation state, never logged):
 * it is put into the journey's first empty general note box (the officer's own words for the DETS
 * rationale, or a form's "what you saw or heard", such as the Makesafe report's, which a journey's
 * summary hands it on to) for them to keep, change or clear, and shown in the summary unless it went
 * into one of those boxes. A note on one part of the journey (a warning-sign area's) is not one: the
 * note is about the whole, and filed under an area it would read as what was seen in that area. A form
 * whose offer takes it (the concern record) has it in its own words from the journey's summary.
 */

/** The journeys' note boxes, by input id. */
const NOTE_INPUT_IDS = new Set(['note', 'seenOrHeard']);

/** A general note box: a journey's text input, or a form's text field, named as the note boxes are, and not a part's. */
const isNoteBox = (input: InputView): boolean => NOTE_INPUT_IDS.has(input.id) && !(input.kind === 'text' && input.aboutPart === true);

/** An empty general note box's length. */
function noteBoxLength(input: InputView): number | undefined {
  if (!isNoteBox(input) || input.value !== '') return undefined;
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

/** After an answer: once a card with a general note box has been sent, the note is the user's to keep or change there. */
export function afterAnswer(active: ActiveFlow, given: Answer, answered: readonly InputView[]): Pick<ActiveFlow, 'openingNotePlaced'> {
  const sent = new Set(Object.keys(given.inputs ?? {}));
  const placed = active.openingNotePlaced === true || answered.some((input) => sent.has(input.id) && isNoteBox(input));
  return active.openingNote === undefined ? {} : { openingNotePlaced: placed };
}

/**
 * A journey's first card, when it starts with what the user typed before (offered for it, or started from the
 * menu while that offer stood): it says the words are kept, as the offer card does, whichever button started it.
 */
export function toldKept(views: View[]): View[] {
  const at = views.findLastIndex((view) => view.kind === 'step');
  return views.map((view, i) => (i === at && view.kind === 'step' ? { ...view, lines: [...view.lines, { key: 'common:openingNote.kept' }] } : view));
}
