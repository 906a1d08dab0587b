import { z } from 'zod';

/**
 * Who is asking and about what, as the authorisation function sees them: plain data, built in bot/
 * from the activity and the settings file. Nothing here knows Teams, tokens or the store.
 */

/** The kinds of setting a deployment configures (docs/roles-and-alerts.md). */
export const settingKindSchema = z.enum(['school', 'health', 'mash', 'mase', 'police', 'business', 'socialCare']);
export type SettingKind = z.infer<typeof settingKindSchema>;

/**
 * The roles a person can hold in a setting. `member` is everyone in it; the others receive records
 * routed to them: the setting's safeguarding lead, its deputy lead (the next contact when a lead has
 * not acknowledged a record in time), the MASE coordinator and analyst, the borough contact (MASH or
 * CSE lead) who receives Makesafe reports.
 */
export const roleSchema = z.enum(['member', 'lead', 'deputyLead', 'maseCoordinator', 'analyst', 'boroughContact']);
export type Role = z.infer<typeof roleSchema>;

/** A role held in one setting. */
export const heldRoleSchema = z.object({ settingId: z.string().min(1), settingKind: settingKindSchema, role: roleSchema });
export type HeldRole = z.infer<typeof heldRoleSchema>;

export const actorSchema = z.discriminatedUnion('kind', [
  /** A person identified (Teams: an Entra object id in an allowed tenant; locally: the development identity). */
  z.object({ kind: z.literal('person'), ownerKey: z.string().min(1), holds: z.array(heldRoleSchema) }),
  /** Someone the assistant cannot identify: another tenant, or a Teams activity with no Entra object id. */
  z.object({ kind: z.literal('unidentified'), why: z.enum(['tenantNotAllowed', 'noObjectId', 'notBoundUser']) }),
  /** The retention job, which alone may purge. */
  z.object({ kind: z.literal('retentionJob') }),
]);
export type Actor = z.infer<typeof actorSchema>;
export type PersonActor = Extract<Actor, { kind: 'person' }>;
/** Who an activity can be from: a person, or someone refused. */
export type ActivityActor = Extract<Actor, { kind: 'person' | 'unidentified' }>;

/**
 * Where a submitted record was routed: a role in a setting (the submitter's own, or another such as the
 * host borough's MASE). A record escalated to the next contact is routed to them too, from then on.
 */
export const recipientSchema = z.object({ settingId: z.string().min(1), role: roleSchema.exclude(['member']) });
export type Recipient = z.infer<typeof recipientSchema>;

/** What of a record the function needs: never its contents. */
export const recordAccessSchema = z.object({
  ownerKey: z.string().min(1),
  formKind: z.string().min(1),
  /** Empty for a record routed to nobody (every record before routing is built). */
  routedTo: z.array(recipientSchema),
});
export type RecordAccess = z.infer<typeof recordAccessSchema>;

export const operationSchema = z.enum([
  'submit',
  'readOwn',
  'readRouted',
  'listForMe',
  'export',
  'acknowledge',
  'addAction',
  'decide',
  'close',
  'seeLeadNotes',
  'seeSharedNotes',
  'readProblemProfile',
  'purge',
]);
export type Operation = z.infer<typeof operationSchema>;

/**
 * Why a request was refused. `notFound` is the answer whenever the record is not the actor's to see,
 * so a refusal says nothing about whether the record exists.
 */
export const refusalReasonSchema = z.enum(['notIdentified', 'notFound', 'notPermitted', 'noRole', 'recordRequired']);
export type RefusalReason = z.infer<typeof refusalReasonSchema>;

export type Decision = { allowed: true } | { allowed: false; reason: RefusalReason };
