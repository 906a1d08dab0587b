import { actionSet, container, factSet, submitAction, textBlock, type CardAction, type CardElement } from './adaptive';
import type { ActionView, CitationView, ContactView, TextRef, Translate } from './view';

// What Adaptive Cards' Markdown subset interprets: emphasis, links, and list markers at a line's start.
// Other punctuation is left alone so phone numbers and sentences read as typed.
const MARKDOWN_SPECIAL = /([\\`*_[\]~#>])/g;
const BULLET = /^(\s*)([-+])(\s)/gm;
const NUMBERED = /^(\s*\d+)\.(\s)/gm;

/** User- or deployment-supplied text goes into a card only through this. */
export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$1').replace(BULLET, '$1\\$2$3').replace(NUMBERED, '$1\\.$2');
}

export function say(t: Translate, ref: TextRef): string {
  if (ref.values === undefined && ref.refs === undefined) return t(ref.key);
  const escaped = Object.fromEntries(Object.entries(ref.values ?? {}).map(([k, v]) => [k, typeof v === 'string' ? escapeMarkdown(v) : v]));
  const nested = Object.fromEntries(Object.entries(ref.refs ?? {}).map(([k, r]) => [k, say(t, r)]));
  return t(ref.key, { ...escaped, ...nested });
}

/**
 * A host promises contrast only for a styled container's own text colour: its attention or warning
 * text is drawn for the plain background (red on Web Chat's 999 box was 3.43:1). So text in a
 * styled container keeps the container's colour, and the container's style carries the meaning.
 */
export function styledBox(items: CardElement[], style: 'attention' | 'warning' | 'emphasis' | 'good' | 'accent'): CardElement {
  return container(items, style);
}

/** A problem beside what it concerns (an answer a form cannot take): bold, in an attention box. */
export function problemLine(text: string): CardElement {
  return { ...styledBox([textBlock(text, { weight: 'Bolder' })], 'attention'), spacing: 'Small' };
}

/** A caution about what a card shows (a list cut short, records that could not be read), in a warning box. */
export function cautionLine(text: string): CardElement {
  return { ...styledBox([textBlock(text, { weight: 'Bolder' })], 'warning'), spacing: 'Small' };
}

/** The line on every reply that is not a confident answer: whatever else it says, 999 comes first. */
export function safetyLine(t: Translate): CardElement {
  return styledBox([textBlock(t('urgent:safetyLine'), { weight: 'Bolder' })], 'attention');
}

/**
 * The answer the person pressed, first on the card it led to. Teams' messageBack would show it as their own
 * message, but the Agents Playground cannot press such a button (docs/accessibility.md), so every channel shows this.
 */
export function answeredLine(t: Translate, answer: TextRef): CardElement {
  return textBlock(answeredText(t, answer));
}

export const answeredText = (t: Translate, answer: TextRef): string => t('common:answered', { answer: say(t, answer) });

export function heading(text: string): CardElement {
  return textBlock(text, { size: 'Large', weight: 'Bolder', style: 'heading' });
}

export function toActions(t: Translate, views: ActionView[]): CardAction[] {
  return views.map((v) => {
    const action = submitAction(say(t, v.label), v.data, v.style);
    return v.ignoresInputs === true ? { ...action, associatedInputs: 'none' } : action;
  });
}

// Hosts show at most five actions in a set; rows of three also read well on a phone.
const ACTIONS_PER_ROW = 3;

/** The longest title a button shows whole: Teams cuts a longer one short. */
export const BUTTON_TITLE_MAX = 30;

/**
 * At most BUTTON_TITLE_MAX characters as a person reads them (code points, a lone surrogate one, as
 * `[...title]` counts), counted without spreading every choice's title into an array on every card.
 */
function fitsButton(action: CardAction): boolean {
  const { title } = action;
  if (title.length <= BUTTON_TITLE_MAX) return true;
  let characters = 0;
  for (let i = 0; i < title.length; i += 1) {
    characters += 1;
    if (characters > BUTTON_TITLE_MAX) return false;
    if (isHighSurrogate(title.charCodeAt(i)) && isLowSurrogate(title.charCodeAt(i + 1))) i += 1;
  }
  return true;
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff;
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff;

/**
 * A choice whose title no button holds (a protocol entry's full name, say) is a line of wrapped
 * text that is itself the action, so it is read whole and still says where it goes.
 */
export function choiceLine(action: CardAction): CardElement {
  return { type: 'Container', spacing: 'Small', selectAction: action, items: [textBlock(action.title, { weight: 'Bolder', color: 'Accent' })] };
}

export function choicesBlock(t: Translate, views: ActionView[]): CardElement[] {
  const blocks: CardElement[] = [];
  let buttons: CardAction[] = [];
  const flush = () => {
    for (let i = 0; i < buttons.length; i += ACTIONS_PER_ROW) blocks.push(actionSet(buttons.slice(i, i + ACTIONS_PER_ROW)));
    buttons = [];
  };
  const actions = toActions(t, views);
  const fits = actions.map(fitsButton);
  // Once one choice of a set is a line, its other plain choices are lines too, so the set reads as one list.
  const asLines = fits.includes(false);
  for (const [i, action] of actions.entries()) {
    if (fits[i] === true && (!asLines || action.style !== undefined)) {
      buttons.push(action);
    } else {
      flush();
      blocks.push(choiceLine(action));
    }
  }
  flush();
  return blocks;
}

export function citationBlock(t: Translate, citations: CitationView[]): CardElement[] {
  if (citations.length === 0) return [];
  const items: CardElement[] = citations.map((c) =>
    textBlock(
      t(c.generalLaw === true ? 'common:citation.generalLaw' : c.generalPractice ? 'common:citation.generalPractice' : 'common:citation.protocol', { section: c.section }),
      { size: 'Small', isSubtle: true },
    ),
  );
  const changes = citations.flatMap((c) => c.changes);
  const unique = changes.filter((c, i) => changes.findIndex((o) => o.what === c.what) === i);
  for (const change of unique) {
    items.push(
      styledBox(
        [textBlock(t('common:citation.since2017', { when: change.when, what: change.what }), { size: 'Small' }), textBlock(`[${t('common:citation.source')}](${change.source})`, { size: 'Small' })],
        'warning',
      ),
    );
  }
  return [container(items, 'emphasis')];
}

export function contactsBlock(t: Translate, contacts: ContactView[]): CardElement[] {
  if (contacts.length === 0) return [];
  return [
    textBlock(t('common:contacts.heading'), { weight: 'Bolder' }),
    factSet(
      contacts.map((c) => ({
        title: say(t, c.role),
        value: [c.label, c.phone, c.email, c.note].filter((v): v is string => v !== undefined).map(escapeMarkdown).join(' · '),
      })),
    ),
    textBlock(t('common:contacts.fromDeployment'), { size: 'Small', isSubtle: true }),
  ];
}

/** A form's error summary, at the top of the card: "There is a problem" and each message. */
export function problemsBlock(t: Translate, problems: TextRef[]): CardElement {
  return container(
    [textBlock(t('forms:errors.summaryTitle'), { weight: 'Bolder', size: 'Medium' }), ...problems.map((p) => textBlock(`- ${say(t, p)}`))],
    'attention',
  );
}
