import { allEntries } from '../../knowledge/entries';
import { CHECKLIST_AREAS, type ChecklistArea } from '../../knowledge/signChecklist';
import {
  FIRST_SIGN_AREA_IDS,
  OTHER_FLAGS,
  RATIONALE_MAX_LENGTH,
  RATIONALE_SIGN_AREA_IDS,
  SIGN_AREA_IDS,
  categoryFlagSchema,
  type PoliceFirstStepsContext,
} from '../../machines/policeFirstSteps.machine';
import type { QuestionSet } from '../forms/questionSet';
import type { OptionList, Question } from '../forms/vocabulary';

/**
 * The questions of the three recording cards, in the form vocabulary: the SAFEGUARD areas S to G (seen or
 * told, not sure, not seen); the areas U to D with the officer's rationale for the DETS page; then the
 * category flag (LA, LB or LC, or left blank for the Initial Assessment Team) and each other flag (enter it
 * or not). None is required and nothing is preselected: the officer selects. The areas and the other flags are labelled with the protocol's own headings and the reviewed
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

/**
 * Appendix E: GE and GA "must be entered to identify criminal investigations where the offence appears to be the
 * responsibility of an 'exploitive group'" (or gang); a non-crime 587/00 report is made "where … no offence has been
 * alleged". So they are entered only after a crime was alleged: after No, "Enter this flag" is neither offered nor taken.
 */
const CRIMINAL_INVESTIGATION_FLAGS: ReadonlySet<string> = new Set(['ga', 'ge']);

const otherFlagQuestion = (flag: string): Question => ({
  id: flag,
  kind: 'oneOf',
  options: policeFlagOptions.otherFlag,
  required: false,
  ...(CRIMINAL_INVESTIGATION_FLAGS.has(flag) ? { optionsWhen: { yes: { question: 'crimeAlleged', equals: 'yes' } } } : {}),
  source: `${APPENDIX_E} (the ${flag.toUpperCase()} flag)`,
  label: { key: 'police:questions.otherFlag.label', values: { title: entryTitle(`flag.${flag}`) } },
  what: { key: 'police:questions.otherFlag.what', values: { code: flag.toUpperCase() } },
});

const areasOf = (ids: readonly string[]): Question[] => SAFEGUARD_AREAS.filter((area) => ids.includes(area.id)).map(areaQuestion);

/** The first signs card: the SAFEGUARD areas S, A, F, E and G. */
export const policeSignQuestions: QuestionSet = { ns: 'police', questions: areasOf(FIRST_SIGN_AREA_IDS) };

/** The rationale card: the areas U, A, R and D, then the officer's own words, which the signs lead into. */
export const policeRationaleQuestions: QuestionSet = {
  ns: 'police',
  questions: [
    ...areasOf(RATIONALE_SIGN_AREA_IDS),
    { id: 'note', kind: 'longText', maxLength: RATIONALE_MAX_LENGTH, required: false, hint: true, source: `${APPENDIX_E} (the rationale on the DETS page)` },
  ],
};

/** The flags card: the category flag, then EU, GA and GE. */
export const policeFlagQuestions: QuestionSet = {
  ns: 'police',
  answersBefore: ['crimeAlleged'],
  questions: [
    { id: 'category', kind: 'oneOf', options: policeFlagOptions.category, required: false, source: policeFlagOptions.category.source },
    ...OTHER_FLAGS.map(otherFlagQuestion),
  ],
};

/** The answers the recording cards show: what was recorded, an area not marked as not seen, a flag not entered as no. */
export function recordingAnswers(context: PoliceFirstStepsContext): Record<string, string | undefined> {
  return {
    ...Object.fromEntries(SAFEGUARD_AREAS.map((area) => [`area.${area.id}`, context.signAreas?.[area.id] ?? 'notSeen'])),
    category: context.categoryFlag,
    ...Object.fromEntries(OTHER_FLAGS.map((flag) => [flag, context.otherFlags.includes(flag) ? 'yes' : 'no'])),
    note: context.rationaleNote,
    crimeAlleged: context.crimeAlleged,
  };
}
