import { actionSet, adaptiveCard, container, textBlock, toggleAction, type AdaptiveCard, type CardElement } from './adaptive';
import { answeredLine, answeredText, choicesBlock, citationBlock, contactsBlock, heading, problemLine, problemsBlock, say, styledBox, toActions } from './fragments';
import { checkBlock, promptsBlock } from './check';
import { inputsBlock, recordBlock } from './inputs';
import type { StepView, TextRef, Translate } from './view';

/** A summary leads with at most this many numbered steps, in the journey's order; the rest wait behind "Show details". */
export const LEADING_STEPS = 5;
/** The id of a summary's hidden part, which its "Show details" toggles. */
export const DETAILS_ID = 'details';
/** The id of a question's sources and since-2017 notes, which its "Show sources" toggles. */
export const SOURCES_ID = 'sources';

/** One step of a journey: a question with its answers, urgent guidance, or the closing summary. */
export function stepCard(view: StepView, t: Translate): AdaptiveCard {
  const body = view.tone === 'summary' && view.lead !== true ? summaryBody(view, t) : stepBody(view, t);
  // What a screen reader reads first (the web chat reads a card with text boxes from this): the answer given, then the title.
  const spoken = [...(view.answered === undefined ? [] : [answeredText(t, view.answered)]), say(t, view.title)];
  return adaptiveCard(body, toActions(t, view.navigation), spoken.join('. '));
}

function intro(view: StepView, t: Translate, lines: TextRef[]): CardElement[] {
  const items: CardElement[] = [heading(say(t, view.title)), ...lines.map((l) => textBlock(say(t, l)))];
  if (view.progress !== undefined) items.unshift(textBlock(say(t, view.progress), { isSubtle: true, size: 'Small' }));
  return items;
}

const numbered = (t: Translate, steps: TextRef[], from: number): CardElement =>
  textBlock(steps.map((s, i) => `${i + from}. ${say(t, s)}`).join('\n'), { spacing: 'Medium' });

const deadlinesBlock = (view: StepView, t: Translate): CardElement[] => (view.deadlines ?? []).map((d) => textBlock(say(t, d)));

/** What the person is asked to give on this card: the inputs with their problems, check-your-answers, the record-quality prompts. */
function asked(view: StepView, t: Translate): CardElement[] {
  const body: CardElement[] = [];
  if (view.errorSummary !== undefined) body.push(problemLine(say(t, view.errorSummary)));
  body.push(...inputsBlock(t, view.inputs ?? []));
  if (view.check !== undefined) body.push(...checkBlock(t, view.check));
  if (view.prompts !== undefined && view.prompts.length > 0) body.push(promptsBlock(t, view.prompts));
  return body;
}

function contacts(view: StepView, t: Translate): CardElement[] {
  const body = contactsBlock(t, view.contacts ?? []);
  if (view.contactsMissing !== undefined) body.push(textBlock(say(t, view.contactsMissing), { isSubtle: true }));
  return body;
}

/** The answer that led here, when there was one: before anything else, as the reply to the card above it. */
const answered = (view: StepView, t: Translate): CardElement[] => (view.answered === undefined ? [] : [answeredLine(t, view.answered)]);

function stepBody(view: StepView, t: Translate): CardElement[] {
  const body: CardElement[] = answered(view, t);
  if (view.problems !== undefined && view.problems.length > 0) body.push(problemsBlock(t, view.problems));
  if (view.alert !== undefined) body.push(styledBox([textBlock(say(t, view.alert), { weight: 'Bolder' })], 'attention'));
  body.push(view.tone === 'urgent' ? styledBox(intro(view, t, view.lines), 'attention') : container(intro(view, t, view.lines)));
  if (view.steps !== undefined && view.steps.length > 0) body.push(numbered(t, view.steps, 1));
  body.push(...deadlinesBlock(view, t), ...asked(view, t));
  if (view.record !== undefined) body.push(...recordBlock(t, view.record));
  body.push(...choicesBlock(t, view.choices), ...contacts(view, t));
  // 999 guidance shows its sources; a question keeps them one press away, so its answers stay in view.
  body.push(...(view.tone === 'urgent' ? citationBlock(t, view.citations) : hidden(t('common:summary.showSources'), SOURCES_ID, citationBlock(t, view.citations))));
  return body;
}

/** A button that shows these elements in place, and the elements, hidden until it is pressed. */
function hidden(title: string, id: string, items: CardElement[]): CardElement[] {
  if (items.length === 0) return [];
  return [actionSet([toggleAction(title, [id])]), { type: 'Container', id, isVisible: false, items }];
}

/**
 * A summary a person takes in at a glance: 999 first where the journey found danger, the title and its
 * first line, at most five numbered steps, the deadlines, the choices and who to call; then "Show details" opens the
 * rest in place (the other lines, the later steps, what was recorded, the sources and since-2017 notes).
 */
function summaryBody(view: StepView, t: Translate): CardElement[] {
  const steps = view.steps ?? [];
  const [lead, ...rest] = view.lines;
  const first: CardElement[] = answered(view, t);
  if (view.alert !== undefined) first.push(styledBox([textBlock(say(t, view.alert), { weight: 'Bolder' })], 'attention'));
  first.push(container(intro(view, t, lead === undefined ? [] : [lead])));
  if (steps.length > 0) first.push(numbered(t, steps.slice(0, LEADING_STEPS), 1));
  // A time limit missed cannot be made up later: the deadlines stay in view whatever the steps they belong to.
  first.push(...deadlinesBlock(view, t));
  first.push(...asked(view, t), ...choicesBlock(t, view.choices), ...contacts(view, t));
  const later = steps.slice(LEADING_STEPS);
  const details: CardElement[] = [
    ...rest.map((l) => textBlock(say(t, l))),
    ...(later.length > 0 ? [textBlock(t('common:summary.moreSteps'), { weight: 'Bolder' }), numbered(t, later, LEADING_STEPS + 1)] : []),
    ...(view.record === undefined ? [] : recordBlock(t, view.record)),
    ...citationBlock(t, view.citations),
  ];
  return [...first, ...hidden(t('common:summary.showDetails'), DETAILS_ID, details)];
}
