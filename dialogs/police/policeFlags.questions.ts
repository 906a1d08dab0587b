import { allEntries } from '../../knowledge/entries';
import { CHECKLIST_AREAS, type ChecklistArea } from '../../knowledge/signChecklist';
import { OTHER_FLAGS, RATIONALE_MAX_LENGTH, SIGN_AREA_IDS, categoryFlagSchema, type PoliceFirstStepsContext } from '../../machines/policeFirstSteps.machine';
import type { QuestionSet } from '../forms/questionSet';
import type { OptionList, Question } from '../forms/vocabulary';

/**
 * The flags card's questions, in the form vocabulary: the SAFEGUARD areas (seen or told, not sure, not
 * seen), the category flag (LA, LB or LC, or left blank for the Initial Assessment Team), each other flag
 * (enter it or not) and the officer's rationale. None is required and nothing is preselected: the officer
 * selects. The areas and the other flags are labelled with the protocol's own headings and the reviewed
 * knowledge titles (`flag.<code>`), given to a general key; the rest are `police:questions.<id>`.
 */

const APPENDIX_A = 'Appendix A: SAFEGUARD warning signs, by area (the signs the DETS rationale names)';
const APPENDIX_E = 'Appendix E: Police flags and outcome codes – Recording all suspicions of Child Sexual Exploitation';

const entry = (id: string) => allEntries.find((e) => e.id === id);
/** The reviewed title of a knowledge entry, e.g. "LA flag: police category 1 enquiry". */
export const entryTitle = (id: string): string => entry(id)?.title ?? id;

export const SAFEGUARD_AREAS: readonly ChecklistArea[] = CHECKLIST_AREAS.filter((a) => SIGN_AREA_IDS.includes(a.id));
/** The protocol's heading with its SAFEGUARD letter, e.g. "G: Gangs, groups, age gaps and crime". */
export const areaTitle = (area: ChecklistArea): string => `${area.letter ?? ''}: ${area.heading}`;

export const policeFlagOptions = {
  safeguardSign: { id: 'safeguardSign', values: ['seen', 'notSure', 'notSeen'], source: APPENDIX_A },
  category: { id: 'policeCategoryFlag', values: categoryFlagSchema.options, source: 'Section 5: police category levels; Appendix E: the LA, LB and LC flags' },
  otherFlag: { id: 'policeFlag', values: ['yes', 'no'], source: APPENDIX_E },
} as const satisfies Record<string, OptionList>;

const areaQuestion = (area: ChecklistArea): Question => {
  const values = { area: areaTitle(area) };
  return {
    id: `area.${area.id}`,
    kind: 'oneOf',
    options: policeFlagOptions.safeguardSign,
    required: false,
    source: APPENDIX_A,
    label: { key: 'police:questions.signArea.label', values },
    what: { key: 'police:questions.signArea.what', values },
  };
};

const otherFlagQuestion = (flag: string): Question => ({
  id: flag,
  kind: 'oneOf',
  options: policeFlagOptions.otherFlag,
  required: false,
  source: `${APPENDIX_E} (the ${flag.toUpperCase()} flag)`,
  label: { key: 'police:questions.otherFlag.label', values: { title: entryTitle(`flag.${flag}`) } },
  what: { key: 'police:questions.otherFlag.what', values: { code: flag.toUpperCase() } },
});

export const policeFlagQuestions: QuestionSet = {
  ns: 'police',
  questions: [
    // The warning signs first, by SAFEGUARD area: the rationale is assembled from them.
    ...SAFEGUARD_AREAS.map(areaQuestion),
    { id: 'category', kind: 'oneOf', options: policeFlagOptions.category, required: false, source: policeFlagOptions.category.source },
    ...OTHER_FLAGS.map(otherFlagQuestion),
    { id: 'note', kind: 'longText', maxLength: RATIONALE_MAX_LENGTH, required: false, hint: true, source: `${APPENDIX_E} (the rationale on the DETS page)` },
  ],
};

/** The answers the card shows: what was recorded, an area not marked as not seen, a flag not entered as no. */
export function flagAnswers(context: PoliceFirstStepsContext): Record<string, string | undefined> {
  return {
    ...Object.fromEntries(SAFEGUARD_AREAS.map((area) => [`area.${area.id}`, context.signAreas?.[area.id] ?? 'notSeen'])),
    category: context.categoryFlag,
    ...Object.fromEntries(OTHER_FLAGS.map((flag) => [flag, context.otherFlags.includes(flag) ? 'yes' : 'no'])),
    note: context.rationaleNote,
  };
}
