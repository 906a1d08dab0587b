import type { TextRef, UrgentAudience } from '../cards/view';
import { URGENT_CALL_NOW } from '../cards/urgent.card';
import type { ReferralFirstStepsContext } from '../machines/referralFirstSteps.machine';
import { cite } from './citations';
import type { AnswerChoice, StepBody } from './flow';

/**
 * The immediate-danger question and the 999 card that open every journey that asks about danger
 * (Appendix C, step C2). The 999 wording is shared (the `danger` namespace); each journey gives its
 * own question, what comes next, and the label of the button that goes on.
 */

export interface DangerCheckKeys {
  /** Holds `title` and `body`: what danger looks like in this journey. */
  question: string;
  /** What to do once the child is safe. */
  then: string;
  /** The button that carries on. */
  carryOn: string;
}

const dangerChoices: AnswerChoice[] = [
  { label: { key: 'common:answer.yes' }, answer: { type: 'answer.danger', value: 'yes' }, style: 'destructive' },
  { label: { key: 'common:answer.notSure' }, answer: { type: 'answer.danger', value: 'notSure' } },
  { label: { key: 'common:answer.no' }, answer: { type: 'answer.danger', value: 'no' } },
];

type DangerContext = Pick<ReferralFirstStepsContext, 'danger'>;

/** The alerts at the top of a summary or page after danger, each ending in how to get help now. */
const CALL_ALERTS: ReadonlySet<string> = new Set(['danger:summary.call999', 'danger:summary.toldEarlier']);

/**
 * A summary's or page's alert after danger, ending in how its reader gets help now (issue 8: an officer was told to "ask
 * for the police"): the 999 card's own call line (cards/urgent.card.ts), so the wording lives once. The reader is known
 * where the card is drawn (dialogs/views.ts journeyView), which words it again for them.
 */
export function callAlert(key: 'danger:summary.call999' | 'danger:summary.toldEarlier', reader: UrgentAudience = 'anyone'): TextRef {
  return { key, refs: { call: { key: URGENT_CALL_NOW[reader] } } };
}

/** An alert worded for its reader, when it is one that ends in how to get help now; any other alert as it is. */
export function forReaderAlert(alert: TextRef, reader: UrgentAudience): TextRef {
  return CALL_ALERTS.has(alert.key) ? { ...alert, refs: { ...alert.refs, call: { key: URGENT_CALL_NOW[reader] } } } : alert;
}

/** On a journey's summary, 999 stays at the top whenever danger was answered "yes" or "not sure". */
export function dangerAlert(danger: DangerContext['danger']): Pick<StepBody, 'alert'> {
  return danger === 'yes' || danger === 'notSure' ? { alert: callAlert('danger:summary.call999') } : {};
}

export function dangerCheckViews(keys: DangerCheckKeys): Record<'askingDanger' | 'callingEmergency', (context: DangerContext) => StepBody> {
  return {
    askingDanger: () => ({
      tone: 'question',
      title: { key: `${keys.question}.title` },
      lines: [{ key: `${keys.question}.body` }],
      choices: dangerChoices,
      citations: [cite('pathway.c2.immediate-danger')],
    }),
    callingEmergency: (context) => ({
      tone: 'urgent',
      title: { key: 'danger:callingEmergency.title' },
      // "Not sure" was answered as danger: say why 999 is still the right call.
      lines: [{ key: context.danger === 'notSure' ? 'danger:callingEmergency.ifInDoubt' : 'danger:callingEmergency.body' }, { key: keys.then }],
      choices: [{ label: { key: keys.carryOn }, answer: { type: 'danger.acknowledged' } }],
      citations: [cite('pathway.c2.immediate-danger')],
    }),
  };
}
