import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { md } from './text';

/** Section 6: reporting CSE (MASH, referral desks, the police pathway, case ownership, flagging). */

export const section06Entries: KnowledgeEntryInput[] = [
  {
    id: 'section.6.mash-and-cse',
    kind: 'topic',
    title: 'MASH and CSE',
    summary:
      'The Multi-Agency Safeguarding Hub (MASH) spots CSE warning signs in referrals, triggers a risk assessment and passes the information to police and CSC to progress investigation or intervention.',
    body: md(
      'The MASH has a key role in establishing who is at risk of CSE by identifying the warning signs within referral notifications. These signals trigger a risk assessment, channelled through the agreed pathways to progress services such as investigations or interventions.',
      '',
      '- Information gathered from partners within MASH is assessed by CSC and appropriate partner agencies, case by case.',
      '- Where CSE is identified as a risk within a MASH, the relevant information is passed to police and CSC to progress any investigation or intervention.',
      '- The MASH product gives an initial assessment so that police officers, social workers and professionals can progress the case assessment, plan to reduce the risk, support the welfare of the victim(s) and pursue any offenders.',
      '- Professionals use the information for an initial assessment of the level of risk to victims and potential victims, to inform investigations and tactical options for agencies already involved with the child, and to identify any welfare needs.',
      '',
      "Children and young people who go missing are acknowledged by the Children's Commissioner as being at a greater risk of CSE.",
    ),
    audiences: ['all'],
    section: 'Section 6: Reporting suspicions of CSE – MASH and CSE',
    keywords: ['MASH', 'multi-agency safeguarding hub', 'referral', 'front door', 'risk assessment', 'information sharing', 'report a concern'],
    related: ['section.6.referral-desks', 'glossary.mash', 'section.9.missing-children'],
    since2017: [
      {
        what: "The Data Protection Act 2018 and UK GDPR allow processing for safeguarding children and individuals at risk; see the ICO's 10-step guide to sharing information to safeguard children.",
        when: 'DPA 2018 from 25 May 2018; ICO guide 14 September 2023',
        source: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-sharing/a-10-step-guide-to-sharing-information-to-safeguard-children/',
      },
    ],
  },
  {
    id: 'section.6.referral-desks',
    kind: 'topic',
    title: 'Referral desks: with or without an allocated social worker',
    summary:
      'With no allocated social worker (ASW), the MASH creates a non-crime 587/00 CSE CRIS report flagged ES; with an ASW, the referral goes to the ASW, who refers via an 87A to the CAIT referral desk.',
    body: md(
      '**No allocated social worker (ASW)**',
      'When a CSE-related Merlin or any other CSE-related referral is received within a MASH and there is no ASW, the MASH creates the non-crime 587/00 CSE Crime Report Information System (CRIS) report and flags it ES (Appendix E).',
      '',
      '**There is an ASW**',
      "Merlins and referrals that report or contain CSE concerns where there is an ASW are passed straight to that ASW, who must then make a referral via an 87A to SC&O17's Child Abuse Investigation Team (CAIT) referral desk (or the equivalent under the Borough Command Unit (BCU) model), where a CRIS report is completed.",
      '',
      '**Then**',
      '- Any strategy discussions held are cross-referenced with the originating Merlin or CRIS report.',
      '- A Child Risk Assessment Matrix is not necessary on the CRIS, and the SC&O17 referral desk is not expected to retain ownership of CSE CRIS reports.',
      '- The SC&O17 Initial Assessment Team (IAT) reviews all 587/00 CSE CRIS and crime CRIS flagged ES and EU, and categorises them to inform which investigative unit is best placed to investigate.',
      '',
      "Appendix C (a flowchart, not available as text) shows the basic pathway for a non-police CSE referral. The key aim is to make children at risk of CSE 'visible' by recording those concerns and risks on CRIS with appropriate safeguarding action.",
    ),
    audiences: ['police', 'social-care'],
    section: 'Section 6: Reporting suspicions of CSE – Referral desks',
    keywords: ['referral desk', 'ASW', 'allocated social worker', '87A', '87a referral', '587/00', '587', 'non-crime report', 'CRIS', 'CAIT', 'IAT', 'initial assessment team', 'SC&O17', 'ES flag', 'Appendix C'],
    related: ['section.6.mash-and-cse', 'flag.es', 'flag.eu', 'section.appendix-e.recording-suspicions', 'glossary.asw', 'glossary.iat', 'glossary.cait', 'glossary.cris', 'meeting.strategy-discussion'],
    since2017: [change('change.connect-588'), change('change.london-procedures'), change('change.specialist-crime-escalation')],
  },
  {
    id: 'section.6.police-reporting-pathway',
    kind: 'topic',
    title: 'Police officer reporting pathway',
    summary:
      "Officers complete a Merlin PAC (with its CSE category) and a CRIS report even where no crime is alleged, cross-reference the two, and consider police protection first if the child is at immediate risk of significant harm.",
    body: md(
      'All police officers have a duty to safeguard and protect children under s11 of the Children Act 2004.',
      '',
      '- MPS procedures require officers to complete a Merlin Pre-Assessment Checklist (PAC) for a child who comes to notice, including where a child is believed to be at risk of CSE. There is a specific category on the Merlin PAC to highlight a CSE concern.',
      '- The initial investigating officer also completes a CRIS report even where no actual allegation of crime is made and no offence has been alleged.',
      '- The Merlin reference number must be cross-referenced onto the CRIS report.',
      '',
      "When an officer identifies that a child (anyone under 18) is at risk of CSE, the first consideration must be the child's protection and safety. If the officer believes the child is at immediate risk of significant harm, police protection must be considered and the appropriate procedures complied with.",
      '',
      "Appendix D (a flowchart, not available as text) shows the frontline officer's pathway.",
    ),
    audiences: ['police'],
    section: 'Section 6: Reporting suspicions of CSE – CSE police officer reporting pathway',
    keywords: ['police pathway', 'Merlin', 'Merlin PAC', 'pre-assessment checklist', 'CRIS', 'non-crime', 'police protection', 's46', 'section 11 Children Act 2004', 'immediate risk', 'Appendix D', 'stop and search', 'stopped a vehicle', 'vehicle stop', 'comes to notice', 'every child who comes to notice', 'no allegation'],
    related: ['section.6.case-ownership', 'power.police-protection', 'glossary.merlin-pac', 'glossary.cris', 'section.6.cse-flagging'],
    since2017: [change('change.connect-588')],
  },
  {
    id: 'section.6.case-ownership',
    kind: 'topic',
    title: 'Which borough owns a CSE case',
    summary:
      'Police category 1 and non-contact online category 2 work rests with borough police and partners where the child resides; the borough where exploitation happens makes enquiries for the owning borough.',
    body: md(
      'Responsibility for police category 1 and non-contact online police category 2 investigations and interventions rests with borough police and partner agencies where the child resides (for children who are not looked after children).',
      '',
      '- Where the exploitation is taking place away from where the child resides, the borough where it is taking place conducts any necessary enquiries on behalf of the owning borough, including liaison with Children’s Services local to where the risks are apparent.',
      '- For looked after children (LAC), the London CP procedures are followed. The lead police responsibility remains with the borough where the child resides.',
    ),
    audiences: ['police', 'social-care'],
    section: 'Section 6: Reporting suspicions of CSE – CSE police officer reporting pathway',
    keywords: ['who is in charge', 'lead borough', 'owns the case', 'ownership', 'owning borough', 'which borough', 'where the child lives', 'resides', 'cross-border', 'LAC', 'looked after child', 'category 1', 'non-contact online'],
    related: ['category.police-1', 'category.police-2', 'section.7.lac-placed-out-of-borough', 'section.7.mase-information-sharing'],
    since2017: [change('change.bcu'), change('change.categories-removed')],
  },
  {
    id: 'section.6.cse-flagging',
    kind: 'topic',
    title: 'Flagging CSE',
    summary:
      'Flagging CSE is good practice so information is shared across the partnership, risks are easy to identify, and CSE in London can be mapped and analysed.',
    body: md(
      'It is good practice to flag CSE so that this information is shared between the partnerships and risks are easily identifiable. This enables information to be used to map and analyse CSE in London.',
      '',
      'Police flags and outcome codes are in Appendix E: flags ES, GE, GA, LA, LB, LC and EU; outcome codes MI, FP, FO and FQ.',
    ),
    audiences: ['all'],
    section: 'Section 6: Reporting suspicions of CSE – CSE flagging',
    keywords: ['flag', 'flagging', 'flags', 'CSE flag', 'marker', 'outcome codes', 'Appendix E', 'mapping', 'flag on the system', 'flag a child', 'flag the records', 'alert on the system'],
    related: ['section.appendix-e.recording-suspicions', 'flag.es', 'flag.eu', 'flag.ge', 'flag.ga', 'flag.la', 'flag.lb', 'flag.lc', 'outcome.mi', 'outcome.fp', 'outcome.fo', 'outcome.fq'],
    since2017: [change('change.connect-flags')],
  },
];
