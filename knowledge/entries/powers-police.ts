import type { KnowledgeEntryInput } from '../entry.schema';
import { policeNoticesEntries } from './powers-police-notices';
import { policeEvidenceEntries } from './powers-police-evidence';

/**
 * Appendix I notices, powers and offences that police (or police with the local authority) use
 * directly: police protection, CAWNs, hotel notices, closure and dispersal, PACE and RIPA.
 */
export const powersPoliceEntries: KnowledgeEntryInput[] = [
  ...policeNoticesEntries,
  ...policeEvidenceEntries,
];
