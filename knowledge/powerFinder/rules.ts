import type { z } from 'zod';
import type { FactId, factSchemas } from './facts';

/**
 * Which Appendix I option fits which facts: one rule per power or tactic, beside its knowledge
 * entry (the entry holds the facts shown: who applies, threshold, duration, breach, statute).
 * A rule lists requirements that must all hold; a requirement holds when any of its facts has
 * one of the values it names. `basis` cites the Appendix I line or statute the requirement comes
 * from; `reason` names the words (powerFinder:reason.<reason>) that say why it does not fit, or
 * what to check when a fact is not known. A rule with no requirements is always worth considering.
 */

type Values<F extends FactId> = ReadonlyArray<z.infer<(typeof factSchemas)[F]>>;
export type Clauses = { readonly [F in FactId]?: Values<F> };

export interface Requirement {
  any: Clauses;
  reason: string;
}

export type OptionGroup = 'victims' | 'offenders' | 'locations';

export interface EligibilityRule {
  /** Unique; the entry id unless one entry has two routes (the CAWN). */
  id: string;
  entryId: string;
  group: OptionGroup;
  /** The Appendix I line or statute the rule rests on. */
  basis: string;
  requires: readonly Requirement[];
  /** Shown under the option: which route it is (powerFinder:route.<route>). */
  route?: string;
  /** Options to look at when this one does not fit (the s20 17-year-old and the CAWN). */
  otherwise?: readonly string[];
}

const IN_CARE = ['careOrder', 'protection'] as const;
const LOOKED_AFTER = ['careOrder', 's20'] as const;

const named: Requirement = { any: { suspect: ['convicted', 'identified'] }, reason: 'needsNamedSuspect' };
const convicted: Requirement = { any: { suspect: ['convicted'] }, reason: 'needsConviction' };
const online: Requirement = { any: { online: ['yes'] }, reason: 'needsOnline' };
const movement: Requirement = { any: { movement: ['yes'] }, reason: 'needsMovement' };
const premises: Requirement = { any: { hotel: ['yes'], business: ['yes'], residence: ['yes'] }, reason: 'needsPremises' };

const always = (id: string, group: OptionGroup, basis: string): EligibilityRule => ({ id, entryId: id, group, basis, requires: [] });
const rule = (id: string, group: OptionGroup, basis: string, requires: Requirement[], extra: Partial<EligibilityRule> = {}): EligibilityRule => ({
  id,
  entryId: id,
  group,
  basis,
  requires,
  ...extra,
});

const CAWN_OTHERWISE = ['tactic.offender.letter-of-concern', 'power.sro', 'power.harassment-warning', 'power.inherent-jurisdiction', 'power.epo', 'power.police-protection'];

