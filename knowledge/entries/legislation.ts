import type { KnowledgeEntryInput } from '../entry.schema';
import { sexualOffencesActEntries } from './legislation-sexual-offences-act';
import { otherActsEntries } from './legislation-other-acts';

/**
 * Appendix I, "Legislation", and the offences in "Positive action for offenders": one entry per
 * offence or group of offences the protocol lists. Where the protocol's wording is out of date the
 * entry says so in `since2017`, beside the 2017 text, never replacing it. Split by Act only to keep
 * each file short.
 */
export const legislationEntries: KnowledgeEntryInput[] = [
  ...sexualOffencesActEntries,
  ...otherActsEntries,
];
