import type { TextRef } from '../../cards/view';
import { MASE_PRECONDITIONS, type SocialCareFirstStepsContext } from '../../machines/socialCareFirstSteps.machine';
import { cite } from '../citations';
import { localContacts } from '../contacts';
import { dangerAlert } from '../dangerCheck.views';
import type { DeploymentFacts, StepBody } from '../flow';

/**
 * The closing summary of the social care journey, derived from the answers: what to do now, in
 * order, each part citing the pathway step it comes from; who to contact; the deadlines that apply.
 */

type ContactKey = keyof DeploymentFacts['contacts'];

/** One part of the summary: its numbered steps, the pathway steps they cite, the local contacts they need. */
interface Part {
  steps: TextRef[];
  cites: string[];
  contacts?: ContactKey[];
}

const k = (key: string): TextRef => ({ key: `socialCare:${key}` });
const NONE: Part = { steps: [], cites: [] };

function dangerPart(context: SocialCareFirstStepsContext): Part {
  return context.danger === 'yes' || context.danger === 'notSure' ? { steps: [k('step.danger')], cites: ['pathway.c2.immediate-danger'] } : NONE;
}

/** Section 6, referral desks: to the allocated social worker (87A), or the MASH (587/00, ES). */
function referralPart(context: SocialCareFirstStepsContext): Part {
  if (context.socialWorker === 'yes') return { steps: [k('step.asw'), k('step.asw87a')], cites: ['pathway.c4.allocated-social-worker'] };
  const check = context.socialWorker === 'notKnown' ? { steps: [k('step.checkAsw')], cites: ['pathway.c4.allocated-social-worker'] } : NONE;
  return {
    steps: [...check.steps, k('step.mash'), k('step.mash587')],
    cites: [...check.cites, 'pathway.c4.mash-referral'],
    contacts: ['mash'],
  };
}

/** Section 6: the IAT then categorises the report, whichever desk it came through: the police's step, told after the user's own. */
function categorisationPart(): Part {
  return { steps: [k('step.iat')], cites: ['pathway.social-care.iat-categorisation'] };
}

/** Where a strategy discussion is required (section 7): reasonable cause to suspect significant harm, or CSE suspected even without it. */
const needsStrategyDiscussion = (context: SocialCareFirstStepsContext): boolean => context.significantHarm !== 'no' || context.cseSuspected === 'yes';

function strategyOpening(context: SocialCareFirstStepsContext): Part {
  if (context.significantHarm === 'no') return { steps: [k('step.strategy.requiredCse')], cites: ['pathway.social-care.strategy-required-cse'] };
  if (context.significantHarm === 'notSure') return { steps: [k('step.strategy.notSure')], cites: ['pathway.social-care.strategy-threshold-unsure'] };
  return { steps: [k('step.strategy.convene')], cites: [] };
}

/** Section 7, strategy discussion: convened when there is reasonable cause to suspect significant harm, and required in CSE cases. */
function strategyPart(context: SocialCareFirstStepsContext): Part {
  if (!needsStrategyDiscussion(context)) return { steps: [k('step.strategy.review')], cites: ['pathway.social-care.strategy-discussion'] };
  const opening = strategyOpening(context);
  const lookedAfter = context.lookedAfter !== undefined && context.lookedAfter !== 'no';
  return {
    steps: [
      ...opening.steps,
      k('step.strategy.attendees'),
      ...(lookedAfter ? [k('step.strategy.fostering')] : []),
      k('step.strategy.tasks'),
      k('step.strategy.crossReference'),
      k('step.strategy.record'),
    ],
    cites: [
      'pathway.social-care.strategy-discussion',
      ...opening.cites,
      'pathway.social-care.strategy-tasks',
      'pathway.social-care.cross-reference',
    ],
  };
}

function organisedPart(context: SocialCareFirstStepsContext): Part {
  return context.organisedAbuse === 'yes' ? { steps: [k('step.organised')], cites: ['pathway.social-care.organised-complex-abuse'] } : NONE;
}

/** The conditions not met (or not known) come first, as what to do before MASE; then the information form to the coordinator. */
function masePart(context: SocialCareFirstStepsContext): Part {
  const preconditions = context.masePreconditions;
  if (preconditions === undefined) return NONE;
  const firstSteps = MASE_PRECONDITIONS.filter((p) => preconditions[p] !== 'met').map((p) => k(`step.mase.${p}`));
  return {
    steps: [...firstSteps, k('step.mase.form')],
    cites: ['pathway.social-care.mase-preconditions', 'pathway.social-care.mase-information-form', 'pathway.social-care.mase-coordinator'],
    contacts: ['maseCoordinator'],
  };
}

function lookedAfterPart(context: SocialCareFirstStepsContext): Part {
  const cites = ['pathway.social-care.lac-out-of-borough'];
  if (context.lookedAfter === 'placedKnownAtRisk') return { steps: [k('step.lac.beforePlacement'), k('step.lac.notifyPlaced'), k('step.lac.primacy')], cites };
  if (context.lookedAfter === 'atRiskAfterPlacement') return { steps: [k('step.lac.notifyStrategy'), k('step.lac.primacy')], cites };
  return NONE;
}

/**
 * A looked-after child gone missing, now or recently (section 9): reporting to the police at the earliest opportunity is
 * the user's to do now, so it is told among the steps shown first; the rest (the return interview within 72 hours of
 * being located or returning, the trigger plan, a CAWN, the return-interview journey) follow the strategy discussion.
 */
