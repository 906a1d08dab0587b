import type { KnowledgeEntryInput } from '../entry.schema';
import { childrenActPowersEntries } from './powers-children-act';
import { preventionOrdersEntries } from './powers-prevention-orders';
import { injunctionsAndPlacesEntries } from './powers-injunctions-and-places';

/**
 * Appendix I orders made by, or applied for in, a court: Children Act orders, sexual and
 * trafficking prevention orders, injunctions and housing, licensing and public-space measures.
 */
export const powersCivilEntries: KnowledgeEntryInput[] = [
  ...childrenActPowersEntries,
  ...preventionOrdersEntries,
  ...injunctionsAndPlacesEntries,
];
