import type { InputView, TextRef } from '../../cards/view';
import { signsOfSector, type MakesafeSector } from '../../knowledge/makesafeSigns';
import {
  DETAIL_FIELDS_OF_SECTOR,
  DETAIL_MAX_LENGTH,
  type DetailField,
  type MakesafeFirstStepsContext,
} from '../../machines/makesafeFirstSteps.machine';
import { cite } from '../citations';
import type { AnswerChoice, StepBody } from '../flow';

/**
 * The Makesafe cards after the 999 question: the sector, its signs, the details, and the read-out
 * for the call. What the user typed reaches a card only as an interpolated value, which the card
 * escapes.
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

/** Labels that differ by sector: a hotel's "where" is a room, a taxi's is a pick-up and a destination. */
function detailLabel(field: DetailField, sector: MakesafeSector): TextRef {
  if (field === 'where') return k(`details.where.${sector === 'hotel' || sector === 'taxi' ? sector : 'default'}`);
  if (field === 'bookingName') return k(`details.bookingName.${sector === 'taxi' ? 'taxi' : 'hotel'}`);
  return k(`details.${field}`);
}

export function detailsStep(context: MakesafeFirstStepsContext): StepBody {
  const sector = context.sector ?? 'other';
  const inputs: InputView[] = DETAIL_FIELDS_OF_SECTOR[sector].map((field) => ({
    kind: 'text',
    id: field,
    label: detailLabel(field, sector),
    value: context.details[field] ?? '',
    maxLength: DETAIL_MAX_LENGTH[field],
    errorKey: 'errors:makesafe.detail',
  }));
  return {
    tone: 'question',
    title: k('recordingDetails.title'),
    lines: [k('recordingDetails.body'), k('recordingDetails.notSent')],
    inputs,
    choices: [{ label: k('recordingDetails.continue'), answer: { type: 'answer.details' }, style: 'positive' }],
    citations: [cite('pathway.makesafe.what-to-say')],
  };
}

/** The read-out, in the order a call handler asks: Makesafe and whether the child is there, where, when, what, who, then the rest. */
function readOut(context: MakesafeFirstStepsContext): TextRef[] {
  const detail = (field: DetailField): TextRef[] => {
    const text = context.details[field];
    return text === undefined ? [] : [k(`readOut.${field}`, { text })];
  };
  const sectorSigns = signsOfSector(context.sector ?? 'other');
  const signs = (['seen', 'notSure'] as const).flatMap((answer) => {
    const texts = sectorSigns.filter((sign) => context.signs[sign.id] === answer).map((sign) => sign.text);
    return texts.length === 0 ? [] : [k(`readOut.signs.${answer}`, { signs: texts.join('; ') })];
  });
  const given = Object.keys(context.details).length + signs.length > 0;
  return [
    k('readOut.intro'),
    k('readOut.makesafe'),
    k(`readOut.childPresent.${context.childPresent ?? 'notSure'}`),
    ...detail('where'),
    ...detail('when'),
    ...detail('seenOrHeard'),
    ...signs,
    ...detail('who'),
    ...detail('vehicles'),
    ...detail('payment'),
    ...detail('bookingName'),
    ...(given ? [] : [k('readOut.nothingEntered')]),
    k('readOut.yourDetails'),
  ];
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
    lines: [k(`${state}.body`), ...readOut(context)],
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
