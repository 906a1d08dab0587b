import { z } from 'zod';
import { settingKindSchema } from '../../dialogs/access/access.schema';
import { FORM_DEFINITIONS } from '../../dialogs/forms';
import { LISTED_NAME_MAX } from '../../dialogs/forms/storedSchema';

/**
 * The settings file (SETTINGS_FILE): the settings of a deployment (a school, a health team, a
 * borough MASH, a MASE, a police team, a business), who is in each and who holds which role, by
 * Entra object id or Entra group id, and which forms route to which role. docs/settings.schema.json
 * is generated from this schema (`npm run docs:settings-schema`); docs/roles-and-alerts.md explains it.
 */

/** An Entra object id or group id: a GUID. */
const entraId = z.guid('an Entra id: a GUID such as 00000000-0000-0000-0000-000000000000');
/** A short name a developer can give DEV_IDENTITY; never a real person's name. */
const personName = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and hyphens, such as quirkfield-teacher');
const settingId = z.string().regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'lower-case letters, digits and hyphens, such as quirkfield-academy');

export const personSchema = z.object({ objectId: entraId, name: personName.optional() }).strict();
export const principalSchema = z.union([personSchema, z.object({ groupId: entraId }).strict()]);
export type Principal = z.infer<typeof principalSchema>;

/** An Entra group and its members, as this file states them (a group listed here is never looked up in Microsoft Graph; one named but not listed is, with GRAPH_GROUPS=on). */
export const groupSchema = z.object({ id: entraId, displayName: z.string().min(1).max(120), members: z.array(personSchema) }).strict();

const formIds = FORM_DEFINITIONS.map((form) => form.id);
const [firstFormId, ...otherFormIds] = formIds;
if (firstFormId === undefined) throw new Error('no forms are defined');
export const formIdSchema = z.enum([firstFormId, ...otherFormIds]);

/** Who receives a form: a role in this setting, or in another one named by `setting` (the borough's MASH, say). */
export const recipientRefSchema = z
  .object({ role: z.enum(['lead', 'deputyLead', 'maseCoordinator', 'analyst', 'boroughContact']), setting: settingId.optional() })
  .strict();

/**
 * A route's `setting` that is worked out at submit: the setting whose `borough` is the host borough the
 * record names (the out-of-borough notification's). Setting ids are lower-case, so it is never an id.
 */
export const HOST_BOROUGH = 'hostBorough';

/**
 * A borough's name as people know it ("Fizzlewick"), shown as written in the form's list of host
 * boroughs and stored with each record that names it: a capital first, then letters, spaces, hyphens,
 * apostrophes, full stops and ampersands.
 */
