import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { APPENDIX_I_SECTIONS, md } from './text';

/**
 * Appendix I: police protection and the notices police use on people and places (CAWN, hotel
 * notice, CPN, dispersal, closure). `facts` hold only what the protocol says.
 */

const VICTIMS = APPENDIX_I_SECTIONS.victims;
const OFFENDERS = APPENDIX_I_SECTIONS.offenders;
const LOCATIONS = APPENDIX_I_SECTIONS.locations;
const OTHER_ORDERS = APPENDIX_I_SECTIONS.otherOrders;

export const policeNoticesEntries: KnowledgeEntryInput[] = [
  {
    id: 'power.police-protection',
    kind: 'power',
    title: 'Police protection (s46 Children Act 1989)',
    summary:
      'A police constable who has reasonable cause to believe a child would otherwise be likely to suffer significant harm may remove the child to suitable accommodation and keep them there, or take reasonable steps to stop the child being removed from a hospital or other place.',
    body: md(
      'If a police constable has reasonable cause to believe that a child would otherwise be likely to suffer significant harm:',
      '- the child may be removed to suitable accommodation and kept there; or',
      '- the constable may take such steps as are reasonable to ensure that the child’s removal from any hospital or other place in which they are being accommodated is prevented.',
      '',
      'Police protection is also listed under "Links to other orders", and where a child in police protection is taken or kept away, the s49 Children Act 1989 offence and a s50 recovery order (police apply) can follow.',
      '',
      'General law, not in the protocol’s text: police protection lasts up to 72 hours and the local authority must be informed (s46 Children Act 1989, https://legislation.gov.uk/id/ukpga/1989/41/section/46, as used in the reconstructed pathways).',
    ),
    audiences: ['police', 'social-care'],
    section: `${VICTIMS}; ${OTHER_ORDERS}: Links to other orders`,
    keywords: ['police protection', 'PPO', 'police protection order', 'section 46', 's46', 'powers of police protection', 'emergency removal', 'remove the child', 'significant harm', 'place of safety', 'immediate danger'],
    related: ['power.epo', 'power.recovery-order', 'power.abduction-child-in-care', 'section.6.police-reporting-pathway'],
    facts: {
      whoApplies: 'A police constable.',
      threshold: 'Reasonable cause to believe that the child would otherwise be likely to suffer significant harm.',
      statute: 'Children Act 1989, s46.',
    },
  },
  {
    id: 'power.cawn',
    kind: 'power',
    title: 'Child Abduction Warning Notice (CAWN, formerly Harbourer’s Warning)',
    summary:
      'An inspector-authorised notice to an adult whose association with a child under 16 (under 18 in care) puts the child at risk: used when the child in the suspect’s company causes significant concern, or a missing child has been found with the suspect on two or more occasions. Breach can lead to abduction charges.',
    body: md(
      'Appendix I (positive action for offenders):',
      '- CAWN under s2 Child Abduction Act 1984: authorised by an inspector, and to be considered when a child (under 16) being in the company of the suspect causes significant cause for concern, or the child is missing and has been found with the suspect on two or more occasions.',
      '- Section 49 Children Act 1989 enables a CAWN to be served as above for children under 18 who are subject to a full care order.',
      '- Where a CAWN is breached, police may consider criminal charges: abduction of a child in care (s49 Children Act 1989) or abduction of a child under 16 by other persons (s2 Child Abduction Act 1984).',
      '- When children at risk of CSE are found at repeat locations, orders such as CAWNs should be considered.',
      '',
      'Other legislative Acts and Orders: CAWNs tackle cases where young people under 16 (under 18 if in LA care) are placed at risk of significant harm by their associations with individuals who pose a risk to them, sometimes much older than themselves. Issuing a CAWN is a valuable safeguarding measure to:',
      '- reduce repeat incidents of such children going missing from the care of those responsible for their welfare;',
      '- reduce the risk that such children are exposed to;',
      '- set out a clear, graduated and proportionate response to such cases;',
      '- set out a clear procedure for the issue and audit of CAWNs, so that they are evidentially viable and sound for a potential prosecution; and',
      '- adopt a problem-solving approach to reducing missing-from-home incidents.',
      '',
      'Where a CAWN cannot be served, consider the MPS Letter of Concern. Not in the protocol’s text: a 2016 Home Office answer says breach of a notice is not itself a criminal offence (https://ukpol.co.uk/sarah-champion-2016-parliamentary-question-to-the-home-office-2).',
    ),
    audiences: ['police', 'social-care'],
    section: `${OFFENDERS}; ${OTHER_ORDERS}: Child Abduction Warning Notices (formerly known as Harbours’ Warning Notices)`,
    keywords: ['CAWN', 'child abduction warning notice', 'abduction notice', "harbourer's notice", "harbourer's warning", 'Harbours warning', 'harbouring notice', 'keep away notice', 'warning notice', 's2 notice', 'section 2 notice', 'section 49', 'under 16', 'under 18 in care', 'missing', 'found with adult'],
    related: ['glossary.cawn', 'power.abduction-child-in-care', 'offence.caa-s2', 'tactic.offender.letter-of-concern', 'power.sro', 'power.care-order'],
    facts: {
      whoApplies: 'Police (an intervention in the investigating officer’s plan, Appendix J).',
      whoAuthorises: 'An inspector.',
      threshold:
        'A child under 16 in the company of the suspect gives significant cause for concern, or a missing child has been found with the suspect on two or more occasions. Under s49 Children Act 1989, children under 18 subject to a full care order.',
      breach: 'Police may consider charges for abduction of a child in care (s49 Children Act 1989) or abduction of a child under 16 by other persons (s2 Child Abduction Act 1984).',
      statute: 'Child Abduction Act 1984, s2 (child under 16); Children Act 1989, s49 (child under 18 in care).',
    },
    since2017: [change('change.cawn-advice')],
  },
  {
    id: 'power.abduction-child-in-care',
    kind: 'power',
    title: 'Abduction of children in care (s49 Children Act 1989)',
    summary:
      'An offence: where a CAWN is breached, police may consider charging abduction of a child in care (on a care order, an EPO or in police protection) under s49 Children Act 1989.',
    body: md(
      '- Where a CAWN is breached, police may give consideration to proceeding with criminal charges for the abduction of a child in care (care order, EPO, Police Protection Order (PPO)).',
      '- Section 49 also enables a CAWN to be served for children under 18 who are subject to a full care order.',
      '- It is an offence, listed here with the powers because it is the enforcement route for a CAWN.',
    ),
    audiences: ['police', 'social-care'],
    section: OFFENDERS,
    keywords: ['abduction of a child in care', 'section 49', 's49', 'Children Act 1989', 'child in care', 'care order', 'EPO', 'police protection', 'CAWN breach', 'harbouring', 'under 18'],
    related: ['power.cawn', 'offence.caa-s2', 'power.recovery-order', 'power.care-order'],
    facts: {
      whoApplies: 'Police consider criminal charges when a CAWN is breached.',
      threshold: 'The child is in care: on a care order, an EPO or in police protection.',
      statute: 'Children Act 1989, s49.',
    },
  },
  {
    id: 'power.hotel-notice',
    kind: 'power',
    title: 'Hotel notice (ss116–118 ASB, Crime and Policing Act 2014)',
    summary:
      'A senior police officer can serve a written notice on the owner, operator or manager of a hotel or similar establishment reasonably believed to have been, or to be going to be, used for CSE; the hotel must then give police, on request, guest names, addresses and other information readily obtainable from guests.',
    body: md(
      'Appendix I (locations): a senior police officer can issue a written notice to the owner, operator or manager of a hotel or similar establishment which they reasonably believe has been or will be used for CSE or related activities. The hotel is then required, on request, to provide information to the police, such as guests’ names and addresses and other information which could be readily obtained from the guests themselves.',
      '',
      'Hotel Notices (Home Office 2014 fact sheet, "Child sexual exploitation at hotels"):',
      '- Sections 116, 117 and 118 provide three provisions for the investigation of CSE offences. They allow the police to issue a notice requiring the owner, operator or manager of relevant accommodation to disclose information where intelligence indicates the premises are being, or have been, used for CSE, including preparatory or other activities connected to CSE.',
      '- Where police reasonably believe CSE is taking place, they can request information about guests, including name and address and other relevant information, e.g. age.',
      '- The information can be used as intelligence to support the investigation of criminal offences which may have been, or are being, committed on the premises, helping to identify organised groups involved in CSE.',
    ),
    audiences: ['police', 'business'],
    section: `${LOCATIONS}; ${OTHER_ORDERS}: Hotel Notices`,
    keywords: ['hotel notice', 'hotel information notice', 'section 116', 's116', 'sections 116 to 118', 'guest details', 'guest names', 'guest register', 'booking information', 'hotel', 'B&B', 'guest house', 'Makesafe'],
    related: ['tactic.location.hotels', 'makesafe.hotels', 'tactic.location.operation-makesafe', 'power.closure-notice-order'],
    facts: {
      whoApplies: 'The police serve a written notice on the owner, operator or manager of the hotel or similar establishment.',
      whoAuthorises: 'A senior police officer issues the notice.',
      threshold:
        'Reasonable belief (intelligence) that the premises have been, are being or will be used for CSE or related, preparatory or connected activities. Once served, the hotel must on request give guest names, addresses and other information readily obtainable from guests (e.g. age).',
      statute: 'Anti-social Behaviour, Crime and Policing Act 2014, ss116–118.',
    },
  },
  {
    id: 'power.cpn',
    kind: 'power',
    title: 'Community Protection Notice (s43 ASB, Crime and Policing Act 2014)',
    summary:
      'The local authority, police or a designated person such as a social housing landlord can issue a CPN to stop persistent anti-social conduct by individuals or businesses that has a continuing detrimental effect on the community’s quality of life.',
    body: md(
      '- Can be issued by the LA, the police or an agreed designated person, such as a social housing landlord.',
      '- The aim of a CPN is to prevent persistently anti-social conduct by individuals or businesses which is having a detrimental effect, of a continuing nature, on the community’s quality of life.',
    ),
    audiences: ['police', 'social-care'],
    section: LOCATIONS,
    keywords: ['community protection notice', 'CPN', 'community protection warning', 'CPW', 'section 43', 'anti-social behaviour', 'business', 'landlord', 'persistent conduct'],
    related: ['glossary.cpn', 'power.pspo', 'power.asb-injunction', 'power.closure-notice-order'],
    facts: {
      whoApplies: 'The local authority, the police, or an agreed designated person such as a social housing landlord.',
      threshold: 'Persistently anti-social conduct by an individual or business that has a detrimental effect, of a continuing nature, on the community’s quality of life.',
      statute: 'Anti-social Behaviour, Crime and Policing Act 2014, s43.',
    },
  },
  {
    id: 'power.dispersal',
    kind: 'power',
    title: 'Dispersal powers (s35 ASB, Crime and Policing Act 2014)',
    summary:
      'A senior police officer can authorise dispersal powers in a specified area for up to 48 hours to reduce the likelihood of the public being harassed, alarmed or distressed, or of crime and disorder in the locality.',
    body: md(
      '- A senior police officer is able to authorise the use of dispersal powers in a specified area for up to 48 hours.',
      '- The purpose is to reduce the likelihood of members of the public being harassed, alarmed or distressed, or to reduce the likelihood of crime and disorder in the locality.',
    ),
    audiences: ['police'],
    section: LOCATIONS,
    keywords: ['dispersal', 'dispersal order', 'dispersal authority', 'section 35', 's35', '48 hours', 'move on', 'direction to leave', 'groups'],
    related: ['power.pspo', 'tactic.location.public-places'],
    facts: {
      whoAuthorises: 'A senior police officer.',
      threshold: 'To reduce the likelihood of members of the public being harassed, alarmed or distressed, or of crime and disorder in the locality, in a specified area.',
      duration: 'Up to 48 hours.',
      statute: 'Anti-social Behaviour, Crime and Policing Act 2014, s35.',
    },
  },
  {
    id: 'power.closure-notice-order',
    kind: 'power',
    title: 'Closure notices and orders (s80 ASB, Crime and Policing Act 2014)',
    summary:
      'The police or local authority can issue a closure notice to shut premises, business or residential, used or likely to be used for activity relating to CSE; the protocol gives it 48 hours (in law 24 hours, extendable to 48), after which a magistrates’ court closure order can close the premises for up to three months.',
    body: md(
      '- The police or LA can issue a Closure Notice to close premises (business or residential) which are being used, or are likely to be used, for activity relating to CSE.',
      '- A Closure Notice can shut premises for 48 hours, after which a full closure (the protocol says "a full closure notice"; the heading names Closure Orders) is needed to close the premises for up to three months.',
      '- Appendix I also suggests considering Closure Orders for parks, city centres, takeaways and taxi firms.',
      '',
      'General law, not in the protocol’s text (from the statutes):',
      '- Anti-social Behaviour, Crime and Policing Act 2014: a police officer of at least the rank of inspector, or the local authority, issues the closure notice (s76). It lasts at most 24 hours, or 48 hours where a superintendent (or the local authority’s chief executive or their designate) issues or extends it (s77). An application for a closure order must then be made to a magistrates’ court and heard within 48 hours; the court’s closure order closes the premises for up to three months (s80). The protocol cites s80 for the notice: s80 is the closure order.',
      '- Sexual Offences Act 2003, Part 2A (inserted by the Policing and Crime Act 2009, in force 1 April 2010): a closure power for premises used, or likely to be used, for activities related to specified child sex offences. After a closure notice, a constable must apply to a magistrates’ court for a closure order, which closes the premises to all persons for up to three months (s136D).',
    ),
    audiences: ['police', 'social-care'],
    section: LOCATIONS,
    keywords: ['closure', 'closure notice', 'closure order', 'close premises', 'close down', 'close a hotel', 'shut down', 'premises closure', 'section 80', 's80', '48 hours', '24 hours', 'three months', 'magistrates court', 'Part 2A', 'child sex offences'],
    related: ['tactic.location.public-places', 'power.hotel-notice', 'power.cpn', 'power.licensing-review', 'power.absolute-grounds-possession'],
    facts: {
      whoApplies: 'The police or the local authority issue the closure notice.',
      threshold: 'Premises (business or residential) are being used, or are likely to be used, for activity relating to CSE.',
      duration: 'Closure notice: 48 hours, as the protocol says (in general law 24 hours, extendable to 48); then a full closure for up to three months.',
      statute: 'Anti-social Behaviour, Crime and Policing Act 2014, s80 (as the protocol cites it).',
    },
  },
];