export const ELIGIBILITY_RULES: readonly EligibilityRule[] = [
  // Victims (Appendix I: positive action ... in relation to victims)
  always('tactic.victim.partnership-engagement', 'victims', 'Appendix I, victims: "Partnership engagement."'),
  always('tactic.victim.pnc-marker', 'victims', 'Appendix I, victims: PNC marker indicating the young person is at risk of CSE'),
  always('tactic.victim.inform-and-refer', 'victims', 'Appendix I, victims: "Have all the people relevant to the child been made aware…"'),
  always('tactic.victim.strategy-meeting', 'victims', 'Appendix I, victims: "Strategy meeting."'),
  always('tactic.victim.voluntary-sector-referral', 'victims', 'Appendix I, victims: referral to voluntary sector support agency'),
  always('tactic.victim.isva', 'victims', 'Appendix I, victims: Independent Sexual Violence Advisors'),
  always('tactic.victim.haven', 'victims', 'Appendix I, victims: Haven attendance in forensic sexual offence cases'),
  always('tactic.victim.early-evidence-kit', 'victims', 'Appendix I, victims: Early Evidence Kit'),
  always('tactic.victim.clothing', 'victims', 'Appendix I, victims: clothing, consider seizing as evidence'),
  always('tactic.victim.product-of-conception', 'victims', 'Appendix I, victims: Product of Conception'),
  always('tactic.victim.phones-and-social-media', 'victims', 'Appendix I, victims: mobile phones and social media'),
  always('tactic.victim.return-home-interview', 'victims', 'Appendix I, victims: Return Home Interviews of missing children'),
  always('tactic.victim.trigger-plan', 'victims', 'Appendix I, victims: trigger plans for missing children at risk of CSE'),
  always('power.police-protection', 'victims', 'Appendix I, victims: Police Protection, s46 Children Act 1989'),
  always('power.epo', 'victims', 'Appendix I, victims: Emergency Protection Order, s44 Children Act 1989'),
  rule('tactic.victim.oyster-checks', 'victims', 'Appendix I, victims: Oyster card checks (travel and movement)', [
    { any: { movement: ['yes'], publicSpace: ['yes'] }, reason: 'needsTravel' },
  ]),
  rule('tactic.victim.nrm-referral', 'victims', 'Appendix I, victims: NRM referral; Modern Slavery Act 2015', [movement]),
  rule('tactic.victim.victim-id-and-caid', 'victims', 'Appendix I, victims: Victim ID suite and CAID (indecent images)', [online]),
  rule('power.care-order', 'victims', 's31(3) Children Act 1989: no care order once the child is 17', [
    { any: { age: ['under16', 'sixteen'] }, reason: 'careOrderAge' },
    { any: { legalStatus: ['protection', 's20', 'none'] }, reason: 'alreadyOnCareOrder' },
  ]),
  rule('power.secure-accommodation', 'victims', 's25 Children Act 1989: a looked-after child', [{ any: { legalStatus: LOOKED_AFTER }, reason: 'needsLookedAfter' }]),
  rule('power.s20-accommodation', 'victims', 's20 Children Act 1989: a child in need who requires accommodation', [
    { any: { legalStatus: ['protection', 'none'] }, reason: 'alreadyAccommodated' },
  ]),
  rule('power.inherent-jurisdiction', 'victims', 's100 Children Act 1989: perpetrators known, no other order available', [named]),
  rule('power.recovery-order', 'victims', 's50 Children Act 1989: a child in care, on an EPO or in police protection', [{ any: { legalStatus: IN_CARE }, reason: 'needsInCare' }]),

  // Offenders (Appendix I: positive action for offenders; other legislative Acts and Orders)
  always('tactic.offender.briefing-sheets', 'offenders', 'Appendix I, offenders: briefing sheets'),
  always('tactic.offender.gain', 'offenders', 'Appendix I, offenders: Government Agency Intelligence Network'),
  rule('tactic.offender.pnc-marker', 'offenders', 'Appendix I, offenders: PNC marker for suspected perpetrator', [named]),
  rule('tactic.offender.pnd', 'offenders', 'Appendix I, offenders: Police National Database', [named]),
  rule('tactic.offender.acro-checks', 'offenders', 'Appendix I, offenders: overseas conviction (ACRO) checks', [named]),
  rule('tactic.offender.dbs-checks', 'offenders', 'Appendix I, offenders: DBS checks', [named]),
  rule('tactic.offender.financial-investigation', 'offenders', 'Appendix I, offenders: financial investigation', [named]),
  rule('tactic.offender.letter-of-concern', 'offenders', 'Appendix I, offenders: MPS Letter of Concern', [named]),
  rule('tactic.offender.prison-intelligence', 'offenders', 'Appendix I, offenders: London Regional Prison Intelligence Unit', [named]),
  rule('tactic.offender.iom', 'offenders', 'Appendix I, offenders: Integrated Offender Management', [convicted]),
  rule('tactic.offender.vehicle-marker-anpr', 'offenders', 'Appendix I, offenders: PNC marker on perpetrator vehicles', [{ any: { vehicle: ['yes'] }, reason: 'needsVehicle' }]),
  rule('tactic.offender.device-seizure', 'offenders', 'Appendix I, offenders: seizure of the perpetrator’s devices', [named]),
  rule('power.pace-s32', 'offenders', 's32 PACE 1984: search on arrest', [named]),
  rule('power.pace-s18', 'offenders', 's18 PACE 1984: search after arrest', [named]),
  rule('power.ripa-s49', 'offenders', 's49 RIPA 2000: failing to provide a PIN code', [named, online]),
  rule('tactic.offender.open-source-checks', 'offenders', 'Appendix I, offenders: social media open-source checks', [online]),
  rule('tactic.offender.image-comparison', 'offenders', 'Appendix I, offenders: image comparison', [online]),
  rule(
    'power.cawn',
    'offenders',
    's2 Child Abduction Act 1984: a child under 16; Appendix I: significant concern in the suspect’s company, or a missing child found with the suspect two or more times',
    [{ any: { age: ['under16'] }, reason: 'cawnS2Age' }, named, { any: { foundWith: ['twiceOrMore', 'once'] }, reason: 'cawnFoundWith' }],
    { route: 's2', otherwise: CAWN_OTHERWISE },
  ),
  {
    id: 'power.cawn.s49',
    entryId: 'power.abduction-child-in-care',
    group: 'offenders',
    basis: 's49 Children Act 1989: a child in care (a care order, an EPO or police protection), under 18',
    requires: [{ any: { legalStatus: IN_CARE }, reason: 'cawnS49Care' }, named, { any: { foundWith: ['twiceOrMore', 'once'] }, reason: 'cawnFoundWith' }],
    route: 's49',
    otherwise: CAWN_OTHERWISE,
  },
  rule('power.sro', 'offenders', 's122A Sexual Offences Act 2003 (s113 ASB, Crime and Policing Act 2014): an act of a sexual nature, no conviction needed', [
    named,
    { any: { sexualAct: ['yes'] }, reason: 'needsSexualAct' },
  ]),
  rule('power.shpo', 'offenders', 's103A Sexual Offences Act 2003: convicted or cautioned for a Schedule 3 or 5 offence', [convicted]),
  rule('power.foreign-travel-order', 'offenders', 'Appendix I: Foreign Travel Orders, replaced by the SHPO from March 2015', [convicted]),
  rule('power.harassment-warning', 'offenders', 'Appendix I, other orders: Harassment Warnings (Police Information Notices)', [named]),
  rule('power.slavery-trafficking-risk-order', 'offenders', 's23 Modern Slavery Act 2015', [named, movement]),
  rule('power.slavery-trafficking-prevention-order', 'offenders', 'ss14–15 Modern Slavery Act 2015: on conviction', [named, movement]),
  rule('power.vehicle-forfeiture', 'offenders', 'Modern Slavery Act 2015: vehicles used in trafficking', [movement, { any: { vehicle: ['yes'] }, reason: 'needsVehicle' }]),
  rule('power.gang-injunction', 'offenders', 's51 Serious Crime Act 2015 (as Appendix I cites it): gang-related violence or drug dealing', [
    named,
    { any: { group: ['yes'] }, reason: 'needsGroup' },
  ]),
  rule('power.asb-injunction', 'offenders', 's1 ASB, Crime and Policing Act 2014', [named]),
  rule('power.criminal-behaviour-order', 'offenders', 's22 ASB, Crime and Policing Act 2014: on conviction', [convicted]),
  rule('power.coercive-control', 'offenders', 's76 Serious Crime Act 2015: in an intimate or family relationship', [named]),
  rule('power.restraining-order', 'offenders', 's12 Domestic Violence, Crime and Victims Act 2004', [named]),
  rule('power.non-molestation-order', 'offenders', 's42 Family Law Act 1996', [named]),

  // Locations (Appendix I: positive action in relation to locations of CSE)
  always('tactic.location.hotspot-mapping', 'locations', 'Appendix I, locations: general awareness of CSE amongst key groups of professionals'),
  always('tactic.location.schools', 'locations', 'Appendix I, locations: "Schools."'),
  always('tactic.location.health-settings', 'locations', 'Appendix I, locations: hospitals, GP surgeries, termination centres, pharmacies'),
  rule('tactic.location.childrens-homes', 'locations', 'Appendix I, locations: "Children’s homes."', [{ any: { legalStatus: LOOKED_AFTER }, reason: 'needsLookedAfter' }]),
  rule('tactic.location.public-places', 'locations', 'Appendix I, locations: parks, city centres, takeaways and taxi firms', [
    { any: { publicSpace: ['yes'], business: ['yes'] }, reason: 'needsPublicOrBusiness' },
  ]),
  rule('tactic.location.private-premises', 'locations', 'Appendix I, locations: private premises', [{ any: { residence: ['yes'] }, reason: 'needsResidence' }]),
  rule('power.pace-s17', 'locations', 's17 PACE 1984: entry to find a person sought', [{ any: { residence: ['yes'] }, reason: 'needsResidence' }]),
  rule('tactic.location.warrants', 'locations', 'Appendix I, locations: warrants to enter and search', [premises]),
  rule('power.pace-s8', 'locations', 's8 PACE 1984: search warrant for evidence', [premises]),
  rule('power.indecent-images-warrant', 'locations', 'Protection of Children Act 1978: warrant for indecent images', [premises, online]),
  rule('power.misuse-of-drugs-warrant', 'locations', 'Misuse of Drugs Act 1971: warrant where there is evidence of drugs', [premises]),
  rule('tactic.location.hotels', 'locations', 'Appendix I, locations: "Hotels."', [{ any: { hotel: ['yes'] }, reason: 'needsHotel' }]),
  rule('power.hotel-notice', 'locations', 'ss116–118 ASB, Crime and Policing Act 2014: hotels and similar establishments', [{ any: { hotel: ['yes'] }, reason: 'needsHotel' }]),
  rule('power.cpn', 'locations', 's43 ASB, Crime and Policing Act 2014', [{ any: { publicSpace: ['yes'], business: ['yes'], residence: ['yes'] }, reason: 'needsPlace' }]),
  rule('power.dispersal', 'locations', 's35 ASB, Crime and Policing Act 2014', [{ any: { publicSpace: ['yes'] }, reason: 'needsPublic' }]),
  rule('power.pspo', 'locations', 's59 ASB, Crime and Policing Act 2014', [{ any: { publicSpace: ['yes'] }, reason: 'needsPublic' }]),
  rule('power.asb-act-2003', 'locations', 'Anti-social Behaviour Act 2003 (linked legislation)', [{ any: { publicSpace: ['yes'], residence: ['yes'] }, reason: 'needsPublicOrResidence' }]),
  rule('power.closure-notice-order', 'locations', 's80 ASB, Crime and Policing Act 2014: premises used for activity relating to CSE', [premises]),
  rule('power.absolute-grounds-possession', 'locations', 's95 ASB, Crime and Policing Act 2014: a tenancy', [{ any: { residence: ['yes'] }, reason: 'needsResidence' }]),
  rule('power.licensing-review', 'locations', 'Licensing Act 2003: licensed premises', [{ any: { hotel: ['yes'], business: ['yes'] }, reason: 'needsBusiness' }]),
  rule('tactic.location.operation-makesafe', 'locations', 'Appendix I, locations: Operation Makesafe (hotels, taxis, licensed premises)', [
    { any: { hotel: ['yes'], business: ['yes'] }, reason: 'needsBusiness' },
  ]),
];
