import { z } from 'zod';
import { changeById, type Change } from './changes';
import { makesafePathwaySteps } from './pathways/makesafe';
import { policePathwaySteps } from './pathways/police';
import { socialCarePathwaySteps } from './pathways/socialCare';

/**
 * The steps of the reconstructed pathways (shared/protocol/pathways-reconstructed.md) that the
 * journeys cite. Marker P follows from the protocol's own text; S, A and X are general practice
 * and are shown as such, never as the protocol's words; L is general law the protocol leaves out,
 * its section naming the statute checked.
 */
export const pathwayStepSchema = z.object({
  id: z.string().regex(/^pathway\.[a-z0-9.-]+$/),
  marker: z.enum(['P', 'S', 'A', 'X', 'L']),
  section: z.string().min(3),
  changeIds: z.array(z.string()).default([]),
});
export type PathwayStep = z.infer<typeof pathwayStepSchema>;
export type PathwayStepInput = z.input<typeof pathwayStepSchema>;

const CORE_STEPS: PathwayStepInput[] = [
  {
    id: 'pathway.school.youth-produced-imagery',
    marker: 'P',
    section: 'Section 3: Youth-produced sexual imagery identified in schools',
    changeIds: ['change.ukcis-nudes', 'change.kcsie'],
  },
  {
    id: 'pathway.c2.immediate-danger',
    marker: 'P',
    section: 'Appendix C, multi-agency referral pathway, step C2 (reconstructed)',
  },
  {
    // The health 999 card's lines. What health staff do while they wait for the police is inferred: the protocol says
    // victims are quite often brought to health settings by perpetrators, and that the police can prevent a child's
    // removal from a hospital. Whom they tell afterwards is the reconstructed pathway's step C3.
    id: 'pathway.health.immediate-danger',
    marker: 'X',
    section:
      'Appendix I: Tactical options and legislation – Positive action in relation to locations of CSE (Hospitals, General Practitioner surgeries, termination centres, pharmacies: victims "quite often" accompanied by perpetrators) and in relation to victims (Police Protection, s46 Children Act 1989: a child\'s removal from hospital prevented); Appendix C, multi-agency referral pathway, step C3 (reconstructed)',
  },
  {
    id: 'pathway.police.police-protection',
    marker: 'P',
    section: 'Section 6: CSE – police officer reporting pathway',
  },
  {
    // The protocol says to consider police protection; how long it lasts and whom to tell is the statute's.
    id: 'pathway.police.police-protection-limits',
    marker: 'L',
    section: 'Children Act 1989, s46 (police protection lasts at most 72 hours; the local authority must be informed)',
  },
  {
    id: 'pathway.d3.merlin-and-cris',
    marker: 'P',
    section: 'Section 6: CSE – police officer reporting pathway; Referral desks',
    changeIds: ['change.connect-588', 'change.protocol-2021'],
  },
  {
    id: 'pathway.d5.flags',
    marker: 'P',
    section: 'Appendix E: Police flags and outcome codes',
    changeIds: ['change.connect-588', 'change.protocol-2021'],
  },
  {
    id: 'pathway.makesafe.report',
    marker: 'P',
    section: 'Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe',
  },
  {
    id: 'pathway.makesafe.what-to-say',
    marker: 'S',
    section: 'Operation Makesafe guidance published by police forces and safeguarding partnerships',
  },
  {
    // Every school and health summary cites this step, so the 2026 duty to report is noted there.
    id: 'pathway.c3.safeguarding-lead',
    marker: 'X',
    section: 'Appendix C, multi-agency referral pathway, step C3 (reconstructed)',
    changeIds: ['change.london-procedures', 'change.duty-to-report-2026'],
  },
  {
    id: 'pathway.c4.allocated-social-worker',
    marker: 'P',
    section: 'Section 6: Referral desks',
    changeIds: ['change.london-procedures', 'change.bcu'],
  },
  {
    id: 'pathway.c4.mash-referral',
    marker: 'P',
    section: 'Section 6: MASH and CSE; Referral desks',
    changeIds: ['change.connect-588', 'change.protocol-2021'],
  },
  {
    id: 'pathway.missing.report-to-police',
    marker: 'P',
    section: 'Section 9: Missing children (reported as missing to police at the earliest opportunity)',
  },
  {
    id: 'pathway.missing.cawn',
    marker: 'P',
    section: 'Appendix I: Tactical options and legislation – Positive action for offenders (Child Abduction Warning Notice)',
    changeIds: ['change.cawn-advice'],
  },
  {
    id: 'pathway.missing.prevention-interview',
    marker: 'P',
    section: 'Section 9: Missing children – Police Prevention Interview (police responsibility)',
  },
  {
    // The protocol gives the interview to the police; that carers and professionals tell them of the return is inferred.
    id: 'pathway.missing.tell-police-returned',
    marker: 'X',
    section: 'Section 9: Missing children – Police Prevention Interview',
  },
  {
    id: 'pathway.missing.return-interview',
    marker: 'P',
    section: 'Section 9: Missing children – Independent Return Home Interview',
  },
  {
    id: 'pathway.missing.information-back',
    marker: 'P',
    section: 'Section 9: Missing children – Independent Return Home Interview (information afterwards)',
    changeIds: ['change.connect-588', 'change.protocol-2021'],
  },
  {
    id: 'pathway.missing.coordinator',
    marker: 'P',
    section: 'Section 9: Missing children – Missing Person Coordinator',
    changeIds: ['change.bcu'],
  },
  {
    id: 'pathway.missing.interview-intelligence',
    marker: 'P',
    section: 'Appendix I: Tactical options and legislation – positive action in relation to victims (return home interviews)',
    changeIds: ['change.connect-588'],
  },
  {
    id: 'pathway.trafficking.movement-and-exploitation',
    marker: 'P',
    section: 'Section 10: Investigations – Trafficking and the NRM (movement and exploitation)',
  },
  {
    id: 'pathway.trafficking.first-responders',
    marker: 'P',
    section: 'Section 10: Investigations – Trafficking and the NRM (first responders)',
  },
  {
    id: 'pathway.trafficking.nrm-referral',
    marker: 'P',
    section: 'Section 10: Investigations – Trafficking and the NRM; Appendix I: NRM referral',
    changeIds: ['change.nrm-naba-2022', 'change.nrm-devolved-decisions', 'change.ictg'],
  },
  {
    id: 'pathway.trafficking.crime-report',
    marker: 'P',
    section: 'Section 10: Investigations – Trafficking and the NRM (crime report)',
  },
  {
    id: 'pathway.trafficking.county-lines',
    marker: 'P',
    section: 'Section 3: Types of Child Sexual Exploitation – County lines',
    changeIds: ['change.protocol-2021'],
  },
  {
    id: 'pathway.c7.nrm-first-responders',
    marker: 'X',
    section: 'Appendix C, multi-agency referral pathway, step C7 (reconstructed)',
  },
];

/** Each journey's own steps live beside the core ones, one file per journey family. */
export const pathwaySteps = z.array(pathwayStepSchema).parse([...CORE_STEPS, ...policePathwaySteps, ...makesafePathwaySteps, ...socialCarePathwaySteps]);

export function pathwayStep(id: string): PathwayStep {
  const found = pathwaySteps.find((s) => s.id === id);
  if (found === undefined) throw new Error(`unknown pathway step ${id}`);
  return found;
}

export function changesOf(step: PathwayStep): Change[] {
  return step.changeIds.map(changeById);
}

export const isGeneralPractice = (step: PathwayStep): boolean => step.marker === 'S' || step.marker === 'A' || step.marker === 'X';
export const isGeneralLaw = (step: PathwayStep): boolean => step.marker === 'L';
