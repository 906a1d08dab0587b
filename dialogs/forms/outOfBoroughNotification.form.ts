import {
  outOfBoroughHostBorough,
  outOfBoroughMaseRoles,
  outOfBoroughPlacementTypes,
  outOfBoroughResponsibleMase,
  outOfBoroughTriggerPlans,
  outOfBoroughTriggers,
  outOfBoroughYesNoNotKnown,
} from './options/outOfBoroughNotification.options';
import type { FormAnswers, FormDefinition } from './vocabulary';

/**
 * The notification a placing authority sends to the host authority and its MASE representative
 * when a looked-after child at risk of CSE is placed out of borough: within 24 hours of the
 * placement, or, for a child who becomes at risk after being placed, within 24 hours of the
 * strategy meeting (section 7). The protocol prints no form, so its fields are what section 7
 * says the authorities must discuss, decide and send.
 */

const SECTION_7 = 'Section 7: Notification of LACs at risk of CSE placed out of borough';
const WHEN_PLACED = { question: 'trigger', equals: 'atRiskWhenPlaced' } as const;
const AFTER_PLACEMENT = { question: 'trigger', equals: 'atRiskAfterPlacement' } as const;
const MASE_CONTACTED = { question: 'maseContacted', equals: 'yes' } as const;
const HOST_NOT_LISTED = { question: 'hostBorough', equals: 'another' } as const;

/**
 * Before schema 2 the host authority was typed, never chosen: such a record reads as "another local
 * authority" with the name as typed, which is also where it went (the route named one setting then).
 */
function hostTypedBefore(answers: FormAnswers): FormAnswers {
  return answers.hostAuthority === undefined || answers.hostBorough !== undefined ? answers : { ...answers, hostBorough: 'another' };
}

