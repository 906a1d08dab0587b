import { z } from 'zod';
import { knowledgeEntrySchema } from '../entry.schema';
import { comparisonEntries } from './comparisons';
import { engagementEntries } from './engagement';
import { flagsAndOutcomesEntries } from './flags-and-outcomes';
import { glossaryEntries } from './glossary';
import { healthSignEntries } from './health-signs';
import { investigationChecklistEntries } from './investigation-checklists';
import { legislationEntries } from './legislation';
import { makesafeEntries } from './makesafe';
import { maseAndMeetingsEntries } from './mase-and-meetings';
import { powersEntries } from './powers';
import { referralRouteEntries } from './referral-route';
import { safeguardIndicatorEntries } from './safeguard-indicators';
import { sectionEntries } from './sections';
import { tacticsLocationsEntries } from './tactics-locations';
import { tacticsOffendersEntries } from './tactics-offenders';
import { tacticsVictimsEntries } from './tactics-victims';

/** Every reviewed entry, parsed once at load: a malformed entry stops the start, it is never served. */
export const allEntries = z.array(knowledgeEntrySchema).parse([
  ...sectionEntries,
  ...safeguardIndicatorEntries,
  ...healthSignEntries,
  ...flagsAndOutcomesEntries,
  ...maseAndMeetingsEntries,
  ...investigationChecklistEntries,
  ...glossaryEntries,
  ...tacticsVictimsEntries,
  ...tacticsOffendersEntries,
  ...tacticsLocationsEntries,
  ...legislationEntries,
  ...powersEntries,
  ...makesafeEntries,
  ...referralRouteEntries,
  ...engagementEntries,
  ...comparisonEntries,
]);
