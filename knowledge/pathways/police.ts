import type { PathwayStepInput } from '../pathways';

/**
 * The pathway steps the police journey cites (see knowledge/pathways.ts for markers), beyond the
 * core ones it shares (police protection, Merlin and CRIS, flags, referral desks, NRM). Every one
 * follows from the protocol's own text; the 2017-specific systems and meetings carry their
 * since-2017 notes.
 */
export const policePathwaySteps: PathwayStepInput[] = [
  {
    id: 'pathway.d5.category-flags',
    marker: 'P',
    section: 'Section 5: Identifying Child Sexual Exploitation – police category levels; Appendix E: the LA, LB and LC flags',
    changeIds: ['change.categories-removed'],
  },
  {
    id: 'pathway.d5.dets-rationale',
    marker: 'P',
    section: 'Appendix E: Police flags and outcome codes – Recording all suspicions of Child Sexual Exploitation (the rationale on the DETS page)',
    changeIds: ['change.connect-flags', 'change.connect-588'],
  },
  {
    id: 'pathway.d6.iat-categorises',
    marker: 'P',
    section: 'Section 6: Referral desks (the SC&O17 Initial Assessment Team)',
    changeIds: ['change.specialist-crime-escalation'],
  },
  {
    id: 'pathway.police.ownership',
    marker: 'P',
    section: 'Section 6: CSE – police officer reporting pathway (responsibility for police category 1 and non-contact online police category 2)',
    changeIds: ['change.categories-removed', 'change.bcu'],
  },
  {
    id: 'pathway.police.ownership-looked-after',
    marker: 'P',
    section: 'Section 6: CSE – police officer reporting pathway (looked after children)',
    changeIds: ['change.london-procedures'],
  },
  {
    id: 'pathway.d7.strategy-discussion',
    marker: 'P',
    section: "Section 7: Strategy discussion (attendees, tasks and the police's role); Appendix J: Supervisor's actions",
    changeIds: ['change.working-together-2023'],
  },
  {
    id: 'pathway.police.looked-after-out-of-borough',
    marker: 'P',
    section: 'Section 7: Notification of LACs at risk of CSE placed out of borough',
  },
  {
    id: 'pathway.police.missing-trigger-plan',
    marker: 'P',
    section: "Section 9: Missing children; Appendix I: Tactical options – trigger plans for missing children at risk of CSE; Appendix J: Investigating Officer's actions",
  },
  {
    id: 'pathway.d8.mase',
    marker: 'P',
    section: "Section 7: Multi-Agency Sexual Exploitation meeting; Appendix J: Investigating Officer's actions (referral through MASE)",
    changeIds: ['change.mace'],
  },
  {
    id: 'pathway.police.appendix-j',
    marker: 'P',
    section: "Appendix J: Best practice for a CSE investigation (Supervisor's actions, review every 10 days; Investigating Officer's actions, PNC marker reviewed every six months; Closing report); Section 10: Investigations (revisit six months later)",
    changeIds: ['change.connect-588'],
  },
  {
    id: 'pathway.d9.outcome-codes',
    marker: 'P',
    section: 'Appendix E: Outcome codes to be entered at the conclusion of the investigation; Appendix J: Closing report and Outcome code',
    changeIds: ['change.connect-flags'],
  },
];
