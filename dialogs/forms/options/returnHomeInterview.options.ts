import type { OptionList } from '../vocabulary';

/**
 * The option lists of the independent return home interview record. Who may be the independent
 * person is the protocol's own list; the rest are the project's: docs/forms.md says why each
 * value is there. Where the child lives and the prevention interview take the missing-and-returned
 * journey's values, so the journey's answers pre-fill the record.
 */

const SECTION_9 = 'Section 9: Independent Return Home Interview';

export const returnInterviewLivingSituations: OptionList = {
  id: 'returnInterviewLivingSituation',
  values: ['lookedAfter', 'atHome', 'notKnown'],
  source: `${SECTION_9} ("For LACs, … the residential unit manager/supervising social worker and placing authority"; "For children living in the community, the LA's CSC")`,
};

export const returnInterviewHowBack: OptionList = {
  id: 'returnInterviewHowBack',
  values: ['located', 'returned', 'notKnown'],
  source: `${SECTION_9} ("within 72 hours of being located or returning from absence")`,
};

export const returnInterviewPreventionInterview: OptionList = {
  id: 'returnInterviewPreventionInterview',
  values: ['done', 'notDone', 'notKnown'],
  source: 'Section 9: Police Prevention Interview – police responsibility',
};

export const returnInterviewOutcomes: OptionList = {
  id: 'returnInterviewOutcome',
  values: ['held', 'declined', 'notHeld'],
  source: `${SECTION_9} ("Children should be informed of their right, and encouraged, to talk"; "the opportunity for an independent interview is provided")`,
};

export const returnInterviewInterviewerRoles: OptionList = {
  id: 'returnInterviewInterviewerRole',
  values: ['socialWorker', 'teacher', 'schoolNurse', 'connectionsWorker', 'youthWorker', 'yotWorker', 'voluntarySector', 'policeOfficer', 'other'],
  source: `${SECTION_9} ("a social worker other than the child's social worker, if they have one, or a teacher, school nurse, Connections, Youth or Youth Offending Team (YOT) worker, a voluntary sector practitioner or a police officer that the child knows and trusts")`,
};

export const returnInterviewYesNoNotSure: OptionList = {
  id: 'returnInterviewYesNoNotSure',
  values: ['yes', 'no', 'notSure'],
  source: `${SECTION_9} (harm, medical attention, a review of the placement or care plan, a risk of CSE: each may not be clear from one interview)`,
};

export const returnInterviewSharedWith: OptionList = {
  id: 'returnInterviewSharedWith',
  values: ['police', 'mash', 'socialWorker', 'placingAuthority', 'missingPersonCoordinator', 'school', 'other', 'notYet'],
  // "Not shared yet" beside a sharing says two things at once (the fifth exploratory test: check-your-answers showed both).
  alone: ['notYet'],
  source: `${SECTION_9} ("must be supplied back to the police and other relevant partners according to local practice, normally through MASH"); Section 9: Missing Person Coordinator`,
};

export const RETURN_HOME_INTERVIEW_OPTION_LISTS: readonly OptionList[] = [
  returnInterviewLivingSituations,
  returnInterviewHowBack,
  returnInterviewPreventionInterview,
  returnInterviewOutcomes,
  returnInterviewInterviewerRoles,
  returnInterviewYesNoNotSure,
  returnInterviewSharedWith,
];
