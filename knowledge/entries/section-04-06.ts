import type { KnowledgeEntryInput } from '../entry.schema';
import { section04To05IdentifyingEntries } from './section-04-05-identifying';
import { section05CategoryEntries } from './section-05-categories';
import { section06Entries } from './section-06-reporting';

/** Sections 4 to 6: accountability, identifying CSE (vulnerabilities, categories), reporting. */
export const section04To06Entries: KnowledgeEntryInput[] = [
  ...section04To05IdentifyingEntries,
  ...section05CategoryEntries,
  ...section06Entries,
];