export const boroughNameSchema = z
  .string()
  .max(LISTED_NAME_MAX)
  .regex(/^\p{Lu}[\p{L}'’ .&-]*[\p{L}.]$/u, 'a borough\'s name as people know it: a capital first, then letters, spaces, hyphens, apostrophes, full stops or ampersands, such as Fizzlewick')
  .refine((name) => !/\s{2}/.test(name), 'one space between words');

/** The most minutes an escalation may wait: a week. Anything longer is no longer "the next contact" but a lost record. */
export const MAX_ESCALATE_AFTER_MINUTES = 7 * 24 * 60;
export const escalateAfterMinutesSchema = z.number().int('whole minutes, such as 120').min(1).max(MAX_ESCALATE_AFTER_MINUTES);

/**
 * The next contact of a route: who is alerted, and from then on may read and act on the record, when no
 * one it was routed to has acknowledged it in time. Only a role that acts on a record (an analyst
 * reads only, so could do nothing with an escalation). A next contact escalates no further of its own: a
 * route names its further steps in `escalation`.
 */
export const escalationRefSchema = z
  .object({ role: z.enum(['lead', 'deputyLead', 'maseCoordinator', 'boroughContact'], 'a role that acts on a record: lead, deputyLead, maseCoordinator or boroughContact'), setting: settingId.optional() })
  .strict();

/**
 * One step of a chain of escalations: whom the record goes to, and how many minutes after it was
 * submitted, if nobody on the record has acknowledged or worked on it by then.
 */
export const escalationStepSchema = z
  .object({ to: z.array(escalationRefSchema).min(1), afterMinutes: escalateAfterMinutesSchema })
  .strict();
export type EscalationStep = z.infer<typeof escalationStepSchema>;

/**
 * One route of a form: its recipient and, optionally, whom it escalates to and after how long. One step
 * is spelt `escalateTo` (with `escalateAfterMinutes`, else ALERT_ESCALATE_AFTER_MINUTES); a chain is
 * `escalation`, its steps' waits counted from the submit and each longer than the one before. With
 * `"setting": "hostBorough"` the recipient is the role in the host borough's setting, worked out from
 * the record at submit, and `fallback` receives it when the host is not a borough the file names.
 */
export const routeSchema = recipientRefSchema
  .extend({
    setting: z.union([settingId, z.literal(HOST_BOROUGH)]).optional(),
    fallback: recipientRefSchema.optional(),
    escalateTo: z.array(escalationRefSchema).min(1).optional(),
    escalateAfterMinutes: escalateAfterMinutesSchema.optional(),
    escalation: z.array(escalationStepSchema).min(1).optional(),
  })
  .strict()
  .superRefine((route, ctx) => {
    if (route.escalateAfterMinutes !== undefined && route.escalateTo === undefined && route.escalation === undefined) {
      ctx.addIssue({ code: 'custom', message: 'escalateAfterMinutes needs escalateTo: whom the record escalates to', path: ['escalateAfterMinutes'] });
    }
    if (route.escalation !== undefined && (route.escalateTo !== undefined || route.escalateAfterMinutes !== undefined)) {
      ctx.addIssue({ code: 'custom', message: 'name either escalation (the steps of a chain) or escalateTo and escalateAfterMinutes (one step), not both', path: ['escalation'] });
    }
    (route.escalation ?? []).forEach((step, i, steps) => {
      const before = steps[i - 1];
      if (before !== undefined && step.afterMinutes <= before.afterMinutes) {
        ctx.addIssue({ code: 'custom', message: `waits longer than the step before (${before.afterMinutes} minutes): each step's afterMinutes counts from the submit`, path: ['escalation', i, 'afterMinutes'] });
      }
    });
    if (route.setting !== HOST_BOROUGH && route.fallback !== undefined) {
      ctx.addIssue({ code: 'custom', message: 'fallback is only for a route to "hostBorough"', path: ['fallback'] });
    }
    if (route.setting === HOST_BOROUGH && route.fallback === undefined) {
      ctx.addIssue({ code: 'custom', message: 'a route to "hostBorough" needs a fallback: who receives the record when the host is not a borough this file names', path: ['fallback'] });
    }
  });
export type Route = z.infer<typeof routeSchema>;

const principals = z.array(principalSchema).default([]);

export const settingSchema = z
  .object({
    id: settingId,
    kind: settingKindSchema,
    displayName: z.string().min(1).max(120),
    /** The borough this setting is the MASE (or CSE lead) of: a host-borough route reaches it when a record names the borough. */
    borough: boroughNameSchema.optional(),
    members: principals,
    leads: principals,
    deputyLeads: principals,
    maseCoordinators: principals,
    analysts: principals,
    boroughContacts: principals,
    routes: z.partialRecord(formIdSchema, z.array(routeSchema).min(1)).default({}),
  })
  .strict();
export type Setting = z.infer<typeof settingSchema>;

export const settingsFileSchema = z
  .object({
    $schema: z.string().optional(),
    version: z.literal(1),
    groups: z.array(groupSchema).default([]),
    settings: z.array(settingSchema).min(1),
  })
  .strict();
export type SettingsFile = z.infer<typeof settingsFileSchema>;

/** The role lists of a setting, by the role they give. */
export const ROLE_LISTS = { members: 'member', leads: 'lead', deputyLeads: 'deputyLead', maseCoordinators: 'maseCoordinator', analysts: 'analyst', boroughContacts: 'boroughContact' } as const;
export type RoleList = keyof typeof ROLE_LISTS;
export const ROLE_LIST_NAMES: readonly RoleList[] = ['members', 'leads', 'deputyLeads', 'maseCoordinators', 'analysts', 'boroughContacts'];
/** The list that gives each role a form may be routed to. */
export const LIST_OF_ROLE = { lead: 'leads', deputyLead: 'deputyLeads', maseCoordinator: 'maseCoordinators', analyst: 'analysts', boroughContact: 'boroughContacts' } as const satisfies Record<string, RoleList>;

/** The JSON Schema committed as docs/settings.schema.json. */
export function settingsJsonSchema(): unknown {
  return z.toJSONSchema(settingsFileSchema, { io: 'input' });
}
