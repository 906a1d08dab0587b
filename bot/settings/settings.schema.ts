import { z } from 'zod';
import { settingKindSchema } from '../../dialogs/access/access.schema';
import { FORM_DEFINITIONS } from '../../dialogs/forms';

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

/** An Entra group and its members, as this file states them (groups are not looked up in Microsoft Graph). */
export const groupSchema = z.object({ id: entraId, displayName: z.string().min(1).max(120), members: z.array(personSchema) }).strict();

const formIds = FORM_DEFINITIONS.map((form) => form.id);
const [firstFormId, ...otherFormIds] = formIds;
if (firstFormId === undefined) throw new Error('no forms are defined');
export const formIdSchema = z.enum([firstFormId, ...otherFormIds]);

/** Who receives a form: a role in this setting, or in another one named by `setting` (the host borough's MASE, say). */
export const recipientRefSchema = z
  .object({ role: z.enum(['lead', 'maseCoordinator', 'analyst', 'boroughContact']), setting: settingId.optional() })
  .strict();

const principals = z.array(principalSchema).default([]);

export const settingSchema = z
  .object({
    id: settingId,
    kind: settingKindSchema,
    displayName: z.string().min(1).max(120),
    members: principals,
    leads: principals,
    maseCoordinators: principals,
    analysts: principals,
    boroughContacts: principals,
    routes: z.partialRecord(formIdSchema, z.array(recipientRefSchema).min(1)).default({}),
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
export const ROLE_LISTS = { members: 'member', leads: 'lead', maseCoordinators: 'maseCoordinator', analysts: 'analyst', boroughContacts: 'boroughContact' } as const;
export type RoleList = keyof typeof ROLE_LISTS;
export const ROLE_LIST_NAMES: readonly RoleList[] = ['members', 'leads', 'maseCoordinators', 'analysts', 'boroughContacts'];
/** The list that gives each role a form may be routed to. */
export const LIST_OF_ROLE = { lead: 'leads', maseCoordinator: 'maseCoordinators', analyst: 'analysts', boroughContact: 'boroughContacts' } as const satisfies Record<string, RoleList>;

/** The JSON Schema committed as docs/settings.schema.json. */
export function settingsJsonSchema(): unknown {
  return z.toJSONSchema(settingsFileSchema, { io: 'input' });
}
