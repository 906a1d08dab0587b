import type { RecordView, TextRef } from '../../cards/view';
import { changeById } from '../../knowledge/changes';
import { allEntries } from '../../knowledge/entries';
import { OTHER_FLAGS, categoryFlagSchema, type PoliceFirstStepsContext } from '../../machines/policeFirstSteps.machine';
import { cite } from '../citations';
import type { StepBody } from '../flow';
import { questionSetInputs } from '../forms/questionSet';
import { SAFEGUARD_AREAS, areaTitle, entryTitle, policeFlagQuestions, policeRationaleQuestions, policeSignQuestions, recordingAnswers } from './policeFlags.questions';

/**
 * The three recording cards and the rationale they produce for the DETS page (Appendix E): the warning
 * signs by SAFEGUARD area (S to G), the rest of the areas (U to D) with the officer's own words, then the
 * flags for the CRIS report. The officer reads the protocol's category definitions and selects LA, LB or
 * LC, or leaves it blank; nothing is preselected or suggested. Each card is small enough to take in at a
 * glance (issue 12); their questions are in policeFlags.questions.ts, asked with the form vocabulary.
 */

const k = (key: string): TextRef => ({ key: `police:${key}` });

type CategoryFlag = (typeof categoryFlagSchema.options)[number];
const CATEGORY_OF: Record<CategoryFlag, string> = { la: 'category.police-1', lb: 'category.police-2', lc: 'category.police-3' };

export const flagCode = (flag: string): string => flag.toUpperCase();

/** The protocol's own definition of a category, as the entry quotes it; its summary if it quotes none. */
function categoryDefinition(id: string): string {
  const found = allEntries.find((e) => e.id === id);
  const quoted = found?.body.match(/Protocol definition: “([^”]+)”/)?.[1];
  return quoted ?? found?.summary ?? id;
}

const definition = (flag: CategoryFlag): TextRef => ({
  key: 'police:selectingFlags.definition',
  values: { code: flagCode(flag), category: entryTitle(CATEGORY_OF[flag]), definition: categoryDefinition(CATEGORY_OF[flag]) },
});

/** A since-2017 change said on the card itself (not only under Show sources), in the words knowledge/changes.ts gives it. */
const since2017 = (changeId: string): TextRef => {
  const { when, what } = changeById(changeId);
  return { key: 'common:citation.since2017', values: { when, what } };
};

/** How to choose a category, what changed since 2017 (the levels removed, flags on CONNECT), the three definitions and the gang flags, as one block read before the flags. */
const categoryGuide = (context: PoliceFirstStepsContext): TextRef => ({
  key: 'police:selectingFlags.categoryGuide',
  refs: {
    category: k('selectingFlags.category'),
    categoriesRemoved: since2017('change.categories-removed'),
    connectFlags: since2017('change.connect-flags'),
    la: definition('la'),
    lb: definition('lb'),
    lc: definition('lc'),
    // GA and GE are for criminal investigations (Appendix E): after No to a crime alleged, the card says why they do not apply.
    gangGroup: k(context.crimeAlleged === 'yes' ? 'selectingFlags.gangGroup' : 'selectingFlags.gangGroupNoCrime'),
  },
});

/** The first signs card: the SAFEGUARD areas S to G, and why they are asked. */
export function signsStep(context: PoliceFirstStepsContext): StepBody {
  return {
    tone: 'question',
    title: k('recordingSigns.title'),
    lines: [k('recordingSigns.body')],
    inputs: questionSetInputs(policeSignQuestions, recordingAnswers(context)),
    choices: [{ label: k('recordingSigns.continue'), answer: { type: 'answer.signs' }, style: 'positive' }],
    citations: [cite('pathway.d5.dets-rationale')],
  };
}

/** The second: the areas U to D, then the officer's own words; the title says it all (the card's budget). */
export function rationaleStep(context: PoliceFirstStepsContext): StepBody {
  return {
    tone: 'question',
    title: k('recordingRationale.title'),
    lines: [],
    inputs: questionSetInputs(policeRationaleQuestions, recordingAnswers(context)),
    choices: [{ label: k('recordingRationale.continue'), answer: { type: 'answer.rationale' }, style: 'positive' }],
    citations: [cite('pathway.d5.dets-rationale')],
  };
}

/** The flags card: ES always, the category the officer selects (or none), and EU, GA and GE. */
export function flagsStep(context: PoliceFirstStepsContext): StepBody {
  return {
    tone: 'question',
    title: k('selectingFlags.title'),
    lines: [k('selectingFlags.body'), categoryGuide(context)],
    inputs: questionSetInputs(policeFlagQuestions, recordingAnswers(context)),
    choices: [{ label: k('selectingFlags.continue'), answer: { type: 'answer.flags' }, style: 'positive' }],
    citations: [cite('pathway.d5.flags'), cite('pathway.d5.category-flags'), cite('pathway.d6.iat-categorises')],
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
