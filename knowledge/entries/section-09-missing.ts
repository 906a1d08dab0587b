import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { md } from './text';

/** Section 9: missing children (coordinator, prevention and return interviews). */

export const section09Entries: KnowledgeEntryInput[] = [
  {
    id: 'section.9.missing-children',
    kind: 'topic',
    title: 'Missing children and CSE',
    summary:
      'Missing children may be at increased risk of CSE and should be reported to police at the earliest opportunity; once found they are debriefed through a police prevention interview and an independent return home interview.',
    body: md(
      'Missing children and young people may be at increased risk of CSE and should be reported as missing to police at the earliest opportunity. Once a missing child is located, they must be properly debriefed to identify any risks they have been exposed to. There are two stages:',
      '- the Police Prevention Interview (formerly the Safe and Well Check); and',
      '- the Independent Return Home Interview.',
      '',
      "**Definition of missing (College of Policing APP, 2016)**: 'Anyone whose whereabouts cannot be established will be considered as missing until located, and their well-being or otherwise confirmed.' 'Absent' is no longer separately defined: all reports sit within a continuum of risk from 'no apparent risk (absent)' to high-risk cases that need immediate, intensive action.",
      '',
      'Each case is risk assessed on its merits. Children are no longer automatically graded as medium risk by policy, but according to the circumstances of the missing episode together with relevant historic information. Police action should be proportionate to the risk.',
    ),
    audiences: ['all'],
    section: 'Section 9: Missing children',
    keywords: ['missing', 'misper', 'missing child', 'absent', 'runaway', 'report missing', 'risk grading', 'APP', 'debrief', 'found', 'located', 'return'],
    related: ['section.9.missing-person-coordinator', 'section.9.prevention-interview', 'section.9.return-home-interview', 'vulnerability.missing', 'indicator.absence.missing-repeat'],
    since2017: [change('change.hmicfrs')],
  },
  {
    id: 'section.9.missing-person-coordinator',
    kind: 'topic',
    title: 'Missing Person Coordinators (MPCs)',
    summary:
      'Each London borough is served by a police Missing Person Coordinator who reviews missing reports for patterns of abuse or exploitation and works with partners and care providers to reduce repeat missing.',
    body: md(
      'The MPS has Missing Person Coordinators (MPCs) to support investigation and provide a problem-solving capability in each BCU. MPCs review missing person reports to:',
      '- identify patterns that may indicate forms of abuse or exploitation; and',
      '- work collectively with partners to address issues that trigger repeat incidents.',
      '',
      'A significant part of the role is working with care providers whose young residents are more at risk of sexual exploitation, to manage and reduce missing incidents. Each London borough is served by an MPC, linking care providers, Missing Person Units, the MPS sexual offences and exploitation command and safeguarding partners. A coordinator may attend MASE and/or strategy meetings where necessary.',
    ),
    audiences: ['police', 'social-care'],
    section: 'Section 9: Missing children – Missing Person Coordinator',
    keywords: ['MPC', 'missing person coordinator', 'missing persons unit', 'care providers', "children's homes", 'repeat missing', 'patterns'],
    related: ['section.9.missing-children', 'glossary.mpc', 'meeting.mase'],
    since2017: [change('change.bcu')],
  },
  {
    id: 'section.9.prevention-interview',
    kind: 'topic',
    title: 'Police prevention interview',
    summary:
      'Police should interview every child when they return or are located, to establish whether they came to harm while missing and how to prevent future missing episodes.',
    body: md(
      'Police should interview all children when they return or are located (this was formerly called the Safe and Well Check). It is a simple series of questions about where the child was while missing, where they went, what they did, who they were with, etc.',
      '',
      '- Purpose: to establish whether the child has come to harm while missing and what can be done to prevent future missing occurrences.',
      '- If the child alleges a crime that occurred while missing, or that contributed to them running away, police record the allegation and take appropriate action.',
      '- Information from the interview should, if relevant, be shared with partners.',
      '- In all suspected CSE, the rape Standard Operating Procedures for recovering evidence should be considered; this is particularly relevant when completing a missing person debrief (Section 10: Forensics strategy).',
    ),
    audiences: ['police'],
    section: 'Section 9: Missing children – Police Prevention Interview (police responsibility)',
    keywords: ['prevention interview', 'safe and well check', 'safe and well', 'debrief', 'found', 'returned', 'missing episode', 'allegation'],
    related: ['section.9.missing-children', 'section.9.return-home-interview', 'section.10.forensics-strategy'],
  },
  {
    id: 'section.9.return-home-interview',
    kind: 'topic',
    title: 'Independent return home interview: within 72 hours',
    summary:
      'A child must have an interview with an independent person within 72 hours of being located or returning; for looked after children the residential unit manager or supervising social worker and placing authority ensure it happens, and for children in the community the local authority’s CSC does.',
    body: md(
      'Children should be told of their right, and encouraged, to talk about the incident with someone independent of their parent/carer on their return. Giving children the opportunity to talk is key to safeguarding them.',
      '',
      'The interview and the actions that follow must:',
      "- identify and deal with any harm the child has incurred (the child's medical condition should be discussed immediately and any need for medical attention assessed);",
      "- understand and address the reasons the child ran away (the child's living arrangements/placement or care plan may need review); and",
      '- try to avoid it happening again.',
      '',
      '**The child must receive the interview with the independent person within 72 hours of being located or returning from absence.**',
      '- For looked after children (LAC): the residential unit manager/supervising social worker and the placing authority are responsible for making sure this happens.',
      "- For children living in the community: the local authority's CSC is responsible for making sure the opportunity for an independent interview is provided.",
    ),
    audiences: ['all'],
    section: 'Section 9: Missing children – Independent Return Home Interview',
    keywords: ['RHI', 'return home interview', 'return interview', 'independent return interview', '72 hours', 'missing', 'debrief', 'LAC', 'placing authority', 'residential unit manager'],
    related: ['section.9.return-interview-who-and-after', 'section.9.prevention-interview', 'section.9.missing-children', 'glossary.lac'],
  },
  {
    id: 'section.9.return-interview-who-and-after',
    kind: 'topic',
    title: 'Return home interview: who conducts it and what happens next',
    summary:
      "The interview should be with someone the child trusts, separate from the police and children's social services interview; the child should be asked who they want to speak to.",
    body: md(
      'Many young people who run away or go missing need to build up trust with somebody before they will discuss in depth why they ran away.',
      '',
      "The independent person could be a social worker other than the child's own social worker (if they have one), a teacher, school nurse, Connections, Youth or Youth Offending Team (YOT) worker, a voluntary sector practitioner, or a police officer the child knows and trusts. The interview should be with someone the child trusts and who is separate from the police and children's social services interview. **The child should be asked who they wish to speak to.**",
      '',
      '**After the interview**',
      '- Information from the return interview must be supplied back to the police and other relevant partners according to local practice, normally through MASH.',
      '- Allegations or information suggesting a risk of CSE should be submitted on a non-crime 587/00 CSE CRIS report.',
      '- Appendix I also asks that return home interview intelligence be recorded on Crimint or the Merlin PAC so it is searchable by MPS staff investigating CSE, and that partner agencies refer any intelligence from these interviews to the police.',
    ),
    audiences: ['all'],
    section: 'Section 9: Missing children – Independent Return Home Interview',
    keywords: ['RHI', 'return interview', 'who does the return interview', 'independent person', 'trusted adult', 'school nurse', 'teacher', 'YOT', 'voluntary sector', 'MASH', '587/00', 'intelligence'],
    related: ['section.9.return-home-interview', 'section.6.mash-and-cse', 'section.6.referral-desks', 'glossary.yot'],
    since2017: [change('change.connect-588')],
  },
];
