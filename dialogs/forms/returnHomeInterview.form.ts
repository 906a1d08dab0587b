import type { TextRef } from '../../cards/view';
import { GIVEN_ALCOHOL_OR_DRUGS_WORDS_EN_GB, MADE_TO_STAY_WORDS_EN_GB, SEXUAL_ASSAULT_WORDS_EN_GB } from './answerWords.en-GB';
import {
  returnInterviewHowBack,
  returnInterviewInterviewerRoles,
  returnInterviewLivingSituations,
  returnInterviewOutcomes,
  returnInterviewPreventionInterview,
  returnInterviewSharedWith,
  returnInterviewYesNoNotSure,
} from './options/returnHomeInterview.options';
import type { Condition, FormAnswers, FormDefinition } from './vocabulary';

/**
 * The record of an independent return home interview (section 9): a child back from a missing
 * episode must be offered an interview with an independent person within 72 hours of being
 * located or returning. The interview and what follows it must deal with any harm, understand the
 * reasons the child ran away and try to stop it happening again; what it finds goes back to the
 * police and partners, normally through the MASH. A declined interview is recorded with its reason.
 */

const SECTION_9 = 'Section 9: Independent Return Home Interview';
const HELD = { question: 'interviewOutcome', equals: 'held' } as const;
const YES_OR_NOT_SURE = ['yes', 'notSure'] as const;

/**
 * What to do about a harm known ("Yes") or suspected ("Not sure"), above the actions agreed. Section 9: Independent Return
 * Home Interview: the interview and what follows it must "identify and deal with any harm the child has incurred (his/her
 * medical condition should be discussed immediately and any need for medical attention assessed)", and what it finds "must
 * be supplied back to the police and other relevant partners according to local practice, normally through MASH";
 * Section 9: Police Prevention Interview: an allegation of crime is recorded by the police, who take action.
 */
function harmFollowUp(answers: FormAnswers): TextRef[] {
  const harm = answers.harm;
  if (harm !== 'yes' && harm !== 'notSure') return [];
  return [{ key: `returnHomeInterview:pageLines.harm.${harm}` }, { key: 'returnHomeInterview:pageLines.harm.whatToDo' }];
}

/**
 * Signs of CSE told anywhere in the account of the episode: a sexual assault (Section 2: CSE is a form of child sexual
 * abuse; knowledge entry section.2.definition-of-cse), alcohol or drugs given, or the child made to stay (Section 5,
 * police category 2: sex exchanged for drugs or "accommodation (overnight stays)", coercion and control; category.police-2;
 * Appendix A, "missing from home or care" and "Alcohol and substances": indicator.absence.missing-repeat,
 * indicator.alcohol-substances.substance-use). The knowledge holds the protocol's wording, not the words people type, so
 * those are the locale's (answerWords.en-GB.ts).
 */
const TOLD_IN = ['harmDetails', 'childsWords', 'whereWas', 'withWhom', 'reasons'] as const;
const CSE_SIGNS_TOLD: Condition = {
  any: TOLD_IN.flatMap((question) => [SEXUAL_ASSAULT_WORDS_EN_GB, GIVEN_ALCOHOL_OR_DRUGS_WORDS_EN_GB, MADE_TO_STAY_WORDS_EN_GB].map((mentions) => ({ question, mentions }))),
};

