import type { KnowledgeEntryInput } from '../entry.schema';
import { powersCivilEntries } from './powers-civil';
import { powersPoliceEntries } from './powers-police';

/** Every Appendix I order, notice and power; split in two files only to keep each file short. */
export const powersEntries: KnowledgeEntryInput[] = [...powersCivilEntries, ...powersPoliceEntries];
