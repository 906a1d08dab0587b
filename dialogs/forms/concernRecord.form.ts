import { CONCERN_DECISIONS, CONCERN_SETTINGS, DANGER_ANSWERS, IMMEDIATE_ACTIONS, ROUTES_SHOWN, YES_NO_NOT_KNOWN } from './options/concernRecord.options';
import type { FormDefinition, RefusedBeside } from './vocabulary';

/**
 * The concern record: what a school, health or any other professional writes down when worried
 * about a child, before or with a referral (Section 6; Appendix C as reconstructed). It records;
 * nothing in it is scored, and the decision and its reason are the professional's own.
 */

const C1 = 'Appendix C (reconstructed), C1: record what was seen or said, verbatim, with the date and time';
const S5 = 'Section 5: Identifying Child Sexual Exploitation';
const S6 = 'Section 6: Reporting suspicions of CSE – multi-agency responsibilities';

/**
 * Section 6 (referral desks): an allocated social worker is that of a child known to children's social care, so after
 * "Known to CSC: No" nothing told or passed to one can be recorded. One rule for the actions and the decision (issue 8:
 * the decision took what the actions page refused), in its own words (`concernRecord:refusals.noAllocatedSocialWorker`).
 */
const noAllocatedSocialWorker = (options: readonly string[]): RefusedBeside => ({ question: 'knownToCsc', answer: 'no', options, words: 'noAllocatedSocialWorker' });

export const concernRecordForm: FormDefinition = {
  id: 'form.concernRecord',
  // 2: the danger page moved before the narrative (issue 8); a draft saved by version 1 is carried over (docs/forms.md).
  version: 2,
  schemaVersion: 1,
  ns: 'concernRecord',
  source: 'Section 6 and Appendix C (multi-agency referral pathway)',
  describedBy: ['seenOn', 'setting'],
  pages: [
    {
      id: 'reporter',
      questions: [
        { id: 'reporterName', kind: 'shortText', required: true, isName: true, personal: true, source: 'Appendix C (reconstructed), C9: feedback to the referrer' },
        { id: 'reporterRole', kind: 'shortText', required: true, source: 'Appendix C (reconstructed), C3: the agency’s safeguarding lead', hint: true },
        { id: 'organisation', kind: 'shortText', required: true, source: S6 },
        { id: 'reporterPhone', kind: 'phone', required: false, personal: true, source: 'Appendix C (reconstructed), C9: feedback to the referrer' },
        { id: 'reporterEmail', kind: 'email', required: false, personal: true, source: 'Appendix C (reconstructed), C9: feedback to the referrer' },
      ],
    },
    {
      id: 'child',
      intro: true,
      questions: [
        { id: 'childName', kind: 'shortText', required: true, isName: true, personal: true, source: S6 },
        { id: 'dateOfBirth', kind: 'date', required: false, childDateOfBirth: true, personal: true, hint: true, source: 'Section 2: Definitions (a child is anyone under 18)' },
        { id: 'age', kind: 'number', required: false, min: 0, max: 17, ageOf: 'dateOfBirth', hint: true, source: 'Section 2: Definitions (a child is anyone under 18)' },
        { id: 'setting', kind: 'oneOf', required: true, options: CONCERN_SETTINGS, source: 'Appendix C (reconstructed): education, health, probation and NGOs' },
        { id: 'knownToCsc', kind: 'oneOf', required: true, options: YES_NO_NOT_KNOWN, source: 'Appendix C (reconstructed), C4; Section 6: Referral desks' },
        { id: 'socialWorker', kind: 'shortText', required: false, isName: true, personal: true, condition: { question: 'knownToCsc', equals: 'yes' }, source: 'Section 6: Referral desks (the allocated social worker)' },
      ],
    },
    {
      // Asked before what was seen or heard (issue 8), as the Makesafe report asks it: once answered No, the boxes after it
      // are read as a record of the past (FlowDialog.readsAsRecordOfPast), so a past account brings no 999 card.
      id: 'signs',
      introFromJourney: true,
      questions: [
        { id: 'danger', kind: 'oneOf', required: true, options: DANGER_ANSWERS, dangerWhen: ['yes', 'notSure'], source: 'Appendix C (reconstructed), C2: immediate danger' },
        { id: 'signs', kind: 'longText', required: false, hint: true, source: `${S5}; Appendix A: warning signs – SAFEGUARD` },
      ],
    },
    {
      id: 'concern',
      questions: [
        { id: 'whatHappened', kind: 'longText', required: true, personal: true, hint: true, source: C1 },
        { id: 'disclosure', kind: 'yesNo', required: true, source: 'Appendix C (reconstructed), C1: a practitioner notices warning signs or receives a disclosure' },
        { id: 'childsWords', kind: 'longText', required: false, personal: true, hint: true, condition: { question: 'disclosure', equals: 'yes' }, source: C1 },
      ],
    },
    {
      id: 'whenWhere',
      questions: [
        { id: 'seenOn', kind: 'date', required: true, notFuture: true, notBefore: 'dateOfBirth', source: C1 },
        { id: 'seenAt', kind: 'time', required: false, source: C1 },
        { id: 'place', kind: 'shortText', required: false, personal: true, source: C1 },
      ],
    },
    {
      id: 'action',
      questions: [
        {
          id: 'actions',
          kind: 'severalOf',
          required: true,
          options: IMMEDIATE_ACTIONS,
          refusedBeside: [noAllocatedSocialWorker(['toldSocialWorker'])],
          source: 'Appendix C (reconstructed), C2 to C4',
        },
        { id: 'routeShown', kind: 'oneOf', required: false, options: ROUTES_SHOWN, hint: true, source: 'Appendix C (reconstructed), C3 and C4' },
      ],
    },
    {
      id: 'decision',
      intro: true,
      questions: [
        {
          id: 'decision',
          kind: 'oneOf',
          required: true,
          options: CONCERN_DECISIONS,
          // A child who may be in immediate danger is referred: C2's Yes is 999, then C4 the same day; Section 5's Tier 4
          // "Require immediate referral to CSC and/or the police". "Not sure" is not refused: the decision is the professional's.
          refusedBeside: [{ question: 'danger', answer: 'yes', options: ['earlyHelp', 'notReferred'] }, noAllocatedSocialWorker(['passedToSocialWorker'])],
          source: 'Appendix C (reconstructed), C3 to C5',
        },
        { id: 'reason', kind: 'longText', required: true, hint: true, source: `${S5} (the reasons recorded, never a score); Appendix C (reconstructed), C9` },
        { id: 'decidedBy', kind: 'shortText', required: false, isName: true, personal: true, source: 'Appendix C (reconstructed), C3: the agency’s safeguarding lead' },
      ],
    },
  ],
  quality: [
    { kind: 'missingWhen', question: 'childsWords', when: { question: 'disclosure', equals: 'yes' }, messageKey: 'concernRecord:quality.childsWords' },
    { kind: 'reminder', messageKey: 'concernRecord:quality.factsOpinion' },
    // Appendix C (reconstructed), C2: a child in immediate danger is a 999 call now. A reminder, not a refusal: the call may
    // have been made by someone else, or the danger be over by the time of writing (issue 8, forms).
    { kind: 'reminder', when: { all: [{ question: 'danger', oneOf: ['yes', 'notSure'] }, { not: { question: 'actions', includes: 'called999' } }] }, messageKey: 'concernRecord:quality.dangerNo999' },
    { kind: 'initialsOnly' },
    { kind: 'reminder', messageKey: 'concernRecord:quality.reason' },
  ],
  deadlines: [],
};
