import type { TextRef } from '../../cards/view';
import { signsOfSector, type MakesafeSector } from '../../knowledge/makesafeSigns';
import type { MakesafeFirstStepsContext } from '../../machines/makesafeFirstSteps.machine';
import { cite } from '../citations';
import type { AnswerChoice, StepBody } from '../flow';

/**
 * The Makesafe cards after the 999 question: the sector, its signs, and who to call. The details
 * for the call and their read-out are the Makesafe report's (makesafeReadOut.ts), offered on the
 * last card's button.
 */

const k = (key: string, values?: TextRef['values']): TextRef => (values === undefined ? { key: `business:${key}` } : { key: `business:${key}`, values });

const SECTOR_CHOICES: AnswerChoice[] = (['hotel', 'taxi', 'fastFood', 'licensedPremises', 'careHome', 'other'] as const).map((value) => ({
  label: k(`sector.${value}`),
  answer: { type: 'answer.sector', value },
}));

export function sectorStep(): StepBody {
  return {
    tone: 'question',
    title: k('askingSector.title'),
    lines: [k('askingSector.body')],
    choices: SECTOR_CHOICES,
    citations: [cite('pathway.makesafe.sectors')],
  };
}

const SIGN_CHOICES = (['seen', 'notSure', 'notSeen'] as const).map((value) => ({ label: k(`sign.${value}`), value }));

/** Sectors with no sign list of their own in any source found: the card says so. */
const NO_OWN_LIST: Partial<Record<MakesafeSector, string>> = { careHome: 'recordingSigns.careHomeGap', other: 'recordingSigns.otherGap' };

export function signsStep(context: MakesafeFirstStepsContext): StepBody {
  const sector = context.sector ?? 'other';
  const gap = NO_OWN_LIST[sector];
  return {
    tone: 'question',
    title: k(`recordingSigns.title.${sector}`),
    lines: [k('recordingSigns.body'), ...(gap === undefined ? [] : [k(gap)])],
    inputs: signsOfSector(sector).map((sign) => ({
      kind: 'choice' as const,
      id: sign.id,
      label: sign.text,
      choices: SIGN_CHOICES,
      value: context.signs[sign.id] ?? 'notSeen',
      errorKey: 'errors:makesafe.sign',
    })),
    choices: [{ label: k('recordingSigns.continue'), answer: { type: 'answer.signs' }, style: 'positive' }],
    citations: [cite('pathway.makesafe.sector-signs')],
  };
}

/** What to do besides the call, where the Makesafe guidance is sector-specific. */
function sectorSteps(sector: MakesafeSector | undefined, emergency: boolean): TextRef[] {
  if (sector === 'hotel') return [k('step.keepHotelRoom'), k('step.keepEvidenceHotel')];
  // Refusing a fare is advice for a booking; with the child already in the car, the call handler decides.
  if (sector === 'taxi') return [emergency ? k('step.taxiEmergency') : k('step.refuseFare'), k('step.keepEvidence')];
  return [k('step.keepEvidence')];
}

export function reportingStep(context: MakesafeFirstStepsContext, emergency: boolean): StepBody {
  const state = emergency ? 'reportingEmergency' : 'reportingNonEmergency';
  const call: TextRef[] = emergency ? [k('step.call999')] : [k('step.call101'), k('reportingNonEmergency.ifDanger')];
  return {
    tone: emergency ? 'urgent' : 'summary',
    title: k(`${state}.title`),
    lines: [k(`${state}.body`), k('report.intro'), ...(context.earlierDetails === undefined ? [] : [k('report.earlierDetails')])],
    steps: [...call, k('step.doNotConfront'), ...sectorSteps(context.sector, emergency), k('step.keepLog')],
    choices: [],
    citations: [
      ...(emergency ? [cite('pathway.c2.immediate-danger')] : []),
      cite('pathway.makesafe.report'),
      cite('pathway.makesafe.read-out'),
      cite('pathway.makesafe.keep-evidence'),
    ],
  };
}
