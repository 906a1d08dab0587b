import type { KnowledgeEntryInput } from '../entry.schema';

/** Appendix J: best practice for a CSE investigation, as checklists with their review points. */

const md = (...lines: string[]): string => lines.join('\n');

const connect = {
  what: 'The Met replaced CRIS, Merlin and other legacy systems with CONNECT, and the non-crime 587/00 report with a 588 child exploitation report; the CRIS screens named here are historical.',
  when: 'CONNECT from November 2022; 588 from March 2021',
  source: 'https://6degreesfilm.com/met-police-data-platform-64m-over-budget/',
};

const escalation2021 = {
  what: "The 2021 London Child Exploitation Operating Protocol replaced SC&O17 IAT categorisation with a 'BCU to Specialist Crime escalation process' and removed CSE categories.",
  when: 'March 2021',
  source: 'https://www.readkong.com/page/the-london-child-exploitation-operating-protocol-2021-7308805',
};

const section = 'Appendix J: Best practice for a Child Sexual Exploitation investigation';

export const investigationChecklistEntries: KnowledgeEntryInput[] = [
  {
    id: 'section.appendix-j.best-practice',
    kind: 'topic',
    title: 'Best practice for a CSE investigation: why Appendix J exists',
    summary:
      'Appendix J gives every police investigation unit one consistent approach to CSE offences and concerns, including holding strategy discussions with partners.',
    body: md(
      'The purpose of Appendix J is a consistent approach to the way CSE offences and concerns are investigated across all police investigation units.',
      '',
      'It was produced partly because CSC reported that different investigating units were not consistent in how they engaged with partners. The requirement to hold strategy discussions or meetings applies to everyone who investigates CSE.',
      '',
      'The checklists: supervisor’s actions; the investigating officer’s actions for the victim and for the suspect; intelligence checks/development; the closing report; and the outcome code.',
    ),
    audiences: ['police'],
    section,
    keywords: ['Appendix J', 'best practice', 'investigation', 'consistent approach', 'investigation units', 'strategy discussion'],
    related: ['checklist.investigation-supervisor', 'checklist.investigation-victim', 'checklist.investigation-suspect', 'checklist.intelligence-checks', 'checklist.closing-report', 'checklist.outcome-code', 'section.10.investigations'],
  },
  {
    id: 'checklist.investigation-supervisor',
    kind: 'checklist',
    title: "Supervisor's actions in a CSE investigation",
    summary:
      'The supervisor checks basic intelligence, holds a strategy discussion with CSC, produces a RARA risk assessment, allocates an SIO, records the strategy and flags, and reviews the investigation every 10 days.',
    body: md(
      '- Basic intelligence checks to assess the threat level. Some indicators, such as missing episodes, increase the risk to a child.',
      '- Strategy discussion/meeting with CSC: record the outcome on the CRIS and whether a s47 investigation has been agreed.',
      '- Produce a RARA risk assessment and set actions to minimise the risk to the victim and any risk the perpetrator(s) pose.',
      '- Allocate a Senior Investigating Officer and open an action tab.',
      '- Record the investigation strategy and set actions, recorded on the actions screen of CRIS.',
      '- Use the appropriate flags on CRIS: ES, EU, GA and GE.',
      '',
      '**Review point**: supervise and review **every 10 days**.',
    ),
    audiences: ['police'],
    section: `${section} – Supervisor's actions`,
    keywords: ['supervisor', 'supervision', 'review every 10 days', '10 days', 'RARA', 'risk assessment', 'SIO', 'action tab', 'strategy discussion', 's47', 'flags', 'threat level'],
    related: ['meeting.strategy-discussion', 'glossary.rara', 'flag.es', 'flag.eu', 'flag.ga', 'flag.ge', 'checklist.investigation-victim'],
    since2017: [connect],
  },
  {
    id: 'checklist.investigation-victim',
    kind: 'checklist',
    title: "Investigating officer's actions: the victim",
    summary:
      'The investigating officer researches the victim, considers a PNC marker (reviewed every six months), makes early face-to-face contact, considers forensics, builds a multi-agency safeguarding plan, and revisits the victim.',
    body: md(
      '- Research the profile/intelligence snapshot on the victim and venues, including open source material.',
      '- A PNC marker on the victim must be considered. If a marker is not placed, record the rationale for why it is not appropriate.',
      '- Early engagement is a priority: face-to-face contact with the victim should take place.',
      '- Initial victim contact should consider forensic opportunities, including clothing for forensic examination and mobile phone(s) seized for downloading (XRY).',
      '- Safeguarding plan for the victim (a multi-agency plan). Any other siblings in the family must also be considered.',
      '- Referral through MASE; the CSE CRIS is updated with actions set at MASE.',
      '- Trigger plan if a repeat missing person, placed on Crimint and PNC so it is searchable and available when required.',
      "- Positive interventions recorded with the MI flag, with the nature of the intervention explained in the Officers' notes free text field.",
      '- Repeat victim visit, and establish/confirm an enduring point of contact if appropriate.',
      "- Open source checks on the victim's social media accounts.",
      '- Signpost the victim and family to support agencies.',
      '- Indecent images of the victim that are found may have been circulated on the internet: they need to be graded and submitted to the Child Abuse Image Database (CAID). This stops other officers having to watch them and avoids contacting victims who have already been safeguarded.',
      '- Indecent images of unidentified children should be discussed with the Victim Identification Unit so the children can be identified and safeguarded (contact through local procedures).',
      '',
      '**Review points**',
      '- PNC marker: review **every six months**, or if there is a significant change in circumstances.',
      '- Repeat victim visits (above). If no disclosure has been made and all other lines of enquiry are complete, revisit the victim **six months later** to see whether they are ready to disclose (Section 10).',
      '- If the victim has not engaged, the closing report considers a review period to re-approach and engage with them.',
    ),
    audiences: ['police'],
    section: `${section} – Investigating Officer's actions: Victim`,
    keywords: ['investigating officer', 'IO', 'victim', 'PNC marker', 'six months', 'review', 'face-to-face', 'forensics', 'XRY', 'phone download', 'safeguarding plan', 'siblings', 'trigger plan', 'repeat visit', 'CAID', 'indecent images', 'Victim ID', 'open source', 'social media'],
    related: ['checklist.investigation-supervisor', 'checklist.investigation-suspect', 'section.10.forensics-strategy', 'section.10.investigations', 'outcome.mi', 'glossary.pnc', 'glossary.caid', 'glossary.xry', 'glossary.victim-id', 'meeting.mase'],
    since2017: [connect],
  },
  {
    id: 'checklist.investigation-suspect',
    kind: 'checklist',
    title: "Investigating officer's actions: the suspect",
    summary:
      'The investigating officer fully researches the suspect, assesses the risk they pose to other children, plans an intervention, and is expected to take some action to disrupt any identified suspect.',
    body: md(
      '- Full research on the suspect on police indices and open source. Is this a repeat suspect? If so, that emphasises the need for disruptive action.',
      '- If the case is online (e.g. social media), conduct online research into the suspect using officers/staff able to do it. Delays must not occur solely because of lack of training in this area; MET Intel can assist.',
      '- Risk assessment in relation to the suspect. Consider whether other children may be at risk as well.',
      '- Intervention plan: arrest, s2 Abduction notice, Sexual Risk Order or other interventions.',
      '- **If the suspect is identified, there is an expectation that some action will be taken to disrupt them.**',
      '- Any suspect must be recorded on the suspect screen, even on a non-crime CSE report. This enables analysis of repeat suspects.',
      "- Disruptions recorded as FP, etc., with the nature of the disruption explained in the Officers' notes free text field.",
    ),
    audiences: ['police'],
    section: `${section} – Investigating Officer's actions: Suspect`,
    keywords: ['suspect', 'perpetrator', 'offender', 'research', 'repeat suspect', 'online research', 'risk assessment', 'intervention plan', 'arrest', 'CAWN', 'abduction notice', 'SRO', 'disruption', 'suspect screen', 'FP'],
    related: ['section.10.perpetrators', 'outcome.fp', 'outcome.fq', 'power.cawn', 'power.sro', 'checklist.intelligence-checks'],
    since2017: [connect],
  },
  {
    id: 'checklist.intelligence-checks',
    kind: 'checklist',
    title: 'Intelligence checks and development',
    summary:
      'Put a Crimint summary, phone subscriber and call data, Oyster downloads and any missing trigger plan on Crimint, suspect intelligence on DETS, and refer escalating cases to the SC&O17 IAT to review the category.',
    body: md(
      "- Crimint summary of initial intelligence, including the victim's and suspect's social media usernames.",
      '- Subscriber checks on phone numbers (victim/suspect) – results on Crimint.',
      '- Call data/cell-site, if applicable – results on Crimint.',
      '- Oyster card download – results on Crimint.',
      '- Trigger plan if a repeat missing person, including forensic retrieval considerations – summarised/held on Crimint.',
      '- Suspect intelligence – placed on DETS.',
      '- Create a briefing slide for Met Bats.',
      '- Source Unit tasking.',
      '',
      '**If there is concern about escalation, or suspects need targeting proactively, refer to the SC&O17 Initial Assessment Team to review the category.**',
    ),
    audiences: ['police'],
    section: `${section} – Intelligence checks/development`,
    keywords: ['intelligence', 'Crimint', 'subscriber checks', 'call data', 'cell-site', 'Oyster', 'trigger plan', 'DETS', 'briefing', 'source unit', 'escalation', 'IAT', 'review category'],
    related: ['checklist.investigation-suspect', 'glossary.iat', 'glossary.dets', 'glossary.tfl'],
    since2017: [escalation2021, connect],
  },
  {
    id: 'checklist.closing-report',
    kind: 'checklist',
    title: 'Closing report for a CSE investigation',
    summary:
      "The closing report covers the family and siblings, partners' actions, the victim's current situation, risk and engagement, links to organised crime, action on perpetrators and venues, and review periods for PNC markers and re-approaching the victim.",
    body: md(
      '- Family make-up, including siblings.',
      '- Any identified risk to siblings, and action taken.',
      "- Summary of the investigation, including partners' actions.",
      '- The victim:',
      "  - the victim's current residential status, e.g. at home/in LA care;",
      '  - the current risk for the victim;',
      '  - did the victim engage with police or another agency?',
      '  - did the victim provide a VRI?',
      "  - did the victim's family engage with police or another agency?",
      '  - was there a positive intervention for the victim?',
      '  - long-term safeguarding plan.',
      '- Any links to an organised crime group.',
      '- Was a perpetrator identified and, if so, what action was taken? Has a positive disruption been recorded?',
      '- Was a venue or location identified and, if so, what action was taken?',
      '',
      '**Review points**',
      '- Review period for any PNC marker on the victim and the suspect.',
      '- If the victim has not engaged, consider a review period to re-approach and engage with the victim.',
    ),
    audiences: ['police'],
    section: `${section} – Closing report`,
    keywords: ['closing report', 'closure', 'close investigation', 'siblings', 'residential status', 'engagement', 'VRI', 'positive intervention', 'organised crime group', 'OCG', 'perpetrator', 'venue', 'PNC marker review', 're-approach'],
    related: ['checklist.outcome-code', 'checklist.investigation-victim', 'section.7.positive-interventions', 'section.10.visually-recorded-interviews'],
    since2017: [connect],
  },
  {
    id: 'checklist.outcome-code',
    kind: 'checklist',
    title: 'Outcome code at the end of the investigation',
    summary:
      'Make sure all positive interventions and positive disruptions are recorded on CRIS with the MI, FP, FO and FQ flags, so the MPS can show what it is doing to combat CSE.',
    body: md(
      '- Record all positive interventions and positive disruptions on CRIS.',
      '- Record the MI, FP, FO and FQ flags as they apply.',
      '',
      'Correct recording of interventions and disruptions lets the MPS demonstrate what it is doing to combat CSE.',
    ),
    audiences: ['police'],
    section: `${section} – Outcome code`,
    keywords: ['outcome code', 'MI', 'FP', 'FO', 'FQ', 'positive intervention', 'positive disruption', 'recording'],
    related: ['outcome.mi', 'outcome.fp', 'outcome.fo', 'outcome.fq', 'checklist.closing-report'],
    since2017: [connect],
  },
];
