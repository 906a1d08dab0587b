import type { TextRef } from '../cards/view';
import { carriedForward } from './carryOver';
import { loadJourney } from './loadJourney';
import type { ParkedJourney, TurnDeps, UnopenedDraft } from './turn';

/**
 * The one way a saved draft is described, wherever it is listed or offered (Your saved drafts, a form started by typing
 * its name, a summary's form offer): what identifies it without personal data, the page it reached, a form's describing
 * answer (never a personal one: dialogs/forms/structure.ts refuses it), the role, and its dates. Nothing the user typed
 * freely, and no child's name, is shown.
 */

/** A draft of a journey or form changed since it was saved: resumed where its answers lead now (carryOver.ts). */
export function canCarryOver(draft: ParkedJourney, deps: TurnDeps): boolean {
  return carriedForward(draft.flow, deps.catalogue) !== undefined;
}

/**
 * Where a draft got to, as its card numbers it: a form's page ("Page 1 of 9"), else the journey's step. A form's
 * check-your-answers has no page number, and its steps taken (Back and Change count) are not its pages: it is named alone.
 */
function reached(view: { title: TextRef; progress?: TextRef }, step: number | undefined): TextRef[] {
  // Named as its card counts it: "of up to 9" while a page to come may yet be ruled out.
  if (view.progress?.values !== undefined) return [{ key: view.progress.key === 'forms:progressUpTo' ? 'notices:drafts.reachedPageUpTo' : 'notices:drafts.reachedPage', values: view.progress.values }, view.title];
  return [step === undefined ? { key: 'notices:drafts.reachedEnd' } : { key: 'notices:drafts.reached', values: { step } }, view.title];
}

/** How far a draft got: the page it reached and a form's describing answer, or that it has changed since it was saved. */
export function draftProgress(draft: ParkedJourney, deps: TurnDeps): TextRef[] {
  const live = loadJourney(draft.flow, deps.catalogue);
  const isForm = deps.catalogue.forms.includes(draft.flowId);
  if (live === undefined) return [{ key: canCarryOver(draft, deps) ? (isForm ? 'notices:drafts.formChanged' : 'notices:drafts.journeyChanged') : 'notices:drafts.cannotResume' }];
  const lines = reached(live.flow.view(live.journey, deps.facts), isForm ? undefined : draft.flow.history.length + 1);
  const described = live.flow.describe?.(live.journey);
  return described === undefined ? lines : [...lines, described];
}

/** The role a draft's journey is for, and when it was saved and is deleted. */
function roleAndDates(draft: UnopenedDraft, deps: TurnDeps): TextRef[] {
  const role = deps.catalogue.roleOf(draft.flowId);
  return [
    ...(role === undefined ? [] : [{ key: 'notices:drafts.role', values: { roleKey: `welcome:role.${role}` } }]),
    { key: 'notices:drafts.saved', values: { at: draft.updatedAt.getTime() } },
    { key: 'notices:drafts.expires', values: { at: draft.expiresAt.getTime() } },
  ];
}

/** What tells a draft apart: how far it got, the role, and its dates. */
export function draftLines(draft: ParkedJourney, deps: TurnDeps): TextRef[] {
  return [...draftProgress(draft, deps), ...roleAndDates(draft, deps)];
}

/** A draft that cannot be read (not decrypted, or not a journey): nothing of it can be shown but its journey and dates. */
export function unopenedDraftLines(draft: UnopenedDraft, deps: TurnDeps): TextRef[] {
  return [{ key: 'notices:drafts.cannotRead' }, ...roleAndDates(draft, deps)];
}

/** A draft as listed: under its journey's title, the lines that describe it. */
export interface DescribedDraft {
  heading: TextRef;
  lines: TextRef[];
}

const MINUTE = 60_000;

/** A line as it reads: a time shown to the minute ("Saved 7 Dec 2026, 09:04") reads alike for any second in it. */
function asRead(line: TextRef): TextRef {
  const at = line.values?.at;
  const shownTo = line.key === 'notices:drafts.savedToTheSecond' ? 1000 : MINUTE;
  return typeof at === 'number' ? { ...line, values: { ...line.values, at: Math.floor(at / shownTo) } } : line;
}

/** How a draft reads: its heading and lines as shown, not its buttons (which name its id). */
const readAs = ({ heading, lines }: DescribedDraft): string => JSON.stringify([heading, lines.map(asRead)]);

const sameAsAnother = (all: DescribedDraft[], index: number): boolean => {
  const own = all[index];
  return own !== undefined && all.some((other, i) => i !== index && readAs(other) === readAs(own));
};

const toTheSecond = (line: TextRef): TextRef => (line.key === 'notices:drafts.saved' ? { ...line, key: 'notices:drafts.savedToTheSecond' } : line);

/**
 * Drafts listed together, each still told apart from the others (issue 8: two read alike, "saved 7 Dec 2026, 09:04"):
 * those that read alike give the second they were saved; any still alike (saved in the same second) are numbered.
 */
export function toldApart<T extends DescribedDraft>(drafts: T[]): T[] {
  const timed = drafts.map((d, i) => (sameAsAnother(drafts, i) ? { ...d, lines: d.lines.map(toTheSecond) } : d));
  return timed.map((d, i) => (sameAsAnother(timed, i) ? { ...d, lines: [...d.lines, { key: 'notices:drafts.numbered', values: { n: i + 1, count: timed.length } }] } : d));
}