function missingNow(context: SocialCareFirstStepsContext): Part {
  return context.missing === 'yes' ? { steps: [k('step.missing.report')], cites: ['pathway.missing.report-to-police'] } : NONE;
}

/** The missing episode's later steps (section 9, Appendix I), reusing the return-interview journey's words. */
function missingLater(context: SocialCareFirstStepsContext): Part {
  if (context.missing !== 'yes') return NONE;
  return {
    steps: [
      { key: 'missingReturned:arrangingReturnInterview.within72' },
      { key: 'missingReturned:arrangingReturnInterview.responsibleLookedAfter' },
      k('step.missing.triggerPlan'),
      k('step.missing.cawn'),
      k('step.missing.journey'),
    ],
    cites: ['pathway.missing.return-interview', 'pathway.police.missing-trigger-plan', 'pathway.missing.cawn'],
  };
}

function transitionPart(context: SocialCareFirstStepsContext): Part {
  // Asking from 17 is the journey's own prompt (cited on the question); what to do is the protocol's.
  return context.seventeenOrOver === 'yes' ? { steps: [k('step.transition')], cites: ['pathway.social-care.transition-to-adulthood'] } : NONE;
}

/**
 * Social workers are first responders (section 10): they make the NRM referral, or consider it, among the steps shown
 * first (see ORDER); telling MASE and the trafficking journey come after the strategy discussion and the rest.
 */
function traffickingFirst(context: SocialCareFirstStepsContext): Part {
  if (context.trafficking === 'yes') return { steps: [k('step.trafficking.nrm')], cites: ['pathway.trafficking.first-responders', 'pathway.trafficking.nrm-referral', 'pathway.trafficking.crime-report'] };
  if (context.trafficking === 'notSure') return { steps: [k('step.trafficking.consider')], cites: ['pathway.trafficking.movement-and-exploitation', 'pathway.trafficking.first-responders', 'pathway.trafficking.nrm-referral'] };
  return NONE;
}

function traffickingLater(context: SocialCareFirstStepsContext): Part {
  if (context.trafficking === 'yes') return { steps: [k('step.trafficking.mase'), k('step.trafficking.journey')], cites: ['pathway.social-care.mase-trafficking'] };
  return context.trafficking === 'notSure' ? { steps: [k('step.trafficking.journey')], cites: [] } : NONE;
}

/** The deadlines, worded as section 7 frames them: 45 working days for the assessment, 24 hours for the out-of-borough notification. */
function deadlineLines(context: SocialCareFirstStepsContext): { lines: TextRef[]; cites: string[] } {
  const lines: TextRef[] = [];
  const cites: string[] = [];
  if (needsStrategyDiscussion(context)) {
    lines.push(k('planningNextSteps.deadline45'));
    cites.push('pathway.social-care.assessment-timescale');
  }
  if (context.lookedAfter === 'placedKnownAtRisk') lines.push(k('planningNextSteps.deadline24Placed'));
  if (context.lookedAfter === 'atRiskAfterPlacement') lines.push(k('planningNextSteps.deadline24Strategy'));
  return lines.length === 0 ? { lines, cites } : { lines: [k('planningNextSteps.deadlines'), ...lines], cites };
}

function maseLines(context: SocialCareFirstStepsContext): TextRef[] {
  const preconditions = context.masePreconditions;
  if (preconditions === undefined) return [];
  return [k(MASE_PRECONDITIONS.every((p) => preconditions[p] === 'met') ? 'planningNextSteps.maseReady' : 'planningNextSteps.maseNotReady')];
}

/**
 * The one place that decides the order. A summary shows its first five steps before "Show details", so what the user
 * must do now whatever else applies comes first, each in the protocol's order: 999, the referral (section 6), reporting
 * a missing child to the police at the earliest opportunity (section 9), the NRM (section 10). Then the strategy
 * discussion and the rest in the protocol's order, and last the police's categorisation, which is not the user's to do.
 * The deadlines are not steps: the card shows them beside the first steps, never behind "Show details".
 * Five steps cannot hold everything: with danger, an unknown social worker and a missing child, the NRM step is the sixth.
 */
const ORDER: Array<(context: SocialCareFirstStepsContext) => Part> = [
  dangerPart,
  referralPart,
  missingNow,
  traffickingFirst,
  strategyPart,
  organisedPart,
  masePart,
  lookedAfterPart,
  missingLater,
  transitionPart,
  traffickingLater,
  categorisationPart,
];

export function nextStepsView(context: SocialCareFirstStepsContext, facts: DeploymentFacts): StepBody {
  const parts = ORDER.map((part) => part(context));
  const deadlines = deadlineLines(context);
  const cites = [...new Set([...parts.flatMap((p) => p.cites), ...deadlines.cites])];
  const contacts = [...new Set(parts.flatMap((p) => p.contacts ?? []))];
  return {
    tone: 'summary',
    ...dangerAlert(context.danger),
    title: k('planningNextSteps.title'),
    lines: [k('planningNextSteps.body'), ...maseLines(context)],
    steps: parts.flatMap((p) => p.steps),
    ...(deadlines.lines.length === 0 ? {} : { deadlines: deadlines.lines }),
    choices: [],
    next: [{ label: { key: 'powerFinder:startFromSummary' }, flowId: 'tactics.powerFinder' }],
    ...(contacts.length === 0 ? {} : localContacts(facts, contacts)),
    citations: cites.map(cite),
  };
}
