import type { PathwayStepInput } from '../pathways';

/**
 * The pathway steps the makesafe journey cites (see knowledge/pathways.ts for markers). The core
 * file already holds `pathway.makesafe.report` (P: 101 quoting Operation Makesafe) and
 * `pathway.makesafe.what-to-say` (S); these are the journey's own.
 */

// Collected in ../shared/protocol/operation-makesafe.md; shown to users by name, never by a file path.
const GUIDANCE = 'Operation Makesafe guidance published by police forces and safeguarding partnerships';

export const makesafePathwaySteps: PathwayStepInput[] = [
  {
    // The protocol names the sectors itself, and says the list is not exhaustive.
    id: 'pathway.makesafe.sectors',
    marker: 'P',
    section: 'Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe (hotels, taxis, fast food restaurants, licensed premises and care homes; not an exhaustive list)',
  },
  {
    id: 'pathway.makesafe.sector-signs',
    marker: 'S',
    section: `${GUIDANCE}: warning signs by sector`,
  },
  {
    // The file's "Bot checklist (synthesis)", marked [X] there: drawn from the taxi and hospitality lists, not a source itself.
    id: 'pathway.makesafe.read-out',
    marker: 'X',
    section: `${GUIDANCE}: the call checklist, a synthesis of the taxi and hospitality lists`,
  },
  {
    id: 'pathway.makesafe.keep-evidence',
    marker: 'S',
    section: `${GUIDANCE}: what to do when reporting (taxis: refuse the fare; hospitality: save CCTV, keep records and logs, preserve the room)`,
  },
];
