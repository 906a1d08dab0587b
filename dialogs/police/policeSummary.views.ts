import type { CitationView, TextRef } from '../../cards/view';
import type { PoliceFirstStepsContext } from '../../machines/policeFirstSteps.machine';
import { cite } from '../citations';
import type { StepBody } from '../flow';
import { entryTitle } from './policeFlags.questions';
import { enteredFlags, flagCode, rationaleRecord } from './policeFlags.views';

/**
 * The end of the officer's pathway: Appendix J's checklists with their review points and the
 * outcome codes (Appendices E and J), then the summary: who owns the case as section 6 says it
 * (and where it says nothing), what to do now in order, and the deadlines that apply.
 */

const k = (key: string): TextRef => ({ key: `police:${key}` });
const s = (key: string): TextRef => k(`summarisingActions.${key}`);

export function planningInvestigationStep(): StepBody {
  const outcome = (code: string) => entryTitle(`outcome.${code}`);
  return {
    tone: 'summary',
    title: k('planningInvestigation.title'),
    lines: [k('planningInvestigation.body')],
    steps: [
      k('planningInvestigation.supervisor'),
      k('planningInvestigation.victim'),
      k('planningInvestigation.suspect'),
      k('planningInvestigation.escalation'),
      k('planningInvestigation.revisit'),
      k('planningInvestigation.closing'),
      { key: 'police:planningInvestigation.outcomeCodes', values: { mi: outcome('mi'), fp: outcome('fp'), fo: outcome('fo'), fq: outcome('fq') } },
    ],
    choices: [{ label: k('planningInvestigation.continue'), answer: { type: 'investigation.acknowledged' }, style: 'positive' }],
    citations: [
      cite('pathway.police.appendix-j'),
      cite('pathway.d6.iat-categorises'),
      cite('pathway.d9.outcome-codes'),
    ],
  };
}

/** Section 6 on ownership, no more: the rule for category 1 and non-contact online category 2, silence on the rest, looked-after children apart. */
export function ownershipLines(context: PoliceFirstStepsContext): TextRef[] {
  const iat = s('ownership.iat');
  if (context.lookedAfter === 'yes') return [s('ownership.lookedAfter'), iat];
  const rule = s(`ownership.${context.categoryFlag ?? 'none'}`);
  const lookedAfter = context.lookedAfter === 'notKnown' ? [s('ownership.ifLookedAfter')] : [];
  return [rule, s('ownership.elsewhere'), ...lookedAfter, iat];
}

/** What to do now, in order, then the deadlines: only the steps the answers call for. */
export function actionSteps(context: PoliceFirstStepsContext): TextRef[] {
  const flags = enteredFlags(context).map(flagCode).join(', ');
  const lookedAfter = context.lookedAfter === 'yes';
  // A child who goes missing needs the trigger plan before the meetings: it is among the steps shown first.
  return [
    s('pac'),
    { key: `police:summarisingActions.${context.crimeAlleged === 'yes' ? 'reportCrime' : 'reportConcern'}`, values: { flags } },
    ...(context.missing === 'yes' ? [s('triggerPlan')] : []),
    s('socialCare'),
    s(lookedAfter ? 'strategyLookedAfter' : 'strategy'),
    ...(context.lookedAfter === 'no' ? [] : [s('outOfBorough')]),
    ...(context.trafficking === 'yes' ? [s('nrm')] : []),
    s('mase'),
    s('close'),
    ...(context.immediateRisk === 'yes' ? [s('deadlinesProtection')] : []),
    s('deadlines'),
  ];
}

function summaryCitations(context: PoliceFirstStepsContext): CitationView[] {
  return [
    ...(context.immediateRisk === 'yes' ? [cite('pathway.police.police-protection'), cite('pathway.police.police-protection-limits')] : []),
    cite('pathway.d3.merlin-and-cris'),
    cite('pathway.d5.flags'),
    cite(context.lookedAfter === 'yes' ? 'pathway.police.ownership-looked-after' : 'pathway.police.ownership'),
    ...(context.lookedAfter === 'notKnown' ? [cite('pathway.police.ownership-looked-after')] : []),
    cite('pathway.d6.iat-categorises'),
    cite('pathway.c4.mash-referral'),
    cite('pathway.d7.strategy-discussion'),
    ...(context.lookedAfter === 'no' ? [] : [cite('pathway.police.looked-after-out-of-borough')]),
    ...(context.missing === 'yes' ? [cite('pathway.police.missing-trigger-plan')] : []),
    ...(context.trafficking === 'yes' ? [cite('pathway.trafficking.nrm-referral')] : []),
    cite('pathway.d8.mase'),
    cite('pathway.police.appendix-j'),
    cite('pathway.d9.outcome-codes'),
  ];
}

export function summaryStep(context: PoliceFirstStepsContext): StepBody {
  return {
    tone: 'summary',
    title: s('title'),
    lines: ownershipLines(context),
    steps: actionSteps(context),
    record: rationaleRecord(context),
    choices: [],
    next: [{ label: { key: 'powerFinder:startFromSummary' }, flowId: 'tactics.powerFinder' }],
    citations: summaryCitations(context),
  };
}
