import type { OptionList } from '../vocabulary';

/**
 * The option lists of the out-of-borough notification. The MASE representative's roles are the
 * protocol's own list; the rest are the project's: docs/forms.md says why each value is there.
 */

const SECTION_7 = 'Section 7: Notification of LACs at risk of CSE placed out of borough';

export const outOfBoroughTriggers: OptionList = {
  id: 'outOfBoroughTrigger',
  values: ['atRiskWhenPlaced', 'atRiskAfterPlacement'],
  source: `${SECTION_7} (within 24 hours of the child being placed; or, for a child who becomes at risk after being placed, within 24 hours of the strategy meeting)`,
};

/**
 * The host borough: the boroughs the deployment's settings file names come first (by name, from
 * configuration); this list adds only the way out for an authority it does not name.
 */
export const outOfBoroughHostBorough: OptionList = {
  id: 'outOfBoroughHostBorough',
  values: ['another'],
  source: `${SECTION_7} ("send a notification form to the host authority and MASE representative"): any local authority in England may host a placement, so one the deployment does not name is named in words`,
};

export const outOfBoroughPlacementTypes: OptionList = {
  id: 'outOfBoroughPlacementType',
  values: ['fosterCare', 'familyAndFriends', 'childrensHome', 'supportedAccommodation', 'secureChildrensHome', 'residentialSchool', 'other', 'notKnown'],
  source: 'The project\'s list (the protocol names none): the usual kinds of placement for a looked-after child under the Care Planning, Placement and Case Review statutory guidance',
};

export const outOfBoroughResponsibleMase: OptionList = {
  id: 'outOfBoroughResponsibleMase',
  values: ['placing', 'host', 'notYetAgreed'],
  source: `${SECTION_7} ("a decision will be made about which MASE will be responsible for discussing the CSE risk to the child")`,
};

export const outOfBoroughMaseRoles: OptionList = {
  id: 'outOfBoroughMaseRole',
  values: ['maseChair', 'cseCoordinator', 'designatedSpoc', 'other'],
  source: `${SECTION_7} ("The MASE representative may be the MASE Chair, CSE Coordinator or designated SPOC")`,
};

export const outOfBoroughYesNoNotKnown: OptionList = {
  id: 'outOfBoroughYesNoNotKnown',
  values: ['yes', 'no', 'notKnown'],
  source: `${SECTION_7} (police officers should inform the local force)`,
};

export const outOfBoroughTriggerPlans: OptionList = {
  id: 'outOfBoroughTriggerPlan',
  values: ['completed', 'notYet', 'notNeeded', 'notKnown'],
  source: `${SECTION_7} ("if appropriate, a trigger plan should be completed")`,
};

export const OUT_OF_BOROUGH_OPTION_LISTS: readonly OptionList[] = [
  outOfBoroughTriggers,
  outOfBoroughHostBorough,
  outOfBoroughPlacementTypes,
  outOfBoroughResponsibleMase,
  outOfBoroughMaseRoles,
  outOfBoroughYesNoNotKnown,
  outOfBoroughTriggerPlans,
];
