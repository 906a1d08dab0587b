import type { KnowledgeEntryInput } from '../entry.schema';
import { section01To03Entries } from './section-01-03';
import { section04To06Entries } from './section-04-06';
import { section07Entries } from './section-07';
import { section08To11Entries } from './section-08-11';

/** Sections 1 to 11 of the protocol (Makesafe and Appendix I excepted), in protocol order. */
export const sectionEntries: KnowledgeEntryInput[] = [
  ...section01To03Entries,
  ...section04To06Entries,
  ...section07Entries,
  ...section08To11Entries,
];
