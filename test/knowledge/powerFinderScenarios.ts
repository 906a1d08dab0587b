import type { CaseFacts } from '../../knowledge/powerFinder/facts';

/**
 * Cases written from Appendix I and the statutes it names: the options that must be shown
 * (fits, or may fit with a check) and those that must be listed as not fitting. Rule ids are the
 * entry ids, except the s49 route of the CAWN (power.cawn.s49). Shared by the scenario test and
 * the test of the "options considered" summary.
 */

export const noPlaces = { hotel: 'no', business: 'no', residence: 'no', vehicle: 'no', online: 'no', publicSpace: 'no' } as const;
export const base: CaseFacts = { suspect: 'identified', sexualAct: 'no', foundWith: 'never', ...noPlaces, movement: 'no', group: 'no' };

export type Scenario = [name: string, facts: CaseFacts, shown: string[], notShown: string[]];

export const scenarios: Scenario[] = [
  ['a 15-year-old found twice with an unconvicted adult', { ...base, age: 'under16', legalStatus: 'none', foundWith: 'twiceOrMore' }, ['power.cawn', 'tactic.offender.letter-of-concern', 'power.care-order', 'power.s20-accommodation'], ['power.cawn.s49', 'power.shpo', 'power.criminal-behaviour-order', 'tactic.offender.iom']],
  ['a 17-year-old under a care order, found with the suspect', { ...base, age: 'seventeen', legalStatus: 'careOrder', foundWith: 'once' }, ['power.cawn.s49', 'power.recovery-order', 'power.secure-accommodation', 'tactic.location.childrens-homes'], ['power.cawn', 'power.care-order', 'power.s20-accommodation']],
  ['a 17-year-old accommodated under s20, found with the suspect', { ...base, age: 'seventeen', legalStatus: 's20', foundWith: 'twiceOrMore' }, ['tactic.offender.letter-of-concern', 'power.inherent-jurisdiction', 'power.secure-accommodation', 'power.harassment-warning'], ['power.cawn', 'power.cawn.s49', 'power.care-order', 'power.recovery-order']],
  ['a 16-year-old accommodated under s20', { ...base, age: 'sixteen', legalStatus: 's20', foundWith: 'once' }, ['power.care-order', 'power.secure-accommodation'], ['power.cawn', 'power.cawn.s49', 'power.s20-accommodation', 'power.recovery-order']],
  ['a 16-year-old in police protection, found with the suspect', { ...base, age: 'sixteen', legalStatus: 'protection', foundWith: 'once' }, ['power.cawn.s49', 'power.recovery-order', 'power.care-order'], ['power.cawn', 'power.secure-accommodation']],
  ['a 14-year-old on a care order found twice with the suspect: both routes', { ...base, age: 'under16', legalStatus: 'careOrder', foundWith: 'twiceOrMore' }, ['power.cawn', 'power.cawn.s49', 'power.recovery-order'], ['power.care-order']],
  ['a suspect cautioned for a Schedule 3 offence', { ...base, age: 'under16', legalStatus: 'none', suspect: 'convicted' }, ['power.shpo', 'power.foreign-travel-order', 'tactic.offender.iom', 'power.criminal-behaviour-order'], ['power.sro']],
  ['an unconvicted suspect who sent sexual messages', { ...base, age: 'sixteen', legalStatus: 'none', sexualAct: 'yes', online: 'yes' }, ['power.sro', 'tactic.offender.open-source-checks', 'power.ripa-s49', 'tactic.victim.victim-id-and-caid'], ['power.shpo', 'power.criminal-behaviour-order']],
  ['an unconvicted suspect, no sexual act known', { ...base, age: 'sixteen', legalStatus: 'none', sexualAct: 'no' }, ['tactic.offender.pnc-marker'], ['power.sro', 'power.shpo']],
  ['sexual act not known: the SRO is still shown, to check', { ...base, age: 'sixteen', legalStatus: 'none', sexualAct: 'notKnown' }, ['power.sro'], []],
  ['a hotel used repeatedly', { ...base, age: 'under16', legalStatus: 'none', hotel: 'yes' }, ['power.hotel-notice', 'tactic.location.hotels', 'power.closure-notice-order', 'power.licensing-review', 'tactic.location.operation-makesafe', 'power.pace-s8'], ['power.dispersal', 'power.pspo', 'power.absolute-grounds-possession']],
  ['no hotel involved', { ...base, age: 'under16', legalStatus: 'none' }, [], ['power.hotel-notice', 'tactic.location.hotels', 'power.closure-notice-order']],
  ['a taxi firm', { ...base, age: 'sixteen', legalStatus: 'none', business: 'yes', vehicle: 'yes' }, ['tactic.location.operation-makesafe', 'tactic.location.public-places', 'power.licensing-review', 'tactic.offender.vehicle-marker-anpr', 'power.closure-notice-order', 'power.cpn'], ['power.hotel-notice', 'power.vehicle-forfeiture']],
  ['a child moved between boroughs by car', { ...base, age: 'under16', legalStatus: 'none', movement: 'yes', vehicle: 'yes' }, ['tactic.victim.nrm-referral', 'power.slavery-trafficking-risk-order', 'power.vehicle-forfeiture', 'tactic.victim.oyster-checks'], []],
  ['a child moved between boroughs, no vehicle', { ...base, age: 'sixteen', legalStatus: 'none', movement: 'yes' }, ['tactic.victim.nrm-referral', 'power.slavery-trafficking-prevention-order'], ['power.vehicle-forfeiture']],
  ['no movement', { ...base, age: 'sixteen', legalStatus: 'none' }, [], ['tactic.victim.nrm-referral', 'power.slavery-trafficking-risk-order', 'tactic.victim.oyster-checks']],
  ['an online-only offender, identified', { ...base, age: 'under16', legalStatus: 'none', online: 'yes', sexualAct: 'yes' }, ['power.sro', 'tactic.offender.image-comparison', 'tactic.offender.open-source-checks', 'power.ripa-s49', 'tactic.victim.victim-id-and-caid'], ['power.hotel-notice', 'power.dispersal', 'power.pace-s17', 'power.cawn']],
  ['an online-only offender, not yet identified', { age: 'under16', legalStatus: 'none', suspect: 'unidentified', ...noPlaces, online: 'yes', movement: 'no', group: 'no' }, ['tactic.offender.open-source-checks', 'tactic.offender.image-comparison'], ['power.sro', 'power.cawn', 'tactic.offender.letter-of-concern', 'power.ripa-s49', 'tactic.offender.pnc-marker']],
  ['a gang involved', { ...base, age: 'sixteen', legalStatus: 'none', group: 'yes' }, ['power.gang-injunction'], []],
  ['no gang involved', { ...base, age: 'sixteen', legalStatus: 'none' }, [], ['power.gang-injunction']],
  ['a park used as a meeting place', { ...base, age: 'under16', legalStatus: 'none', publicSpace: 'yes' }, ['power.dispersal', 'power.pspo', 'power.cpn', 'tactic.location.public-places', 'tactic.victim.oyster-checks', 'power.asb-act-2003'], ['power.closure-notice-order']],
  ['a flat where children are taken', { ...base, age: 'under16', legalStatus: 'none', residence: 'yes' }, ['power.closure-notice-order', 'power.absolute-grounds-possession', 'power.pace-s17', 'tactic.location.private-premises', 'tactic.location.warrants'], ['power.hotel-notice']],
  ['a flat and images online: the indecent images warrant', { ...base, age: 'under16', legalStatus: 'none', residence: 'yes', online: 'yes' }, ['power.indecent-images-warrant'], []],
  ['images online but no premises', { ...base, age: 'under16', legalStatus: 'none', online: 'yes' }, [], ['power.indecent-images-warrant']],
  ['a 17-year-old with no legal status: no care order', { ...base, age: 'seventeen', legalStatus: 'none' }, ['power.s20-accommodation', 'power.inherent-jurisdiction'], ['power.care-order', 'power.cawn', 'power.cawn.s49', 'power.secure-accommodation']],
  ['age not known: the CAWN under s2 is shown, to check', { ...base, age: 'notKnown', legalStatus: 'none', foundWith: 'once' }, ['power.cawn', 'power.care-order'], ['power.cawn.s49']],
  ['legal status not known: s49, the recovery order and secure accommodation are shown, to check', { ...base, age: 'seventeen', legalStatus: 'notKnown', foundWith: 'once' }, ['power.cawn.s49', 'power.recovery-order', 'power.secure-accommodation'], ['power.cawn', 'power.care-order']],
  ['found with the suspect not known: the CAWN is shown, to check', { ...base, age: 'under16', legalStatus: 'none', foundWith: 'notKnown' }, ['power.cawn'], []],
  ['never found with the suspect: no CAWN', { ...base, age: 'under16', legalStatus: 'none', foundWith: 'never' }, [], ['power.cawn']],
  ['suspect not known at all: named-suspect options are shown, to check', { ...base, age: 'under16', legalStatus: 'none', suspect: 'notKnown', sexualAct: 'notKnown', foundWith: 'once' }, ['power.cawn', 'tactic.offender.letter-of-concern', 'power.shpo', 'power.sro'], []],
  ['places not known: the hotel notice and closure are shown, to check', { age: 'under16', legalStatus: 'none', suspect: 'identified', sexualAct: 'no', foundWith: 'never', hotel: 'notKnown', business: 'notKnown', residence: 'notKnown', vehicle: 'notKnown', online: 'notKnown', publicSpace: 'notKnown', movement: 'no', group: 'no' }, ['power.hotel-notice', 'power.closure-notice-order', 'power.dispersal'], []],
  ['movement not known: the NRM referral is shown, to check', { ...base, age: 'sixteen', legalStatus: 'none', movement: 'notKnown' }, ['tactic.victim.nrm-referral'], []],
  ['a child on an EPO found twice with a named adult', { ...base, age: 'sixteen', legalStatus: 'protection', foundWith: 'twiceOrMore' }, ['power.cawn.s49'], ['power.cawn']],
  ['a 15-year-old on a care order: no new care order', { ...base, age: 'under16', legalStatus: 'careOrder' }, ['power.secure-accommodation', 'tactic.location.childrens-homes'], ['power.care-order', 'power.s20-accommodation']],
  ['a child living at home: no secure accommodation, no children’s home', { ...base, age: 'under16', legalStatus: 'none' }, ['power.s20-accommodation'], ['power.secure-accommodation', 'tactic.location.childrens-homes', 'power.recovery-order']],
  ['a takeaway where the child is given food and lifts', { ...base, age: 'under16', legalStatus: 'none', business: 'yes' }, ['tactic.location.public-places', 'power.licensing-review', 'tactic.location.operation-makesafe', 'power.closure-notice-order'], ['power.hotel-notice', 'power.absolute-grounds-possession']],
  ['a convicted trafficker moving the child', { ...base, age: 'sixteen', legalStatus: 'none', suspect: 'convicted', movement: 'yes' }, ['power.slavery-trafficking-prevention-order', 'power.slavery-trafficking-risk-order', 'power.shpo'], []],
  ['a suspect’s own car used to collect the child', { ...base, age: 'under16', legalStatus: 'none', vehicle: 'yes', foundWith: 'twiceOrMore' }, ['tactic.offender.vehicle-marker-anpr', 'power.cawn'], ['tactic.location.operation-makesafe', 'power.vehicle-forfeiture']],
  ['a hotel and a gang, 16-year-old on s20', { ...base, age: 'sixteen', legalStatus: 's20', hotel: 'yes', group: 'yes' }, ['power.hotel-notice', 'power.gang-injunction', 'power.secure-accommodation'], ['power.cawn', 'power.cawn.s49']],
  ['an unidentified suspect at a hotel', { age: 'under16', legalStatus: 'none', suspect: 'unidentified', ...noPlaces, hotel: 'yes', movement: 'no', group: 'no' }, ['power.hotel-notice', 'tactic.offender.briefing-sheets'], ['power.cawn', 'power.sro', 'power.gang-injunction']],
  ['nothing known at all: nothing is ruled out', { age: 'notKnown', legalStatus: 'notKnown', suspect: 'notKnown', sexualAct: 'notKnown', foundWith: 'notKnown', hotel: 'notKnown', business: 'notKnown', residence: 'notKnown', vehicle: 'notKnown', online: 'notKnown', publicSpace: 'notKnown', movement: 'notKnown', group: 'notKnown' }, ['power.cawn', 'power.cawn.s49', 'power.sro', 'power.hotel-notice', 'tactic.victim.nrm-referral'], []],
  ['a 17-year-old in police protection: s49 but not s2', { ...base, age: 'seventeen', legalStatus: 'protection', foundWith: 'once' }, ['power.cawn.s49', 'power.recovery-order'], ['power.cawn', 'power.care-order']],
];