export const returnHomeInterviewForm: FormDefinition = {
  id: 'form.returnHomeInterview',
  version: 2,
  schemaVersion: 1,
  ns: 'returnHomeInterview',
  source: SECTION_9,
  // The episode first (issue 8: two "At home" drafts read alike but for the second saved), then where the child lives; then,
  // for two children missing at the same time (issue 8, RHI drafts), the child's age in years (never the date of birth or a
  // name), then the interviewer's role.
  describedBy: ['missingFrom', 'locatedAt', 'livingSituation', { ageFrom: 'dateOfBirth' }, 'interviewerRole'],
  pages: [
    {
      id: 'child',
      questions: [
        { id: 'childName', kind: 'shortText', maxLength: 100, required: true, personal: true, isName: true, source: `${SECTION_9} ("The child must receive the interview")` },
        { id: 'dateOfBirth', kind: 'date', required: false, personal: true, notFuture: true, childDateOfBirth: true, hint: true, source: 'Section 9: Missing children ("Missing children and young people")' },
        { id: 'livingSituation', kind: 'oneOf', options: returnInterviewLivingSituations, required: true, source: `${SECTION_9} ("For LACs …"; "For children living in the community …")` },
        { id: 'placingAuthority', kind: 'shortText', maxLength: 100, required: false, condition: { question: 'livingSituation', equals: 'lookedAfter' }, source: `${SECTION_9} ("For LACs, it is the responsibility of the residential unit manager/supervising social worker and placing authority")` },
      ],
    },
    {
      id: 'episode',
      questions: [
        { id: 'missingFrom', kind: 'dateTime', required: false, notFuture: true, source: 'Section 9: Missing children ("should be reported as missing to police at the earliest opportunity")' },
        { id: 'locatedAt', kind: 'dateTime', required: true, notFuture: true, notBefore: 'missingFrom', hint: true, source: `${SECTION_9} ("within 72 hours of being located or returning from absence")` },
        { id: 'howBack', kind: 'oneOf', options: returnInterviewHowBack, required: false, source: `${SECTION_9} ("being located or returning from absence")` },
        { id: 'preventionInterview', kind: 'oneOf', options: returnInterviewPreventionInterview, required: false, hint: true, source: 'Section 9: Police Prevention Interview – police responsibility ("Police should interview all children when they return or are located")' },
      ],
    },
    {
      id: 'interview',
      questions: [
        { id: 'interviewOutcome', kind: 'oneOf', options: returnInterviewOutcomes, required: true, source: `${SECTION_9} ("Children should be informed of their right, and encouraged, to talk about the incident")` },
        { id: 'notHeldReason', kind: 'longText', maxLength: 2000, required: true, personal: true, condition: { question: 'interviewOutcome', oneOf: ['declined', 'notHeld'] }, source: `${SECTION_9} ("the LA's CSC have responsibility for ensuring that the opportunity for an independent interview is provided")` },
      ],
    },
    {
      id: 'interviewer',
      condition: HELD,
      questions: [
        { id: 'interviewedAt', kind: 'dateTime', required: true, notFuture: true, notBefore: 'locatedAt', source: `${SECTION_9} ("within 72 hours of being located or returning from absence")` },
        {
          id: 'lateReason',
          kind: 'longText',
          maxLength: 1000,
          required: true,
          personal: true,
          condition: { question: 'interviewedAt', moreThan: { hours: 72, after: 'locatedAt' } },
          source: `${SECTION_9} ("within 72 hours of being located or returning from absence")`,
        },
        { id: 'interviewerName', kind: 'shortText', maxLength: 100, required: true, personal: true, isName: true, source: `${SECTION_9} ("the interview with the independent person")` },
        { id: 'interviewerRole', kind: 'oneOf', options: returnInterviewInterviewerRoles, required: true, source: `${SECTION_9} ("The independent person could be …")` },
        { id: 'interviewerRoleOther', kind: 'shortText', maxLength: 100, required: true, condition: { question: 'interviewerRole', equals: 'other' }, source: `${SECTION_9} ("The independent person could be …")` },
        { id: 'interviewerOrganisation', kind: 'shortText', maxLength: 200, required: false, source: `${SECTION_9} ("a voluntary sector practitioner")` },
        { id: 'childAskedWho', kind: 'yesNo', required: false, source: `${SECTION_9} ("The child should be asked who they wish to speak to")` },
        { id: 'independent', kind: 'yesNo', required: true, hint: true, source: `${SECTION_9} ("someone independent of their parent/carer"; "separate from the police and children's social services interview")` },
        // Required (issue 8: only a note asked for it): Section 9 asks for someone independent, so a record without says why.
        { id: 'notIndependentReason', kind: 'longText', maxLength: 1000, required: true, condition: { question: 'independent', equals: 'no' }, source: `${SECTION_9} ("The independent interview should be with someone the child trusts")` },
      ],
    },
    {
      id: 'whereabouts',
      condition: HELD,
      questions: [
        { id: 'whereWas', kind: 'longText', maxLength: 2000, required: false, personal: true, source: 'Section 9: Police Prevention Interview ("where the child was whilst missing, where they went, what they did")' },
        { id: 'withWhom', kind: 'longText', maxLength: 2000, required: false, personal: true, source: 'Section 9: Police Prevention Interview ("who they were with")' },
        { id: 'childsWords', kind: 'longText', maxLength: 4000, required: false, personal: true, hint: true, source: `${SECTION_9} ("Providing children with the opportunity to talk is key to safeguarding them")` },
      ],
    },
    {
      id: 'harm',
      condition: HELD,
      questions: [
        { id: 'harm', kind: 'oneOf', options: returnInterviewYesNoNotSure, required: true, source: `${SECTION_9} ("identify and deal with any harm the child has incurred")` },
        // After "Not sure" the person may not know the harm: what is known or suspected is asked, and may be nothing yet.
        {
          id: 'harmDetails',
          kind: 'longText',
          maxLength: 4000,
          required: true,
          requiredWhen: { question: 'harm', equals: 'yes' },
          personal: true,
          hint: true,
          condition: { question: 'harm', oneOf: YES_OR_NOT_SURE },
          source: `${SECTION_9} ("identify and deal with any harm the child has incurred")`,
        },
        { id: 'medicalAttention', kind: 'oneOf', options: returnInterviewYesNoNotSure, required: true, hint: true, source: `${SECTION_9} ("his/her medical condition should be discussed immediately and any need for medical attention assessed")` },
        { id: 'medicalDetails', kind: 'longText', maxLength: 2000, required: false, personal: true, condition: { question: 'medicalAttention', oneOf: YES_OR_NOT_SURE }, source: `${SECTION_9} ("any need for medical attention assessed")` },
        { id: 'reasons', kind: 'longText', maxLength: 4000, required: false, personal: true, hint: true, source: `${SECTION_9} ("understand and address the reasons the child ran away")` },
        { id: 'reviewNeeded', kind: 'oneOf', options: returnInterviewYesNoNotSure, required: false, source: `${SECTION_9} ("the child's living arrangements/placement or care plan may require review")` },
        { id: 'cseRisk', kind: 'oneOf', options: returnInterviewYesNoNotSure, required: true, hint: true, source: `${SECTION_9} ("Allegations or information suggesting a risk of CSE should be submitted on a non-crime 587/00 CSE CRIS Report")` },
      ],
    },
    {
      id: 'actions',
      questions: [{ id: 'actions', kind: 'longText', maxLength: 4000, required: true, personal: true, hint: true, source: `${SECTION_9} ("The interview and the actions that follow from it must … try to avoid it happening again")` }],
    },
    {
      id: 'sharing',
      intro: true,
      questions: [
        {
          id: 'sharedWith',
          kind: 'severalOf',
          options: returnInterviewSharedWith,
          required: true,
          // The placing authority is a looked-after child's (Section 9: "For LACs … placing authority"); offered unless the child is recorded as living at home.
          optionsWhen: { placingAuthority: { question: 'livingSituation', oneOf: ['lookedAfter', 'notKnown'] } },
          source: `${SECTION_9} ("must be supplied back to the police and other relevant partners according to local practice, normally through MASH")`,
        },
        { id: 'sharedWithOther', kind: 'shortText', maxLength: 200, required: true, condition: { question: 'sharedWith', includes: 'other' }, source: `${SECTION_9} ("other relevant partners")` },
        // Not before the interview whose findings it shares (issue 8: a date before the child went missing was taken). Not
        // with "Not shared yet" (issue 8, the ninth exploratory test: both were taken): a date typed then is refused beside it.
        {
          id: 'sharedAt',
          kind: 'dateTime',
          required: false,
          notFuture: true,
          notBefore: 'interviewedAt',
          condition: { not: { question: 'sharedWith', includes: 'notYet' } },
          source: `${SECTION_9} ("must be supplied back to the police")`,
        },
        // Not with "Not shared yet" either (issue 8, the tenth exploratory test: both were taken), as the date above.
        {
          id: 'whatShared',
          kind: 'longText',
          maxLength: 2000,
          required: false,
          personal: true,
          condition: { not: { question: 'sharedWith', includes: 'notYet' } },
          source: `${SECTION_9} ("Information obtained from the return interview")`,
        },
      ],
    },
    {
      id: 'recorder',
      questions: [
        { id: 'recorderName', kind: 'shortText', maxLength: 100, required: true, personal: true, isName: true, source: `${SECTION_9} ("it is the responsibility of … to ensure that this happens")` },
        { id: 'recorderRole', kind: 'shortText', maxLength: 100, required: false, source: `${SECTION_9} ("the residential unit manager/supervising social worker and placing authority"; "the LA's CSC")` },
        { id: 'recorderPhone', kind: 'phone', required: false, personal: true, source: `${SECTION_9} ("according to local practice")` },
        { id: 'recorderEmail', kind: 'email', required: false, personal: true, source: `${SECTION_9} ("according to local practice")` },
      ],
    },
  ],
  quality: [
    { kind: 'initialsOnly' },
    { kind: 'reminder', messageKey: 'returnHomeInterview:quality.factsNotOpinion' },
    // What to do about a harm known or suspected, again where the record is checked (harmFollowUp, below).
    { kind: 'reminder', when: { question: 'harm', equals: 'yes' }, messageKey: 'returnHomeInterview:quality.harmKnown' },
    { kind: 'reminder', when: { question: 'harm', equals: 'notSure' }, messageKey: 'returnHomeInterview:quality.harmSuspected' },
    { kind: 'missingWhen', question: 'childsWords', when: { question: 'harm', equals: 'yes' }, messageKey: 'returnHomeInterview:quality.noChildsWords' },
    // A sexual assault recorded, and no medical attention: Section 9 ("any need for medical attention assessed"); Section 10,
    // Forensics strategy (the rape SOPs for recovering evidence, "particularly relevant when completing a missing person
    // debrief"); Appendix I ("Haven attendance in forensic sexual offence cases"). A prompt to consider, never a refusal.
    { kind: 'reminder', when: { all: [{ question: 'harmDetails', mentions: SEXUAL_ASSAULT_WORDS_EN_GB }, { question: 'medicalAttention', equals: 'no' }] }, messageKey: 'returnHomeInterview:quality.sexualAssaultNoMedical' },
    // Signs of CSE recorded and "risk of CSE: No" (issue 8, RHI): think again, and if there is a risk tell the police (Section 9:
    // "Allegations or information suggesting a risk of CSE" go to the police; what the interview finds, through the MASH).
    // A prompt: the practitioner decides.
    { kind: 'reminder', when: { all: [{ question: 'cseRisk', equals: 'no' }, CSE_SIGNS_TOLD] }, messageKey: 'returnHomeInterview:quality.cseSignsRiskNo' },
    { kind: 'missingWhen', question: 'reasons', when: HELD, messageKey: 'returnHomeInterview:quality.noReasons' },
    // Section 9, Police Prevention Interview: "Police should interview all children when they return or are located": not
    // done by the time of this record is late, whatever the number of days (issue 8).
    { kind: 'reminder', when: { question: 'preventionInterview', equals: 'notDone' }, messageKey: 'returnHomeInterview:quality.preventionInterviewNotDone' },
  ],
  // Above the actions agreed: what to do about a harm known or suspected.
  pageLines: { actions: harmFollowUp },
  // Written after the child's return (Section 9): the child's own words and the harm tell of the episode that is over (the
  // eighth exploratory test). A threat or danger told as now or about to still brings the 999 card.
  recordOfPast: true,
  deadlines: [{ id: 'interviewWithin72Hours', from: 'locatedAt', hours: 72, metBy: 'interviewedAt', source: `${SECTION_9} ("within 72 hours of being located or returning from absence")` }],
};
