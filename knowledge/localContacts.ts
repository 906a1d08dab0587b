import { z } from 'zod';

/**
 * Which of the deployment's local contacts an answer shows. The protocol's own names and numbers
 * are out of date and never shown; these come from the deployment's configuration, and where one
 * is not configured the answer says to use local procedures.
 */
export const contactKeySchema = z.enum(['mash', 'cseLead', 'maseCoordinator', 'out_of_hours']);
export type ContactKey = z.infer<typeof contactKeySchema>;

export const CONTACTS_OF_ENTRY: Readonly<Record<string, readonly ContactKey[]>> = {
  'section.6.mash-and-cse': ['mash'],
  'section.6.referral-desks': ['mash'],
  'glossary.mash': ['mash'],
  'meeting.mase': ['maseCoordinator', 'cseLead'],
  'meeting.pre-mase': ['maseCoordinator'],
  'section.7.mase-preconditions': ['maseCoordinator'],
  'section.7.mase-coordinator': ['maseCoordinator'],
  'section.7.mase-volt': ['maseCoordinator'],
  'glossary.mase': ['maseCoordinator'],
  'glossary.spoc': ['cseLead'],
};

export function contactsOfEntry(entryId: string): readonly ContactKey[] {
  return CONTACTS_OF_ENTRY[entryId] ?? [];
}
