import type { RecordView, TextRef } from '../../cards/view';
import { NOTE_MAX_LENGTH, type ReferralFirstStepsContext } from '../../machines/referralFirstSteps.machine';
import { allEntries } from '../../knowledge/entries';
import { CHECKLISTS, itemTitle, type ChecklistArea } from '../../knowledge/signChecklist';
import { cite, citeSection } from '../citations';
import { localContacts } from '../contacts';
import { dangerAlert, dangerCheckViews } from '../dangerCheck.views';
import { socialWorkerQuestion } from '../socialWorkerQuestion.view';
import type { DeploymentFacts, StepBody } from '../flow';

/**
 * The views of the referral first steps, shared by school, health and social care: the same
 * pathway, each role's own words in its own i18n namespace.
 */
export function referralViews(ns: 'school' | 'health'): Record<string, (context: ReferralFirstStepsContext, facts: DeploymentFacts) => StepBody> {
  const k = (key: string) => ({ key: `${ns}:${key}` });
  // Do not investigate or promise secrecy; write down the child's own words (general practice).
  const whatNotToDo = (): TextRef[] => [k('tellingSafeguardingLead.step3'), k('tellingSafeguardingLead.step4')];
  return {
    ...dangerCheckViews({ question: 'referral:askingDanger', then: `${ns}:callingEmergency.then`, carryOn: 'referral:callingEmergency.continue' }),
    recordingSigns: (context) => checklistStep(context),
    askingImagery: () => ({
      tone: 'question',
      title: { key: 'referral:imagery.question.title' },
      lines: [{ key: 'referral:imagery.question.body' }, { key: 'referral:imagery.question.toPolice' }],
      choices: [
        { label: { key: 'common:answer.no' }, answer: { type: 'answer.imagery', value: 'none' } },
        { label: { key: 'referral:imagery.question.consensual' }, answer: { type: 'answer.imagery', value: 'consensual' } },
        { label: { key: 'referral:imagery.question.aggravating' }, answer: { type: 'answer.imagery', value: 'aggravating' } },
        { label: { key: 'common:answer.notSure' }, answer: { type: 'answer.imagery', value: 'notSure' } },
      ],
      citations: [cite('pathway.school.youth-produced-imagery')],
    }),
    imageryManagedBySchool: () => ({
      tone: 'question',
      title: { key: 'referral:imagery.managed.title' },
      lines: [{ key: 'referral:imagery.managed.body' }, { key: 'referral:imagery.neverView' }, { key: 'referral:imagery.managed.stillWorried' }],
      choices: [{ label: { key: 'referral:imagery.continue' }, answer: { type: 'imagery.acknowledged' } }],
      citations: [cite('pathway.school.youth-produced-imagery')],
    }),
    imageryToPolice: (context) => ({
      tone: 'urgent',
      title: { key: 'referral:imagery.police.title' },
      lines: [
        { key: context.imagery === 'notSure' ? 'referral:imagery.police.notSure' : 'referral:imagery.police.body' },
        { key: 'referral:imagery.neverView' },
        { key: 'referral:imagery.police.device' },
      ],
      choices: [{ label: { key: 'referral:imagery.continue' }, answer: { type: 'imagery.acknowledged' } }],
      citations: [cite('pathway.school.youth-produced-imagery')],
    }),
    askingRole: () => ({
      tone: 'question',
      title: k('askingRole.title'),
      lines: [k('askingRole.body')],
      choices: [
        { label: k('askingRole.lead'), answer: { type: 'answer.role', value: 'lead' } },
        { label: k('askingRole.staff'), answer: { type: 'answer.role', value: 'staff' } },
      ],
      citations: [cite('pathway.c3.safeguarding-lead')],
    }),
    askingSocialWorker: () => socialWorkerQuestion([cite('pathway.c4.allocated-social-worker')]),
    tellingSafeguardingLead: (context, facts) => ({
      tone: 'summary',
      ...dangerAlert(context.danger),
      title: k('tellingSafeguardingLead.title'),
      lines: [k('tellingSafeguardingLead.body')],
      steps: [k('tellingSafeguardingLead.step1'), k('tellingSafeguardingLead.step2'), ...imagerySteps(context), k('tellingSafeguardingLead.step3'), k('tellingSafeguardingLead.step4')],
      ...recorded(context),
      choices: [],
      ...localContacts(facts, ['mash']),
      // Telling the lead is general practice; the MASH route it leads to is the protocol's.
      citations: [cite('pathway.c3.safeguarding-lead'), cite('pathway.c4.mash-referral')],
    }),
    tellingSocialWorker: (context) => ({
      tone: 'summary',
      ...dangerAlert(context.danger),
      title: { key: 'referral:tellingSocialWorker.title' },
      lines: [k('tellingSocialWorker.body'), ...tierLines(context)],
      ...recorded(context),
      steps: [k('tellingSocialWorker.step1'), { key: 'referral:tellingSocialWorker.step87a' }, ...imagerySteps(context), ...whatNotToDo(), { key: 'referral:tellingSocialWorker.record' }],
      choices: [],
      // What not to do is general practice; the route itself is the protocol's.
      citations: [cite('pathway.c4.allocated-social-worker'), cite('pathway.c3.safeguarding-lead')],
    }),
    referringToMash: (context, facts) => ({
      tone: 'summary',
      ...dangerAlert(context.danger),
      title: k('referringToMash.title'),
      lines: [k('referringToMash.body'), ...(context.socialWorker === 'notKnown' ? [{ key: 'referral:referringToMash.notKnown' }] : []), ...tierLines(context)],
      ...recorded(context),
      steps: [k('referringToMash.step1'), k(Object.keys(context.signs).length > 0 ? 'referringToMash.step2Recorded' : 'referringToMash.step2'), ...imagerySteps(context), ...whatNotToDo(), { key: 'referral:referringToMash.step587' }],
      choices: [],
      ...localContacts(facts, ['mash']),
      citations: [cite('pathway.c4.mash-referral'), cite('pathway.c3.safeguarding-lead')],
    }),
  };
}

