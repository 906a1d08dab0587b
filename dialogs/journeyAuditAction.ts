import { createHash } from 'node:crypto';
import { AUDIT_ACTION as ACTION, MAX_AUDIT_ACTION_LENGTH } from './auditAction';

/**
 * The audit actions that name a journey's flow and versions: `journey.carriedOver.<flow>.v<from>-to-v<to>`
 * and `journey.retired.<flow>.v<from>`. The audit chain refuses an action that breaks the rule in
 * auditAction.ts (too long, or not dot-separated identifiers), and a refused entry would fail the turn
 * after its write. So every name built here fits by construction: a flow id too long, or not
 * made of identifiers, is written in its short form, the same in every entry; today's flows keep their ids.
 */

/** The longest flow id written as it is (the longest today, form.outOfBoroughNotification, is 29). */
export const MAX_FLOW_ID_IN_ACTION = 30;
const HASH_LENGTH = 8;
const HEAD_LENGTH = MAX_FLOW_ID_IN_ACTION - HASH_LENGTH - 1;

const fits = (action: string): boolean => action.length <= MAX_AUDIT_ACTION_LENGTH && ACTION.test(action);
const digest = (text: string, length: number): string => createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);

/**
 * The flow id as actions write it: as it is when it is short enough and made of identifiers; otherwise
 * its first characters and a hash of the whole id (`form.aVeryLongFormName-1a2b3c4d`), so a reviewer can
 * still tell the flow, and two long ids that begin alike stay apart. At most MAX_FLOW_ID_IN_ACTION characters.
 */
export function flowIdInAction(flowId: string): string {
  if (flowId.length <= MAX_FLOW_ID_IN_ACTION && ACTION.test(flowId)) return flowId;
  const head = flowId.slice(0, HEAD_LENGTH).replace(/[.-]+$/, '');
  return `${ACTION.test(head) ? head : 'flow'}-${digest(flowId, HASH_LENGTH)}`;
}

type JourneyEvent = 'carriedOver' | 'retired';

function journeyAction(event: JourneyEvent, flowId: string, versions: string): string {
  const prefix = `journey.${event}.`;
  const named = `${prefix}${flowIdInAction(flowId)}.${versions}`;
  // Only versions no statechart will reach (a thousand and more) leave no room: the flow and versions hashed together.
  return fits(named) ? named : `${prefix}h${digest(`${flowId}.${versions}`, 16)}`;
}

/** A journey or form carried over from the version that stored it to the version running now. */
export function carriedOverAction(flowId: string, from: number, to: number): string {
  return journeyAction('carriedOver', flowId, `v${from}-to-v${to}`);
}

/** A journey or form retired: the version that stored it could not be carried on by the version running now. */
export function retiredAction(flowId: string, from: number): string {
  return journeyAction('retired', flowId, `v${from}`);
}
