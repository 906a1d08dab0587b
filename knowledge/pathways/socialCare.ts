import type { PathwayStepInput } from '../pathways';

/**
 * The pathway steps the socialCare journey cites (see knowledge/pathways.ts for markers), beside
 * the core ones it reuses (C2 danger, C4 allocated social worker and MASH, trafficking). Sections
 * 6 and 7 of the protocol are the source; the two X steps are where the journey adds a prompt of
 * its own, shown as general practice.
 */
export const socialCarePathwaySteps: PathwayStepInput[] = [
  {
    id: 'pathway.social-care.iat-categorisation',
    marker: 'P',
    section: 'Section 6: Referral desks (SC&O17 Initial Assessment Team)',
    changeIds: ['change.specialist-crime-escalation', 'change.categories-removed'],
  },
  {
    id: 'pathway.social-care.strategy-discussion',
    marker: 'P',
    section: 'Section 7: Multi-agency meeting structure – Strategy discussion (purpose and attendees)',
    changeIds: ['change.working-together-2023', 'change.london-procedures-cse'],
  },
  {
    id: 'pathway.social-care.strategy-required-cse',
    marker: 'P',
    section: 'Section 7: Multi-agency meeting structure (strategy meetings/discussions are required in CSE cases)',
    changeIds: ['change.working-together-2023', 'change.london-procedures-cse'],
  },
  {
    // The protocol has social workers convene with their managers; deciding the threshold with the manager when unsure is inferred.
    id: 'pathway.social-care.strategy-threshold-unsure',
    marker: 'X',
    section: 'Section 7: Multi-agency meeting structure – Strategy discussion',
  },
  {
    id: 'pathway.social-care.strategy-tasks',
    marker: 'P',
    section: 'Section 7: Multi-agency meeting structure – Strategy discussion tasks',
    changeIds: ['change.working-together-2023'],
  },
  {
    id: 'pathway.social-care.cross-reference',
    marker: 'P',
    section: 'Section 6: Referral desks (strategy discussions cross-referenced with the Merlin or CRIS report)',
    changeIds: ['change.connect-588'],
  },
  {
    id: 'pathway.social-care.assessment-timescale',
    marker: 'P',
    section: 'Section 7: Multi-agency meeting structure – Strategy discussion tasks (timescale)',
    changeIds: ['change.working-together-2023'],
  },
  {
    id: 'pathway.social-care.organised-complex-abuse',
    marker: 'P',
    section: 'Section 7: Multi-agency meeting structure – Organised and complex abuse',
    changeIds: ['change.london-procedures'],
  },
  {
    id: 'pathway.social-care.mase-preconditions',
    marker: 'P',
    section: 'Section 7: Multi-Agency Sexual Exploitation meeting (before a case is discussed)',
    changeIds: ['change.mace', 'change.connect-588', 'change.protocol-2021'],
  },
  {
    id: 'pathway.social-care.mase-information-form',
    marker: 'P',
    section: 'Section 7: Multi-Agency Sexual Exploitation meeting (VOLT); Appendix F: Example of a MASE information form',
    changeIds: ['change.mace'],
  },
  {
    id: 'pathway.social-care.mase-coordinator',
    marker: 'P',
    section: 'Section 7: Multi-agency meeting structure – MASE coordinator',
    changeIds: ['change.mace'],
  },
  {
    id: 'pathway.social-care.lac-out-of-borough',
    marker: 'P',
    section: 'Section 7: Notification of LACs at risk of CSE placed out of borough',
    changeIds: ['change.mace'],
  },
  {
    id: 'pathway.social-care.transition-to-adulthood',
    marker: 'P',
    section: 'Section 7: Young people transitioning into adulthood',
    changeIds: ['change.mace'],
  },
  {
    // The protocol speaks of the transition at 18 and beyond; asking from 17, so there is time to plan, is the journey's own prompt.
    id: 'pathway.social-care.transition-from-17',
    marker: 'X',
    section: 'Section 7: Young people transitioning into adulthood',
  },
  {
    id: 'pathway.social-care.mase-trafficking',
    marker: 'P',
    section: 'Section 7: Multi-agency meeting structure – Trafficking and NRM',
    changeIds: ['change.mace', 'change.nrm-naba-2022'],
  },
];
