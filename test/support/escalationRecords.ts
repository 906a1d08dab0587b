import { randomUUID } from 'node:crypto';
import type { AlertDispatcher } from '../../bot/alerts/alertDispatcher';
import { alertIdOf, escalationAlertIdOf } from '../../bot/alerts/alertsOfSubmission';
import type { NewAlert } from '../../bot/storage/alert.types';
import type { Storage } from '../../bot/storage/types';
import type { Recipient } from '../../dialogs/access/access.schema';
import { dispatcherOn, kept, type Sent } from './escalationStores';

/**
 * The escalation tests' records and time (test/bot/alertEscalation*.test.ts): a concern record with its
 * chain of escalations written as the turn runner writes it, a fake clock in minutes after a fixed start
 * (no test waits for time to pass, nor depends on today's date), and what the tests read back.
 */

export const T0 = new Date('2031-03-04T09:00:00.000Z');
export const minutes = (m: number): Date => new Date(T0.getTime() + m * 60_000);

/** One step of a chain: after how long nobody acknowledging, to which role (in the record's school unless `settingId` names another setting), and who is alerted. */
export interface EscalationStep {
  afterMinutes: number;
  role: Recipient['role'];
  settingId?: string;
  contacts: readonly string[];
}

/** Whom a record goes to: its school's lead at once, then each step in turn. */
export interface Chain {
  lead: string;
  steps: readonly EscalationStep[];
}

export interface Submitted {
  reference: string;
  idempotencyKey: string;
  school: string;
  lead: Recipient;
  /** A step's recipient, for this record. */
  to(step: EscalationStep): Recipient;
}

/**
 * As the turn runner writes it: the alerts first (the lead's at once, each step's contacts' escalations
 * after its wait), then the record routed to the lead, in a new fictional school; then the personal
 * chats kept for the people named in `referencesFor` (those not named have not opened the app yet).
 */
export async function submitted(storage: Storage, chain: Chain, referencesFor: readonly string[]): Promise<Submitted> {
  const idempotencyKey = `form-instance-${randomUUID()}`;
  const school = `fictional-school-${randomUUID().slice(0, 8)}`;
  const lead: Recipient = { settingId: school, role: 'lead' };
  const to = (step: EscalationStep): Recipient => ({ settingId: step.settingId ?? school, role: step.role });
  const escalations: NewAlert[] = chain.steps.flatMap((step) =>
    step.contacts.map((contact) => ({ alertId: escalationAlertIdOf(idempotencyKey, contact), idempotencyKey, recipientObjectId: contact, formKind: 'form.concernRecord', createdAt: T0, escalation: { afterMinutes: step.afterMinutes, to: [`${to(step).settingId}/${step.role}`] } })),
  );
  await storage.alerts.enqueue([{ alertId: alertIdOf(idempotencyKey, chain.lead), idempotencyKey, recipientObjectId: chain.lead, formKind: 'form.concernRecord', createdAt: T0 }, ...escalations]);
  const { reference } = await storage.submissions.submit({ idempotencyKey, kind: 'form.concernRecord', ownerKey: 'owner-fictional-teacher', payload: { childName: 'Test Child A' }, createdAt: T0, routedTo: [lead] });
  for (const objectId of referencesFor) await storage.references.put(objectId, kept(objectId), T0);
  return { reference, idempotencyKey, school, lead, to };
}

/** Everyone a chain alerts: its lead, then each step's contacts. */
export const everyoneIn = (chain: Chain): string[] => [chain.lead, ...chain.steps.flatMap((step) => step.contacts)];

/** The dispatchers' fake clock, `set` in minutes after T0, and what every dispatcher on it sends, collected in `sent`. */
export function fakeTime(start: number) {
  let now = minutes(start);
  const sent: Sent[] = [];
  return {
    sent,
    set(m: number): void {
      now = minutes(m);
    },
    dispatcherOn: (storage: Storage): AlertDispatcher => dispatcherOn(storage, sent, () => now),
  };
}

/** Rounds of ticks run at once, as several server processes would: the dispatchers listed (one may be listed twice) tick together in each round. */
export async function tickTogether(dispatchers: readonly AlertDispatcher[], rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round += 1) await Promise.all(dispatchers.map((d) => d.tick()));
}

export const routedTo = async (storage: Storage, reference: string): Promise<readonly Recipient[]> => (await storage.submissions.get(reference))?.routedTo ?? [];

/** Each alert's status, by its recipient. */
export const statusesOf = async (storage: Storage, idempotencyKey: string): Promise<Record<string, string>> =>
  Object.fromEntries((await storage.alerts.listByKey(idempotencyKey)).map((a) => [a.recipientObjectId, a.status]));
