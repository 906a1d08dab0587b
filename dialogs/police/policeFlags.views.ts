import type { InputView, RecordView, TextRef } from '../../cards/view';
import { allEntries } from '../../knowledge/entries';
import { CHECKLIST_AREAS, type ChecklistArea } from '../../knowledge/signChecklist';
import { OTHER_FLAGS, RATIONALE_MAX_LENGTH, SIGN_AREA_IDS, categoryFlagSchema, type PoliceFirstStepsContext } from '../../machines/policeFirstSteps.machine';
import { cite } from '../citations';
import type { StepBody } from '../flow';

/**
 * The flags card and the rationale it produces for the DETS page (Appendix E). The officer reads
 * the protocol's category definitions and selects LA, LB or LC, or leaves it blank; nothing is
 * preselected or suggested. Flag meanings come from the reviewed knowledge entries `flag.<code>`.
 */

const k = (key: string): TextRef => ({ key: `police:${key}` });

const CATEGORY_FLAGS = categoryFlagSchema.options;
const CATEGORY_OF: Record<(typeof CATEGORY_FLAGS)[number], string> = { la: 'category.police-1', lb: 'category.police-2', lc: 'category.police-3' };

const entry = (id: string) => allEntries.find((e) => e.id === id);
/** The reviewed title of a knowledge entry, e.g. "LA flag: police category 1 enquiry". */
export const entryTitle = (id: string): string => entry(id)?.title ?? id;
export const flagCode = (flag: string): string => flag.toUpperCase();

/** The protocol's own definition of a category, as the entry quotes it; its summary if it quotes none. */
function categoryDefinition(id: string): string {
  const found = entry(id);
  const quoted = found?.body.match(/Protocol definition: “([^”]+)”/)?.[1];
  return quoted ?? found?.summary ?? id;
}

const definitionLines = (): TextRef[] =>
  CATEGORY_FLAGS.map((flag) => ({ key: 'police:selectingFlags.definition', values: { code: flagCode(flag), category: entryTitle(CATEGORY_OF[flag]), definition: categoryDefinition(CATEGORY_OF[flag]) } }));

const APPLIES = [
  { label: k('selectingFlags.applies'), value: 'yes' },
  { label: k('selectingFlags.doesNotApply'), value: 'no' },
];

const SIGN_CHOICES = (['seen', 'notSure', 'notSeen'] as const).map((value) => ({ label: { key: `referral:sign.${value}` }, value }));
const SAFEGUARD_AREAS = CHECKLIST_AREAS.filter((a) => SIGN_AREA_IDS.includes(a.id));
const areaTitle = (area: ChecklistArea): string => `${area.letter ?? ''}: ${area.heading}`;

function flagInputs(context: PoliceFirstStepsContext): InputView[] {
  return [
    // The warning signs first, by SAFEGUARD area: the rationale is assembled from them.
    ...SAFEGUARD_AREAS.map((area): InputView => ({
      kind: 'choice',
      id: `area.${area.id}`,
      label: areaTitle(area),
      choices: SIGN_CHOICES,
      value: context.signAreas?.[area.id] ?? 'notSeen',
      errorKey: 'errors:checklist.sign',
    })),
    {
      kind: 'choice',
      id: 'category',
      // The codes are the protocol's own; their meanings are the choices and the definitions above.
      label: CATEGORY_FLAGS.map(flagCode).join(' / '),
      choices: CATEGORY_FLAGS.map((flag) => ({ label: k(`selectingFlags.${flag}`), value: flag })),
      value: context.categoryFlag ?? '',
      errorKey: 'errors:police.category',
    },
    ...OTHER_FLAGS.map((flag): InputView => ({
      kind: 'choice',
      id: flag,
      label: entryTitle(`flag.${flag}`),
      choices: APPLIES,
      value: context.otherFlags.includes(flag) ? 'yes' : 'no',
      errorKey: 'errors:police.flag',
    })),
    { kind: 'text', id: 'note', label: k('selectingFlags.note'), value: context.rationaleNote ?? '', maxLength: RATIONALE_MAX_LENGTH, errorKey: 'errors:checklist.note' },
  ];
}

export function flagsStep(context: PoliceFirstStepsContext): StepBody {
  return {
    tone: 'question',
    title: k('selectingFlags.title'),
    lines: [k('selectingFlags.signs'), k('selectingFlags.body'), k('selectingFlags.category'), ...definitionLines(), k('selectingFlags.gangGroup')],
    inputs: flagInputs(context),
    choices: [{ label: k('selectingFlags.continue'), answer: { type: 'answer.flags' }, style: 'positive' }],
    citations: [cite('pathway.d5.flags'), cite('pathway.d5.category-flags'), cite('pathway.d6.iat-categorises'), cite('pathway.d5.dets-rationale')],
  };
}

/** Every flag to enter, ES first, in the protocol's order: what the officer selected, nothing added. */
export function enteredFlags(context: PoliceFirstStepsContext): string[] {
  return ['es', ...(context.categoryFlag === undefined ? [] : [context.categoryFlag]), ...OTHER_FLAGS.filter((f) => context.otherFlags.includes(f))];
}

/** The rationale for the DETS page: the flags, each marked as always entered or selected, and the officer's own words (escaped by the card). */
export function rationaleRecord(context: PoliceFirstStepsContext): RecordView {
  const signs = SAFEGUARD_AREAS.flatMap((area) => {
    const answer = context.signAreas?.[area.id];
    return answer === undefined ? [] : [{ title: areaTitle(area), answer: { key: `referral:recorded.${answer}` } }];
  });
  const flags = enteredFlags(context).map((flag) => ({ title: entryTitle(`flag.${flag}`), answer: k(flag === 'es' ? 'rationale.always' : 'rationale.selected') }));
  const items = [...signs, ...flags];
  const notes = context.rationaleNote === undefined ? [] : [{ heading: k('rationale.note'), text: context.rationaleNote }];
  return { heading: k('rationale.heading'), items, notes, empty: k('rationale.none') };
}
