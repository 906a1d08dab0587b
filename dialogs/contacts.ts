import type { ContactView } from '../cards/view';
import type { DeploymentFacts } from './flow';

type ContactKey = keyof DeploymentFacts['contacts'];

/** The configured local contacts a step needs, and a note to use local procedures for any that are not configured. */
export function localContacts(facts: DeploymentFacts, keys: ContactKey[]): { contacts: ContactView[]; contactsMissing?: { key: string } } {
  const contacts: ContactView[] = [];
  for (const key of keys) {
    const c = facts.contacts[key];
    if (c !== undefined) contacts.push({ role: { key: `common:contacts.role.${key}` }, ...c });
  }
  return contacts.length === keys.length ? { contacts } : { contacts, contactsMissing: { key: 'common:contacts.useLocalProcedures' } };
}
