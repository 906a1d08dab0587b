import { MAKESAFE_SECTORS, signsOfSector, type MakesafeSector } from '../../../knowledge/makesafeSigns';
import type { OptionList } from '../vocabulary';

/**
 * The option lists of the Operation Makesafe report. The premises types are the sectors the
 * journey asks about, so the journey's answer pre-fills the report; the sign lists are the
 * journey's sign lists, one per sector, so the signs ticked there are ticked here. The other
 * lists are the project's: docs/forms.md says why each value is there.
 */

const SECTION_11 = 'Section 11: Prevention strategies for businesses and the night-time economy – Operation Makesafe';
// Collected in ../shared/protocol/operation-makesafe.md; shown to users by name, never by a file path.
const GUIDANCE = 'Operation Makesafe guidance published by police forces and safeguarding partnerships';

export const makesafePremisesTypes: OptionList = {
  id: 'makesafePremisesType',
  values: MAKESAFE_SECTORS,
  source: `${SECTION_11} (hotels, taxis, fast food restaurants, licensed premises and care homes; "not an exhaustive list", hence "somewhere else")`,
};

/** An option value may not hold a dot (it is part of an i18n key): `makesafe-sign.hotel.no-luggage-or-id` becomes `hotel-no-luggage-or-id`. */
export function signOptionValue(signId: string): string {
  return signId.replace(/^makesafe-sign\./, '').replace(/\./g, '-');
}

function signList(sector: MakesafeSector): OptionList {
  return {
    id: `makesafeSigns${sector.charAt(0).toUpperCase()}${sector.slice(1)}`,
    values: signsOfSector(sector).map((sign) => signOptionValue(sign.id)),
    source: `${GUIDANCE}: warning signs by sector (knowledge/makesafeSigns.ts)`,
  };
}

/** One list per sector, in the order the journey's card asks them. */
export const makesafeSignLists: Readonly<Record<MakesafeSector, OptionList>> = {
  hotel: signList('hotel'),
  taxi: signList('taxi'),
  fastFood: signList('fastFood'),
  licensedPremises: signList('licensedPremises'),
  careHome: signList('careHome'),
  other: signList('other'),
};

export const makesafeChildPresent: OptionList = {
  id: 'makesafeChildPresent',
  values: ['yes', 'notSure', 'no'],
  source: `${SECTION_11}; ${GUIDANCE}: whether the child is still present (the journey's first question)`,
};

export const makesafePaymentMethods: OptionList = {
  id: 'makesafePaymentMethod',
  values: ['cash', 'card', 'appOrOnline', 'account', 'notPaid', 'notKnown'],
  // Not paid for yet, or not known how: neither can stand beside a way it was paid.
  alone: ['notPaid', 'notKnown'],
  source: 'Appendix I: Positive action in relation to locations of CSE, Hotels ("booking details, including payment methods"); ' + `${GUIDANCE}: paying cash and refusing a card imprint`,
};

export const makesafePoliceCalls: OptionList = {
  id: 'makesafePoliceCall',
  values: ['called999', 'called101', 'notYet'],
  source: `${SECTION_11} ("ring 101 and quote Operation Makesafe"); ${GUIDANCE}: 999 in an emergency`,
};

export const makesafeActionsTaken: OptionList = {
  id: 'makesafeActionTaken',
  values: ['refusedService', 'toldManager', 'savedCctv', 'keptRecords', 'keptRoom', 'noneYet'],
  alone: ['noneYet'],
  source: `${GUIDANCE}: what to do when reporting (refuse the fare or the room, tell a supervisor, save CCTV, keep records, preserve the room)`,
};

export const MAKESAFE_REPORT_OPTION_LISTS: readonly OptionList[] = [
  makesafePremisesTypes,
  ...MAKESAFE_SECTORS.map((sector) => makesafeSignLists[sector]),
  makesafeChildPresent,
  makesafePaymentMethods,
  makesafePoliceCalls,
  makesafeActionsTaken,
];
