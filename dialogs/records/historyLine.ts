import type { TextRef } from '../../cards/view';
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
  }
}
