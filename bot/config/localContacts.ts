import { z } from 'zod';
import { ConfigError } from './configError';
import { optionalText } from './optionalText';

const contactSchema = z.object({
  label: z.string().min(1).max(80),
  phone: z.string().regex(/^[0-9 +()-]{3,20}$/, 'a phone number of digits, spaces, + ( ) -').optional(),
  email: z.string().email().optional(),
  note: z.string().max(200).optional(),
});

/** Local contacts come from the deployment, never from the 2017 protocol text. */
export const localContactsSchema = z
  .object({
    mash: contactSchema.optional(),
    cseLead: contactSchema.optional(),
    maseCoordinator: contactSchema.optional(),
    out_of_hours: contactSchema.optional(),
  })
  .strict();

export type LocalContacts = z.infer<typeof localContactsSchema>;

export const localContactsEnv = z.object({
  LOCAL_CONTACTS_JSON: optionalText,
});

export function parseContacts(raw: string | undefined): LocalContacts {
  if (raw === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw new ConfigError(['LOCAL_CONTACTS_JSON: not valid JSON']);
  }
  const parsed = localContactsSchema.safeParse(value);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `LOCAL_CONTACTS_JSON.${i.path.join('.')}: ${i.message}`));
  }
  return parsed.data;
}
