import type { TextRef } from '../../cards/view';
import { recipientSchema } from '../access/access.schema';
import { durationRef } from '../alerts/alertView';
import { formatDate } from '../forms/dates';
import type { LeadEvent } from './leadEvents';

/** One of the lead's events in words, as the lead's review lists it and the reporter sees a shared note (what was typed is escaped by the card). */
export function historyLine(event: LeadEvent): TextRef {
  switch (event.kind) {
    case 'acknowledged':
    case 'closed':
      return { key: `records:history.${event.kind}` };
    case 'actionAdded':
      return { key: 'records:history.actionAdded', values: { what: event.details.what, who: event.details.who, byWhen: formatDate(event.details.byWhen) } };
    case 'decided': {
      const decision = { key: `records:decision.options.${event.details.decision}` };
      return event.details.reason === '' ? { key: 'records:history.decidedNoReason', refs: { decision } } : { key: 'records:history.decided', values: { reason: event.details.reason }, refs: { decision } };
    }
    case 'escalated': {
      const duration = durationRef(event.details.afterMinutes);
      const to = rolesRef(event.details.to ?? []);
      return to === undefined ? { key: 'records:history.escalatedToNextContact', refs: { duration } } : { key: 'records:history.escalated', refs: { duration, to } };
    }
  }
}

/**
 * The roles an escalation went to, in words and by role only ("the deputy safeguarding lead"), as the
 * history names no one; each role once, whatever setting holds it. Undefined when none can be read
 * (an escalation recorded before its roles were kept).
 */
function rolesRef(routeKeys: readonly string[]): TextRef | undefined {
  const roles = [
    ...new Set(
      routeKeys.flatMap((key) => {
        const [settingId, role] = key.split('/');
        const parsed = recipientSchema.safeParse({ settingId, role });
        return parsed.success ? [parsed.data.role] : [];
      }),
    ),
  ];
  const words = roles.map((role): TextRef => ({ key: `records:history.roles.${role}` }));
  const last = words.pop();
  if (last === undefined) return undefined;
  const before = words.reduce<TextRef | undefined>((list, next) => (list === undefined ? next : { key: 'records:history.list.comma', refs: { list, next } }), undefined);
  return before === undefined ? last : { key: 'records:history.list.and', refs: { list: before, last } };
}
