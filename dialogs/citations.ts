import type { CitationView } from '../cards/view';
import { changeById } from '../knowledge/changes';
import { changesOf, isGeneralLaw, isGeneralPractice, pathwayStep } from '../knowledge/pathways';

/** The citation a card shows for a pathway step: its section, whether it is general practice, and what changed since 2017. */
export function cite(pathwayStepId: string): CitationView {
  const step = pathwayStep(pathwayStepId);
  return {
    section: step.section,
    generalPractice: isGeneralPractice(step),
    ...(isGeneralLaw(step) ? { generalLaw: true } : {}),
    changes: changesOf(step).map(({ what, when, source }) => ({ what, when, source })),
  };
}

/** A since-2017 note with no pathway step of its own (the welcome card's edition note). */
export function citeChange(changeId: string, section: string): CitationView {
  const { what, when, source } = changeById(changeId);
  return { section, generalPractice: false, changes: [{ what, when, source }] };
}

/** A citation straight to a protocol section (the checklist areas name their own). */
export function citeSection(section: string): CitationView {
  return { section, generalPractice: false, changes: [] };
}
