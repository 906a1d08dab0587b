import type { ChangeView, CitationView } from '../cards/view';
import { changeById, type Change } from '../knowledge/changes';
import type { Audience } from '../knowledge/entry.schema';
import { changesOf, isGeneralLaw, isGeneralPractice, pathwayStep } from '../knowledge/pathways';
import type { RoleId } from './router';

const changeView = ({ what, when, source, audiences }: Change): ChangeView => ({ what, when, source, audiences });

/** The citation a card shows for a pathway step: its section, whether it is general practice, and what changed since 2017. */
export function cite(pathwayStepId: string): CitationView {
  const step = pathwayStep(pathwayStepId);
  return {
    section: step.section,
    generalPractice: isGeneralPractice(step),
    ...(isGeneralLaw(step) ? { generalLaw: true } : {}),
    changes: changesOf(step).map(changeView),
  };
}

/** A since-2017 note with no pathway step of its own (the welcome card's edition note). */
export function citeChange(changeId: string, section: string): CitationView {
  return citeChanges([changeId], section);
}

/** A section with the since-2017 notes on what it names (a form's question: the 587/00 report it asks about). */
export function citeChanges(changeIds: readonly string[], section: string): CitationView {
  return { section, generalPractice: false, changes: changeIds.map((id) => changeView(changeById(id))) };
}

/** A pathway step's citation with a since-2017 note of its own beside it (the hotel 999 card: the Met's Makesafe tests). */
export function citeWithChange(pathwayStepId: string, changeId: string): CitationView {
  const citation = cite(pathwayStepId);
  return { ...citation, changes: [...citation.changes, changeView(changeById(changeId))] };
}

/** A citation straight to a protocol section (the checklist areas name their own). */
export function citeSection(section: string): CitationView {
  return { section, generalPractice: false, changes: [] };
}

const AUDIENCE_OF_ROLE: Record<RoleId, Audience> = { school: 'school', health: 'health', business: 'business', police: 'police', socialCare: 'social-care' };

/** Whether a since-2017 note concerns this reader: a police system's change is not a teacher's, a nurse's or a receptionist's. */
export function concerns(change: ChangeView, role: RoleId | undefined): boolean {
  if (role === undefined || change.audiences === undefined) return true;
  return change.audiences.includes('all') || change.audiences.includes(AUDIENCE_OF_ROLE[role]);
}

/** The citations as this reader sees them: each section kept, the since-2017 notes that do not concern them left out. */
export function forReader(citations: CitationView[], role: RoleId | undefined): CitationView[] {
  return citations.map((c) => ({ ...c, changes: c.changes.filter((change) => concerns(change, role)) }));
}
