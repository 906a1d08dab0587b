import { createHash } from 'node:crypto';
import type { SettingsDirectory } from '../settings/settingsDirectory';
import type { AlertsOf } from '../turnRunner';

/**
 * One alert per person a submitted form is routed to: the recipients the submitter's settings route
 * the form to (recipientsOf), each expanded to the people holding that role (peopleOf), the submitter
 * left out. Its id is derived from the form instance and the person, so a repeated or duplicated
 * submit, on any instance, names the same alert and writes nothing new.
 */

export function alertIdOf(idempotencyKey: string, recipientObjectId: string): string {
  return createHash('sha256').update(JSON.stringify(['alert', idempotencyKey, recipientObjectId])).digest('hex').slice(0, 40);
}

export function alertsOfSubmission(directory: SettingsDirectory): AlertsOf {
  return (submission, submitter, now) => {
    if (submitter.actor.kind !== 'person') return [];
    const self = submitter.objectId?.toLowerCase();
    const people = directory.peopleOf(directory.recipientsOf(submission.kind, submitter.actor.holds)).filter((objectId) => objectId !== self);
    return people.map((recipientObjectId) => ({
      alertId: alertIdOf(submission.idempotencyKey, recipientObjectId),
      idempotencyKey: submission.idempotencyKey,
      recipientObjectId,
      formKind: submission.kind,
      createdAt: now,
    }));
  };
}
