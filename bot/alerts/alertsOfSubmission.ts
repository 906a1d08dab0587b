import { createHash } from 'node:crypto';
import type { RouteAnswers } from '../../dialogs/forms/routeAnswers';
import type { SettingsDirectory } from '../settings/settingsDirectory';
import type { NewAlert } from '../storage/alert.types';
import { routeKeyOf } from '../storage/types';
import type { AlertsOf } from '../turnRunner';

/**
 * One alert per person a submitted form is routed to: the recipients the submitter's settings route
 * the form to (recipientsOf), each expanded to the people holding that role (peopleOf), the submitter
 * left out. Its id is derived from the form instance and the person, so a repeated or duplicated
 * submit, on any instance, names the same alert and writes nothing new.
 *
 * Beside them, one escalation alert per next contact of each step of the routes' escalations (one
 * step for `escalateTo`, several for a chain): due after the step's wait (else the deployment's
 * default), sent then only if nobody has acknowledged the record (bot/alerts/alertDispatcher.ts). Its
 * id carries an "escalation" marker, so it never collides with a new record's alert. A route the
 * submitter is on does not escalate (they know of the record: it is theirs), and nobody already
 * alerted, nor the submitter, is a next contact; someone in several steps is alerted at the first.
 */

export function alertIdOf(idempotencyKey: string, recipientObjectId: string): string {
  return createHash('sha256').update(JSON.stringify(['alert', idempotencyKey, recipientObjectId])).digest('hex').slice(0, 40);
}

export function escalationAlertIdOf(idempotencyKey: string, recipientObjectId: string): string {
  return createHash('sha256').update(JSON.stringify(['escalation', idempotencyKey, recipientObjectId])).digest('hex').slice(0, 40);
}

export interface AlertsOfSubmissionOptions {
  /** ALERT_ESCALATE_AFTER_MINUTES: the wait of a route that names no escalateAfterMinutes. */
  escalateAfterMinutes: number;
}

export function alertsOfSubmission(directory: SettingsDirectory, options: AlertsOfSubmissionOptions): AlertsOf {
  return (submission, submitter, now, answers = {}) => {
    if (submitter.actor.kind !== 'person') return [];
    const holds = submitter.actor.holds;
    const self = submitter.objectId?.toLowerCase();
    const people = directory.peopleOf(directory.recipientsOf(submission.kind, holds, answers)).filter((objectId) => objectId !== self);
    const alerts: NewAlert[] = people.map((recipientObjectId) => ({
      alertId: alertIdOf(submission.idempotencyKey, recipientObjectId),
      idempotencyKey: submission.idempotencyKey,
      recipientObjectId,
      formKind: submission.kind,
      createdAt: now,
    }));
    const nextContacts = nextContactsOf(directory, { formKind: submission.kind, answers }, holds, new Set([...people, ...(self === undefined ? [] : [self])]), self, options.escalateAfterMinutes);
    for (const [recipientObjectId, escalation] of nextContacts) {
      alerts.push({
        alertId: escalationAlertIdOf(submission.idempotencyKey, recipientObjectId),
        idempotencyKey: submission.idempotencyKey,
        recipientObjectId,
        formKind: submission.kind,
        createdAt: now,
        escalation: { afterMinutes: escalation.afterMinutes, to: [...escalation.to].sort() },
      });
    }
    return alerts;
  };
}

/**
 * Each next contact once, at the shortest wait of the steps escalating to them, with every role (route
 * key) any next contact is reached through at that wait: what the escalation after that wait routes the
 * record to, and what the record's history names (whichever alert of that wait is looked at first).
 */
function nextContactsOf(directory: SettingsDirectory, form: { formKind: string; answers: RouteAnswers }, holds: Parameters<SettingsDirectory['escalationsOf']>[1], excluded: ReadonlySet<string>, self: string | undefined, defaultMinutes: number) {
  const found = new Map<string, { afterMinutes: number; to: Set<string> }>();
  for (const escalation of directory.escalationsOf(form.formKind, holds, form.answers)) {
    if (self !== undefined && directory.peopleOf([escalation.route]).includes(self)) continue;
    const afterMinutes = escalation.afterMinutes ?? defaultMinutes;
    for (const next of escalation.to) {
      for (const person of directory.peopleOf([next])) {
        if (excluded.has(person)) continue;
        const known = found.get(person);
        if (known === undefined || afterMinutes < known.afterMinutes) found.set(person, { afterMinutes, to: new Set([routeKeyOf(next)]) });
        else if (afterMinutes === known.afterMinutes) known.to.add(routeKeyOf(next));
      }
    }
  }
  const toAt = new Map<number, Set<string>>();
  for (const { afterMinutes, to } of found.values()) toAt.set(afterMinutes, new Set([...(toAt.get(afterMinutes) ?? []), ...to]));
  for (const contact of found.values()) contact.to = toAt.get(contact.afterMinutes) ?? contact.to;
  return found;
}