export const outOfBoroughNotificationForm: FormDefinition = {
  id: 'form.outOfBoroughNotification',
  // The pages and states are as in version 1, so a form in progress carries on: its typed host authority is
  // kept in the name box, and the borough is asked before it can be submitted (test/dialogs/forms/outOfBoroughNotification.form.test.ts).
  version: 1,
  schemaVersion: 2,
  migrations: { 1: hostTypedBefore },
  ns: 'outOfBoroughNotification',
  source: SECTION_7,
  // The host tells one placement's draft from another (the placing authority is usually the user's own): its typed name, else the borough chosen.
  describedBy: ['hostAuthority', 'hostBorough'],
  pages: [
    {
      id: 'notification',
      intro: true,
      questions: [{ id: 'trigger', kind: 'oneOf', options: outOfBoroughTriggers, required: true, source: `${SECTION_7} ("within 24 hours of the child being placed"; "within 24 hours of the strategy meeting")` }],
    },
    {
      id: 'child',
      questions: [
        { id: 'childName', kind: 'shortText', maxLength: 100, required: true, personal: true, isName: true, source: `${SECTION_7} ("children who are known to be at risk of CSE")` },
        { id: 'dateOfBirth', kind: 'date', required: true, personal: true, notFuture: true, childDateOfBirth: true, hint: true, source: `${SECTION_7} (a looked-after child: under 18)` },
      ],
    },
    {
      id: 'authorities',
      questions: [
        { id: 'placingAuthority', kind: 'shortText', maxLength: 100, required: true, hint: true, source: `${SECTION_7} ("the placing authority must complete and send a notification form")` },
        // Chosen from the boroughs the settings file names, so the record is routed to that borough's MASE, never on a spelling.
        { id: 'hostBorough', kind: 'oneOf', options: outOfBoroughHostBorough, listedFirst: 'boroughs', required: true, hint: true, source: `${SECTION_7} ("to the host authority and MASE representative")` },
        { id: 'hostAuthority', kind: 'shortText', maxLength: 100, required: true, hint: true, condition: HOST_NOT_LISTED, source: `${SECTION_7} ("The placing authority must complete and send a notification form to the host authority")` },
        {
          id: 'responsibleMase',
          kind: 'oneOf',
          options: outOfBoroughResponsibleMase,
          required: true,
          source: `${SECTION_7} ("a decision will be made about which MASE will be responsible")`,
          since2017: ['change.mace'],
        },
      ],
    },
    {
      id: 'placement',
      questions: [
        { id: 'placedAt', kind: 'dateTime', required: true, notFuture: true, notBefore: 'dateOfBirth', condition: WHEN_PLACED, source: `${SECTION_7} ("within 24 hours of the child being placed")` },
        { id: 'placementDate', kind: 'date', required: true, notFuture: true, notBefore: 'dateOfBirth', condition: AFTER_PLACEMENT, source: `${SECTION_7} ("children may be placed out of borough and then become at risk of CSE")` },
        { id: 'strategyMeetingAt', kind: 'dateTime', required: true, notFuture: true, notBefore: 'dateOfBirth', condition: AFTER_PLACEMENT, hint: true, source: `${SECTION_7} ("the notification form must be completed within 24 hours of the strategy meeting")` },
        { id: 'placementType', kind: 'oneOf', options: outOfBoroughPlacementTypes, required: false, source: 'Care Planning, Placement and Case Review statutory guidance, cited in section 7' },
        { id: 'placementAddress', kind: 'shortText', maxLength: 300, required: false, personal: true, hint: true, source: `${SECTION_7} ("information about localised risks to be considered by both authorities")` },
        { id: 'placementPostcode', kind: 'postcode', required: false, personal: true, source: `${SECTION_7} ("information about localised risks to be considered by both authorities")` },
        { id: 'discussedBeforePlacement', kind: 'yesNo', required: true, condition: WHEN_PLACED, source: `${SECTION_7} ("communication must occur between the responsible authority and host authority prior to the child being placed")` },
        { id: 'notDiscussedReason', kind: 'longText', maxLength: 1000, required: false, condition: { question: 'discussedBeforePlacement', equals: 'no' }, source: `${SECTION_7} ("communication must occur … prior to the child being placed")` },
      ],
    },
    {
      id: 'mase',
      intro: true,
      questions: [
        { id: 'maseContacted', kind: 'yesNo', required: true, source: `${SECTION_7} ("The responsible authority should make contact with the appropriate MASE representative")` },
        { id: 'maseNotContactedReason', kind: 'longText', maxLength: 1000, required: false, condition: { question: 'maseContacted', equals: 'no' }, source: `${SECTION_7} ("should make contact with the appropriate MASE representative")` },
      ],
    },
    {
      id: 'maseContact',
      condition: MASE_CONTACTED,
      questions: [
        { id: 'maseName', kind: 'shortText', maxLength: 100, required: true, personal: true, isName: true, source: `${SECTION_7} ("the appropriate MASE representative")` },
        { id: 'maseRole', kind: 'oneOf', options: outOfBoroughMaseRoles, required: true, source: `${SECTION_7} ("The MASE representative may be the MASE Chair, CSE Coordinator or designated SPOC")` },
        { id: 'maseRoleOther', kind: 'shortText', maxLength: 100, required: true, condition: { question: 'maseRole', equals: 'other' }, source: `${SECTION_7} ("may be")` },
        { id: 'maseContactedAt', kind: 'dateTime', required: false, notFuture: true, source: `${SECTION_7} ("During this correspondence, a decision will be made")` },
        { id: 'maseEmail', kind: 'email', required: false, personal: true, source: `${SECTION_7} ("send a notification form to the host authority and MASE representative")` },
        { id: 'masePhone', kind: 'phone', required: false, personal: true, source: `${SECTION_7} ("make contact with the appropriate MASE representative")` },
      ],
    },
    {
      id: 'risks',
      questions: [
        { id: 'risks', kind: 'longText', maxLength: 4000, required: true, personal: true, hint: true, source: `${SECTION_7} ("to discuss the individual risks relating to the child")` },
        { id: 'hostIntelligence', kind: 'longText', maxLength: 4000, required: false, personal: true, hint: true, source: `${SECTION_7} ("any localised intelligence held by the host authority")` },
        { id: 'localForceInformed', kind: 'oneOf', options: outOfBoroughYesNoNotKnown, required: false, hint: true, source: `${SECTION_7} ("police officers should inform the local force if a child at risk of CSE is placed in their force area")` },
        { id: 'triggerPlan', kind: 'oneOf', options: outOfBoroughTriggerPlans, required: false, source: `${SECTION_7} ("if appropriate, a trigger plan should be completed")` },
      ],
    },
    {
      id: 'notifier',
      intro: true,
      questions: [
        { id: 'notifierName', kind: 'shortText', maxLength: 100, required: true, personal: true, isName: true, source: `${SECTION_7} ("The placing authority must complete and send a notification form")` },
        { id: 'notifierRole', kind: 'shortText', maxLength: 100, required: false, hint: true, source: `${SECTION_7} ("the placing authority … act as the lead agency")` },
        { id: 'notifierPhone', kind: 'phone', required: true, personal: true, source: `${SECTION_7} ("the host authority has responsibility for the supporting processes and providing information to assist the placing authority")` },
        { id: 'notifierEmail', kind: 'email', required: false, personal: true, source: `${SECTION_7} ("providing information to assist the placing authority")` },
      ],
    },
  ],
  quality: [
    { kind: 'initialsOnly' },
    { kind: 'reminder', messageKey: 'outOfBoroughNotification:quality.factsNotOpinion' },
    { kind: 'missingWhen', question: 'notDiscussedReason', when: { question: 'discussedBeforePlacement', equals: 'no' }, messageKey: 'outOfBoroughNotification:quality.noReasonNotDiscussed' },
    { kind: 'missingWhen', question: 'maseNotContactedReason', when: { question: 'maseContacted', equals: 'no' }, messageKey: 'outOfBoroughNotification:quality.noReasonMaseNotContacted' },
  ],
  deadlines: [
    { id: 'afterPlacement', from: 'placedAt', hours: 24, source: `${SECTION_7} ("within 24 hours of the child being placed")` },
    { id: 'afterStrategyMeeting', from: 'strategyMeetingAt', hours: 24, source: `${SECTION_7} ("within 24 hours of the strategy meeting")` },
  ],
};