const SIGN_CHOICES = (['seen', 'notSure', 'notSeen'] as const).map((value) => ({ label: { key: `referral:sign.${value}` }, value }));

/** One checklist area as a card: each item seen, not sure or not seen, and a note for the area. */
function checklistStep(context: ReferralFirstStepsContext): StepBody {
  const areas = CHECKLISTS[context.checklist];
  const index = Math.min(context.areaIndex, areas.length - 1);
  const area = areas[index];
  if (area === undefined) throw new Error('no checklist areas');
  const position = { step: index + 1, of: areas.length, heading: area.heading };
  return {
    tone: 'question',
    title: area.letter === undefined ? { key: 'referral:recordingSigns.titleFactors', values: position } : { key: 'referral:recordingSigns.title', values: { ...position, letter: area.letter } },
    lines: [{ key: 'referral:recordingSigns.body' }],
    inputs: [
      ...area.itemIds.map((id) => ({ kind: 'choice' as const, id, label: itemTitle(id), choices: SIGN_CHOICES, value: context.signs[id] ?? 'notSeen', errorKey: 'errors:checklist.sign' })),
      // The area's own note: what the user typed before the journey is the journey's, shown on its summary (openingNote.ts).
      { kind: 'text' as const, id: 'note', label: { key: 'referral:recordingSigns.note' }, value: context.notes[area.id] ?? '', maxLength: NOTE_MAX_LENGTH, errorKey: 'errors:checklist.note', aboutPart: true as const },
    ],
    choices: [
      { label: continueLabel(context, index, areas.length), answer: { type: 'answer.checklist' }, style: 'positive' },
      // Skipping leads to the images question for schools, to who to tell for health: the button says which. The last
      // area's Next already leads there, so it has no Skip beside it (which would go there without this area's answers).
      ...(index < areas.length - 1 ? [{ label: { key: context.asksImagery ? 'referral:recordingSigns.skipToImagery' : 'referral:recordingSigns.skip' }, answer: { type: 'checklist.skipped' as const } }] : []),
    ],
    citations: [citeSection(area.section)],
  };
}

/** The checklist's next button names the card it opens: the next area, or after the last one the images question or the role. */
function continueLabel(context: ReferralFirstStepsContext, index: number, count: number): TextRef {
  if (index < count - 1) return { key: 'referral:recordingSigns.continue', values: { step: index + 2, of: count } };
  return { key: context.asksImagery ? 'referral:recordingSigns.continueToImagery' : 'referral:recordingSigns.continueToRole' };
}

const areaHeading = (area: ChecklistArea): string => (area.letter === undefined ? area.heading : `${area.letter}: ${area.heading}`);

/** The signs the user recorded, in the protocol's order, and their notes: the reasons, shown back as given. */
function recorded(context: ReferralFirstStepsContext): { record: RecordView } {
  const areas = CHECKLISTS[context.checklist];
  const items = areas.flatMap((area) =>
    area.itemIds.flatMap((id) => {
      const answer = context.signs[id];
      return answer === undefined ? [] : [{ title: itemTitle(id), answer: { key: `referral:recorded.${answer}` } }];
    }),
  );
  const notes = areas.flatMap((area) => {
    const text = context.notes[area.id];
    return text === undefined ? [] : [{ heading: { key: 'referral:recorded.noteOn', values: { area: areaHeading(area) } }, text }];
  });
  return { record: { heading: { key: 'referral:recorded.heading' }, items, notes, empty: { key: 'referral:recorded.none' } } };
}

const TIER_IDS = ['category.csc-tier-1', 'category.csc-tier-2', 'category.csc-tier-3', 'category.csc-tier-4'];

/** For a safeguarding lead deciding the referral: the threshold tiers, described for them to judge. Never chosen for them. */
function tierLines(context: ReferralFirstStepsContext): TextRef[] {
  if (context.role !== 'lead') return [];
  const tiers = TIER_IDS.flatMap((id) => {
    const entry = allEntries.find((e) => e.id === id);
    return entry === undefined ? [] : [{ key: 'referral:tiers.line', values: { tier: entry.title, description: entry.summary } }];
  });
  return [{ key: 'referral:tiers.intro' }, ...tiers];
}

/** What the image-sharing answer adds to the summary (section 3): the police, or the school's own policy. */
function imagerySteps(context: ReferralFirstStepsContext): TextRef[] {
  if (context.imagery === 'aggravating' || context.imagery === 'notSure') return [{ key: 'referral:imagery.summaryPolice' }];
  if (context.imagery === 'consensual') return [{ key: 'referral:imagery.summarySchool' }];
  return [];
}
