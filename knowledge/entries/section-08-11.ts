import type { KnowledgeEntryInput } from '../entry.schema';
import { section08Entries } from './section-08-victims';
import { section09Entries } from './section-09-missing';
import { section10To11Entries } from './section-10-11-investigations';

/** Sections 8 to 11 (Makesafe excepted): victims and families, missing children, investigations. */
export const section08To11Entries: KnowledgeEntryInput[] = [
  ...section08Entries,
  ...section09Entries,
  ...section10To11Entries,
];
