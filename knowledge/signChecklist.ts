import { allEntries } from './entries';

/**
 * The warning signs a journey prompts, area by area: the nine SAFEGUARD areas of Appendix A, in
 * the protocol's order and words, then the vulnerability factors of section 5. Each item is a
 * knowledge entry, so its wording and section live once. Signs are prompts, never a score.
 */

export interface ChecklistArea {
  id: string;
  /** The SAFEGUARD letter, or none for the vulnerability factors. */
  letter?: string;
  /** The protocol's own heading. */
  heading: string;
  section: string;
  itemIds: string[];
}

const APPENDIX_A = 'Appendix A: Child Sexual Exploitation warning signs – SAFEGUARD';

const SAFEGUARD: Array<Omit<ChecklistArea, 'itemIds' | 'section'>> = [
  { id: 'sexual-health', letter: 'S', heading: 'Sexual identity, wellbeing and choice' },
  { id: 'absence', letter: 'A', heading: 'Absence, truancy and going missing' },
  { id: 'family-home', letter: 'F', heading: 'Family and home' },
  { id: 'emotional-health', letter: 'E', heading: 'Emotional and physical health' },
  { id: 'gangs-groups', letter: 'G', heading: 'Gangs, groups, age gaps and crime' },
  { id: 'technology', letter: 'U', heading: 'Use of technology and sexual bullying' },
  { id: 'alcohol-substances', letter: 'A', heading: 'Alcohol and substances' },
  { id: 'gifts-money', letter: 'R', heading: 'Receipt of unexplained gifts or money' },
  { id: 'distrust', letter: 'D', heading: 'Distrust of authority figures' },
];

const idsWithPrefix = (prefix: string): string[] => allEntries.filter((e) => e.id.startsWith(prefix)).map((e) => e.id);

export const CHECKLIST_AREAS: ChecklistArea[] = [
  ...SAFEGUARD.map((area) => ({ ...area, section: APPENDIX_A, itemIds: idsWithPrefix(`indicator.${area.id}.`) })),
  { id: 'vulnerability', heading: 'Vulnerability factors', section: 'Section 5: Identifying Child Sexual Exploitation', itemIds: idsWithPrefix('vulnerability.') },
];

/** Health staff start with what they see in health settings (Appendix I and F), then SAFEGUARD. */
const HEALTH_AREA: ChecklistArea = {
  id: 'health-settings',
  heading: 'What you see in health settings',
  section: 'Appendix I: Positive action in relation to locations of CSE (health settings); Appendix F: MASE information form',
  itemIds: idsWithPrefix('health-sign.'),
};

export const CHECKLISTS = { safeguard: CHECKLIST_AREAS, health: [HEALTH_AREA, ...CHECKLIST_AREAS] } as const;
export type ChecklistName = keyof typeof CHECKLISTS;

/** The entry's title for an item, for the card and the summary. */
export function itemTitle(itemId: string): string {
  return allEntries.find((e) => e.id === itemId)?.title ?? itemId;
}
