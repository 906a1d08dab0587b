import type { TextRef } from '../cards/view';
import { carriedForward } from './carryOver';
import type { DraftFact } from './flow';
import { loadJourney } from './loadJourney';
import type { ParkedJourney, TurnDeps, UnopenedDraft } from './turn';

/**
 * The one way a saved draft is described, wherever it is listed or offered (Your saved drafts, a form started by typing
 * its name, a summary's form offer): what identifies it without personal data, the page it reached, a form's describing
 * answers (`describedBy`, never a personal one: dialogs/forms/structure.ts refuses it), the role, and its dates. Nothing
 * the user typed freely, and no child's name or initials, is shown: nothing on these lists names anyone (docs/forms.md).
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

/** A describing answer as a line: "Date and time the child went missing: 30 Nov 2026, 18:00", or "…: not given yet". */
const factLine = (fact: DraftFact): TextRef =>
  fact.value === undefined ? { key: 'notices:drafts.describedNotGiven', refs: { label: fact.label } } : { key: 'notices:drafts.described', refs: { label: fact.label, value: fact.value } };

/** The answers that describe a draft that opens, in its form's order (none for a journey, or a draft that does not open). */
export function draftFacts(draft: ParkedJourney, deps: TurnDeps): readonly DraftFact[] {
  const live = loadJourney(draft.flow, deps.catalogue);
  return live === undefined ? [] : (live.flow.describe?.(live.journey, deps.now) ?? []);
}

/** How far a draft got: the page it reached and a form's first describing answer given, or that it has changed since it was saved. */
export function draftProgress(draft: ParkedJourney, deps: TurnDeps): TextRef[] {
  const live = loadJourney(draft.flow, deps.catalogue);
  const isForm = deps.catalogue.forms.includes(draft.flowId);
  if (live === undefined) return [{ key: canCarryOver(draft, deps) ? (isForm ? 'notices:drafts.formChanged' : 'notices:drafts.journeyChanged') : 'notices:drafts.cannotResume' }];
  const lines = reached(live.flow.view(live.journey, deps.facts), isForm ? undefined : draft.flow.history.length + 1);
  const lead = draftFacts(draft, deps).find((fact) => fact.value !== undefined);
  return lead === undefined ? lines : [...lines, factLine(lead)];
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

/** A draft as listed: under its journey's title, the lines that describe it, and a form's describing answers (`draftFacts`). */
export interface DescribedDraft {
  heading: TextRef;
  lines: TextRef[];
  facts?: readonly DraftFact[];
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

/** Items grouped by a key, in the order each key was first met. */
function groupedBy<T>(items: readonly T[], key: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return [...groups.values()];
}

const factKey = (draft: DescribedDraft, id: string): string => JSON.stringify(draft.facts?.find((f) => f.id === id)?.value ?? null);

/**
 * The describing answers that tell a form's drafts apart, in the form's order: each one that differs between drafts not
 * yet told apart by those chosen before it, until every draft is told apart or none is left.
 */
function differing(drafts: readonly DescribedDraft[]): string[] {
  const ids = drafts[0]?.facts?.map((f) => f.id) ?? [];
  let alike: DescribedDraft[][] = [[...drafts]];
  const chosen: string[] = [];
  for (const id of ids) {
    if (!alike.some((set) => new Set(set.map((d) => factKey(d, id))).size > 1)) continue;
    chosen.push(id);
    alike = alike.flatMap((set) => groupedBy(set, (d) => factKey(d, id))).filter((set) => set.length > 1);
    if (alike.length === 0) break;
  }
  return chosen;
}

/** A draft's lines with its first describing answer given replaced by the answers chosen to tell it apart. */
function withFacts<T extends DescribedDraft>(draft: T, chosen: readonly string[]): T {
  const facts = draft.facts ?? [];
  const lead = facts.find((f) => f.value !== undefined);
  const at = lead === undefined ? -1 : draft.lines.findIndex((line) => JSON.stringify(line) === JSON.stringify(factLine(lead)));
  const shown = chosen.flatMap((id) => facts.filter((f) => f.id === id).map(factLine));
  if (at >= 0) return { ...draft, lines: [...draft.lines.slice(0, at), ...shown, ...draft.lines.slice(at + 1)] };
  // None given yet: after the page it reached and that page's title.
  const reachedAt = draft.lines.findIndex((line) => line.key.startsWith('notices:drafts.reached'));
  const after = reachedAt < 0 ? 0 : reachedAt + 2;
  return { ...draft, lines: [...draft.lines.slice(0, after), ...shown, ...draft.lines.slice(after)] };
}

/**
 * Drafts of one form listed together, told apart by the episode (issue 8, the ninth exploratory test: two "At home"
 * return home interview drafts differed only by the second they were saved): each shows the first of its form's
 * describing answers that differ between them, in the form's order, instead of its first answer given.
 */
function byFacts<T extends DescribedDraft>(drafts: T[]): T[] {
  const ofForm = groupedBy(
    drafts.filter((d) => (d.facts?.length ?? 0) > 0),
    (d) => JSON.stringify(d.heading),
  );
  const chosen = new Map(ofForm.filter((set) => set.length > 1).flatMap((set) => set.map((d) => [d, differing(set)] as const)));
  return drafts.map((d) => {
    const ids = chosen.get(d);
    return ids === undefined || ids.length === 0 ? d : withFacts(d, ids);
  });
}

/**
 * Drafts listed together, each still told apart from the others: drafts of one form by the first of its describing
 * answers that differ (`byFacts`); those that still read alike (issue 8: "saved 7 Dec 2026, 09:04" twice) give the
 * second they were saved; any still alike (saved in the same second) are numbered.
 */
export function toldApart<T extends DescribedDraft>(drafts: T[]): Array<Omit<T, 'facts'>> {
  const described = byFacts(drafts).map(({ facts: _facts, ...shown }) => shown);
  const timed = described.map((d, i) => (sameAsAnother(described, i) ? { ...d, lines: d.lines.map(toTheSecond) } : d));
  return timed.map((d, i) => (sameAsAnother(timed, i) ? { ...d, lines: [...d.lines, { key: 'notices:drafts.numbered', values: { n: i + 1, count: timed.length } }] } : d));
}
