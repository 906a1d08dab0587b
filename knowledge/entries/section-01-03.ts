import type { KnowledgeEntryInput } from '../entry.schema';
import { section01To02Entries } from './section-01-02';
import { section03Entries } from './section-03-types';

/** Sections 1 to 3 of the 2017 protocol: introduction, definition, types of CSE. */
export const section01To03Entries: KnowledgeEntryInput[] = [
  ...section01To02Entries,
  ...section03Entries,
];
