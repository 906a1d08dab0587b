import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { md } from './text';

/**
 * The multi-agency referral route (Appendix C, whose flowchart did not survive) as the practitioner
 * asks about it. The route's shape follows the protocol's prose (Sections 6 and 7); steps the
 * reconstruction marks [A] or [X] are worded as general practice (../shared/protocol/pathways-reconstructed.md).
 */

const APPENDIX_C = 'Appendix C: Multi-agency referral pathway (reconstructed), with Sections 6 and 7';

export const referralRouteEntries: KnowledgeEntryInput[] = [
  {
    id: 'route.referral-pathway',
    kind: 'topic',
    title: 'What to do when you are worried about a child: the referral route',
    summary:
      "If the child is in immediate danger call 999. Otherwise tell your safeguarding lead without delay, then refer to children's social care: to the child's allocated social worker if they have one, otherwise to the MASH.",
    body: md(
      "For staff in schools, colleges, health, probation and voluntary organisations who notice warning signs or hear a disclosure:",
      "1. Write down what you saw or were told, in the child's own words, with the date and time. Do not investigate or question the child in detail.",
      '2. If the child is in immediate danger, or a crime is happening now, call 999, then carry on with the steps below the same day.',
      "3. Tell your agency's safeguarding lead (the school or college DSL, the named nurse or doctor, the trust's safeguarding team). Do not let waiting for them delay a referral.",
      "4. If the child has an allocated social worker, give the information to them (or their duty manager). Otherwise refer to the local authority's MASH: phone first if it is urgent, then send the written referral; many boroughs expect it in writing within 24 hours.",
      "5. The MASH researches the case and shares information between agencies; where there is reasonable cause to suspect significant harm, children's social care convenes a strategy discussion with police, health, education and you.",
      '6. Ask for feedback on what was decided; if you disagree, use your local escalation procedure.',
      '',
      "Something you saw or were told earlier, even weeks ago, is not too late: it goes the same way. Say when it happened: the aim is to make children at risk visible by recording those concerns (Section 6).",
      '',
      'Information about places, vehicles or adults rather than a particular child can be passed to the police as intelligence.',
      "Steps 1, 3 and 6 and the timescales are general practice: the protocol's own flowchart for this route did not survive.",
    ),
    audiences: ['school', 'health', 'social-care'],
    section: APPENDIX_C,
    generalPractice: true,
    keywords: [
      'what do I do', 'what should I do', 'what happens next', 'next steps', 'who do I tell', 'who do I call', 'who do I report to', 'how do I refer',
      'how to make a referral', 'worried about a child', 'concern', 'referral route', 'referral pathway', 'teacher', 'school staff',
      'nurse', 'safeguarding lead', 'DSL', 'MASH referral', 'front door', 'children’s social care', 'too late', 'is it too late',
    ],
    related: ['section.6.mash-and-cse', 'route.consent-to-refer', 'engagement.do-not-investigate'],
    since2017: [change('change.protocol-2021')],
  },
  {
    id: 'route.consent-to-refer',
    kind: 'topic',
    title: 'Do I need consent to make a referral?',
    summary:
      "No. Where you think a child is being sexually exploited, or is at risk of significant harm, refer without waiting for the parents' or the child's agreement. Whether and when the family is told is decided at the strategy discussion.",
    body: md(
      "- Any specific concern that a child is being sexually exploited goes to children's social care: the allocated social worker if there is one, otherwise the MASH (Section 6).",
      "- The strategy discussion decides what information is shared with the child and family, and information is not shared if that may jeopardise a police investigation or place the child at risk of significant harm (Section 7).",
      '- The family may be where the risk comes from: children can be exploited by their parents or other family members (Section 3, Familial), and the family home is not always a place of safety (Section 10).',
      "- Where none of that applies, agencies usually tell the parents they are referring, or seek their agreement; that is general practice, not a condition of referring. Record what you decided and why.",
      '- An NRM referral of a child does not need the consent of the child either (Section 10).',
    ),
    audiences: ['all'],
    section: 'Section 7: Strategy discussion, with Sections 3, 6 and 10',
    generalPractice: true,
    keywords: [
      'parental consent', 'consent to refer', 'parents permission', 'permission', 'agreement', 'do I need consent', 'without consent',
      'refer without consent', 'MASH referral', 'refer to MASH', 'refer', 'referral',
    ],
    related: ['engagement.what-the-family-is-told', 'route.referral-pathway', 'section.6.mash-and-cse'],
  },
  {
    id: 'route.mash-or-mase',
    kind: 'topic',
    title: 'Where to refer a child: the MASH, not a meeting',
    summary:
      "Refer a child to the MASH (Multi-Agency Safeguarding Hub), the local authority's front door, or to the child's allocated social worker. MASE (Multi-Agency Sexual Exploitation meeting) is a monthly strategic meeting, not a place to refer to.",
    body: md(
      '- MASH: where referrals about a child go when there is no allocated social worker. It researches the case, shares information between agencies and decides the next step (Section 6).',
      '- MASE: chaired by children’s services, it meets at least every six weeks to look at victims, offenders, locations and themes (VOLT) across the borough. A case reaches it only after a strategy discussion has been held (Section 7).',
      'The two names are easy to confuse: if you are worried about a child, the MASH or the allocated social worker is the route.',
    ),
    audiences: ['all'],
    section: 'Section 6: MASH and CSE, and Section 7: MASE',
    keywords: ['MASH or MASE', 'MASH and MASE', 'refer to MASE', 'front door', 'where do I refer'],
    related: ['section.6.mash-and-cse', 'meeting.mase', 'section.7.mase-preconditions'],
    since2017: [change('change.mace')],
  },
  {
    id: 'route.87a-referral',
    kind: 'topic',
    title: '87A referral: an allocated social worker tells the police',
    summary:
      "Where a child with CSE concerns already has an allocated social worker, the concern goes straight to that social worker, who refers it to the police's Child Abuse Investigation Team (CAIT) referral desk on an 87A form; a CRIS report is then completed.",
    body: md(
      "- With an allocated social worker: the social worker makes the 87A referral to the SC&O17 CAIT referral desk (or the equivalent under the BCU model), where a CRIS report is completed.",
      '- Without one: the MASH creates the non-crime 587/00 CSE CRIS report and flags it ES.',
      '- Any strategy discussion is cross-referenced with the originating Merlin or CRIS report.',
    ),
    audiences: ['social-care', 'police'],
    section: 'Section 6: Referral desks',
    keywords: ['87A', '87a form', '87A referral', 'referral form', 'CAIT referral desk', 'allocated social worker', 'ASW'],
    related: ['section.6.referral-desks', 'glossary.asw', 'glossary.cait'],
    since2017: [change('change.specialist-crime-escalation')],
  },
  {
    id: 'route.social-care',
    kind: 'topic',
    title: 'What to do as a social worker when a child tells you or you are worried: who to tell',
    summary:
      'Tell your manager; tell the police through an 87A referral to the CAIT referral desk (through the MASH if the child has no allocated social worker); and where there is reasonable cause to suspect significant harm, a strategy discussion with the police and health is needed (Sections 6 and 7).',
    body: md(
      'If the child is in immediate danger, call 999 first.',
      '',
      '1. Tell your manager: social workers, with their managers, convene the strategy discussion (Section 7: Strategy discussion).',
      "2. Tell the police: as the child's allocated social worker you make a referral via an 87A to the CAIT referral desk (or its equivalent in your Basic Command Unit), where a CRIS report is completed. With no allocated social worker, the MASH creates the non-crime CSE CRIS report, flagged ES (Section 6: Referral desks).",
      '3. Whenever there is reasonable cause to suspect the child is suffering, or is likely to suffer, significant harm (a child telling of sexual abuse, for instance), a strategy discussion is needed with the police, health and others: it shares what is known, agrees the timing of any criminal investigation, decides on section 47 enquiries and what the child and family are told (Section 7).',
      '',
      'Something already past is not too late: the same steps apply; say when it happened. The referral desks, in detail, are linked below.',
    ),
    audiences: ['social-care'],
    section: 'Section 7: Strategy discussion, with Section 6 (Referral desks)',
    keywords: ['social worker', 'who should I tell', 'who do I tell', 'my manager', 'team manager', 'told me at a visit', 'home visit', 'disclosed', 'tell the police', '87A', 'strategy discussion', 'too late'],
    related: ['section.6.referral-desks', 'meeting.strategy-discussion', 'route.87a-referral', 'engagement.do-not-investigate', 'engagement.what-the-family-is-told'],
    since2017: [change('change.london-procedures'), change('change.connect-588'), change('change.bcu')],
  },
  {
    id: 'route.who-is-a-child',
    kind: 'topic',
    title: 'Who counts as a child: everyone under 18',
    summary:
      'A child is anyone under 18. 16 and 17-year-olds are children under the Children Act 1989 and 2004: reaching the age of consent does not mean they are no longer at risk of sexual exploitation.',
    body: md(
      '- CSE is the exploitation of a child or young person under the age of 18 (Section 2), and an issue for all children under 18, not one age group (Section 10).',
      '- 16 and 17-year-olds keep their right to support and protection; it should not be ignored or downgraded because they are over 16 or out of mainstream education (Section 8).',
      '- The age bands that matter for offences: under 13 cannot consent to any sexual activity; sexual activity with a child under 16 is an offence (Section 10).',
    ),
    audiences: ['all'],
    section: 'Section 2: Definitions, with Sections 8 and 10',
    keywords: ['how old', 'age of a child', 'what age', 'under 18', 'age limit', '16 and 17', '17 year old', 'still a child', 'young person', 'child definition', 'adult'],
    related: ['section.8.capacity-to-consent', 'section.10.age-and-consent', 'section.7.transition-to-adulthood'],
  },
];
