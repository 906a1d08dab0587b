import type { KnowledgeEntryInput } from '../entry.schema';
import { maseProcessEntries } from './mase-process';
import { maseAttendeesAndAgendaEntries } from './mase-attendees-and-agenda';
import { policeMeetingsEntries } from './police-meetings';

/** Section 7's MASE process, Appendix F (attendees, agenda) and Appendix G (police meetings). */
export const maseAndMeetingsEntries: KnowledgeEntryInput[] = [
  ...maseProcessEntries,
  ...maseAttendeesAndAgendaEntries,
  ...policeMeetingsEntries,
];
