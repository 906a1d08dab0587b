import type { OptionList } from '../vocabulary';

/** The concern record's option lists; labels are `forms:options.<id>.<value>`. */

export const CONCERN_SETTINGS: OptionList = {
  id: 'concernSetting',
  values: ['school', 'college', 'alternativeProvision', 'gpPractice', 'hospital', 'sexualHealth', 'schoolNursing', 'other'],
  source: 'Appendix C (reconstructed): the multi-agency referral pathway for education, health, probation and NGOs',
};

export const YES_NO_NOT_KNOWN: OptionList = {
  id: 'yesNoNotKnown',
  values: ['yes', 'no', 'notKnown'],
  source: 'Appendix C (reconstructed), C4: is the child open to children’s social care with an allocated social worker?',
};

export const DANGER_ANSWERS: OptionList = {
  id: 'dangerAnswer',
  values: ['yes', 'notSure', 'no'],
  source: 'Appendix C (reconstructed), C2: is the child in immediate danger? ("not sure" is treated as yes)',
};

export const IMMEDIATE_ACTIONS: OptionList = {
  id: 'immediateAction',
  values: ['called999', 'toldSafeguardingLead', 'toldSocialWorker', 'mashReferral', 'called101', 'none'],
  source: 'Appendix C (reconstructed), C2 to C4; Section 6: MASH and referral desks',
  // "Nothing yet" beside an action taken says two things at once (the fourth exploratory test submitted both).
  alone: ['none'],
};

export const ROUTES_SHOWN: OptionList = {
  id: 'routeShown',
  values: ['safeguardingLead', 'allocatedSocialWorker', 'mash'],
  source: 'Appendix C (reconstructed), C3 and C4',
};

export const CONCERN_DECISIONS: OptionList = {
  id: 'concernDecision',
  values: ['referredToMash', 'passedToSocialWorker', 'passedToSafeguardingLead', 'earlyHelp', 'notReferred'],
  source: 'Appendix C (reconstructed), C3 to C5; Section 5 (children’s social care tiers, described, never chosen for the user)',
};
