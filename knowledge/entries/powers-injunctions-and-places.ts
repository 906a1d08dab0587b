import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { APPENDIX_I_SECTIONS, md } from './text';

/**
 * Appendix I: injunctions and orders against behaviour, and housing, licensing and public-space
 * measures. `facts` hold only what the protocol says.
 */

const OFFENDERS = APPENDIX_I_SECTIONS.offenders;
const LOCATIONS = APPENDIX_I_SECTIONS.locations;
const OTHER_ORDERS = APPENDIX_I_SECTIONS.otherOrders;

export const injunctionsAndPlacesEntries: KnowledgeEntryInput[] = [
  {
    id: 'power.gang-injunction',
    kind: 'power',
    title: 'Injunctions to prevent gang-related violence and drug dealing',
    summary: 'An injunction that prevents the respondent from engaging in, encouraging or assisting gang-related violence or gang-related drug-dealing activity.',
    body: md(
      '- Injunctions to prevent gang-related violence and drug-dealing activity, cited by the protocol as s51 Serious Crime Act 2015.',
      '- They prevent the respondent from engaging in, encouraging or assisting gang-related violence or gang-related drug-dealing activity.',
    ),
    audiences: ['police', 'social-care'],
    section: OFFENDERS,
    keywords: ['gang injunction', 'injunction', 'gang', 'gang-related violence', 'drug dealing', 'county lines', 'section 51', 'civil injunction'],
    related: ['power.asb-injunction', 'power.criminal-behaviour-order', 'cse-type.gangs-and-groups'],
    facts: {
      threshold: 'Gang-related violence or gang-related drug-dealing activity that the respondent engages in, encourages or assists.',
      statute: 'Serious Crime Act 2015, s51 (as the protocol cites it).',
    },
    since2017: [change('change.cce-2026')],
  },
  {
    id: 'power.asb-injunction',
    kind: 'power',
    title: 'Anti-social behaviour civil injunction (s1 ASB, Crime and Policing Act 2014)',
    summary: 'A civil injunction to stop individuals engaging in anti-social behaviour; the local authority, the police or housing providers can apply.',
    body: md('- Civil injunction to stop individuals engaging in anti-social behaviour (ASB). Can be applied for by the LA, the police or housing providers.'),
    audiences: ['police', 'social-care'],
    section: OFFENDERS,
    keywords: ['ASB injunction', 'civil injunction', 'injunction', 'anti-social behaviour', 'section 1', 'IPNA', 'housing provider', 'Respect Order'],
    related: ['power.gang-injunction', 'power.criminal-behaviour-order', 'power.cpn'],
    facts: {
      whoApplies: 'The local authority, the police or housing providers.',
      threshold: 'Individuals engaging in anti-social behaviour.',
      statute: 'Anti-social Behaviour, Crime and Policing Act 2014, s1.',
    },
    since2017: [change('change.respect-orders-2026')],
  },
  {
    id: 'power.criminal-behaviour-order',
    kind: 'power',
    title: 'Criminal Behaviour Order (s22 ASB, Crime and Policing Act 2014)',
    summary: 'Requested through the prosecution when an offender is convicted, a Criminal Behaviour Order prohibits the offender from doing anything described in it.',
    body: md('- Requested through the prosecution upon conviction of an offender. Prohibits the offender from doing anything described in the order.'),
    audiences: ['police'],
    section: OFFENDERS,
    keywords: ['criminal behaviour order', 'CBO', 'section 22', 'on conviction', 'prohibitions', 'ASBO', 'prosecution application'],
    related: ['power.asb-injunction', 'power.gang-injunction', 'power.shpo'],
    facts: {
      whoApplies: 'The prosecution, on conviction of the offender.',
      threshold: 'The offender has been convicted.',
      statute: 'Anti-social Behaviour, Crime and Policing Act 2014, s22.',
    },
    since2017: [change('change.sentencing-code-cbo')],
  },
  {
    id: 'power.restraining-order',
    kind: 'power',
    title: 'Restraining Orders',
    summary: 'The protocol lists Restraining Orders (with Non-Molestation Orders) as an option against offenders, citing s12 of the Domestic Violence, Crime and Victims Act 2004.',
    body: md('- Appendix I lists "Restraining Orders and Non-Molestation Orders – Section 42 Family Law Act 1996, Section 12 Domestic Violence, Crime and Victims Act 2004". The protocol gives no further detail.'),
    audiences: ['police'],
    section: OFFENDERS,
    keywords: ['restraining order', 'section 12', 'Domestic Violence, Crime and Victims Act 2004', 'Protection from Harassment Act', 'no contact', 'harassment'],
    related: ['power.non-molestation-order', 'power.harassment-warning', 'power.coercive-control'],
    facts: {
      statute: 'Domestic Violence, Crime and Victims Act 2004, s12 (as the protocol cites it, listed together with s42 Family Law Act 1996).',
    },
  },
  {
    id: 'power.non-molestation-order',
    kind: 'power',
    title: 'Non-Molestation Orders (s42 Family Law Act 1996)',
    summary: 'The protocol lists Non-Molestation Orders (with Restraining Orders) as an option against offenders, citing s42 of the Family Law Act 1996.',
    body: md('- Appendix I lists "Restraining Orders and Non-Molestation Orders – Section 42 Family Law Act 1996, Section 12 Domestic Violence, Crime and Victims Act 2004". The protocol gives no further detail.'),
    audiences: ['police', 'social-care'],
    section: OFFENDERS,
    keywords: ['non-molestation order', 'non molestation', 'NMO', 'section 42', 'Family Law Act 1996', 'family court', 'domestic abuse', 'no contact'],
    related: ['power.restraining-order', 'power.coercive-control', 'power.inherent-jurisdiction'],
    facts: {
      statute: 'Family Law Act 1996, s42 (as the protocol cites it, listed together with s12 Domestic Violence, Crime and Victims Act 2004).',
    },
  },
  {
    id: 'power.pspo',
    kind: 'power',
    title: 'Public Spaces Protection Order (s59 ASB, Crime and Policing Act 2014)',
    summary:
      'Local authorities can make PSPOs, after consulting partner agencies, for areas such as parks and town centres to prevent unreasonable continuing behaviour such as groups congregating and causing anti-social behaviour; breach is a criminal offence.',
    body: md(
      '- LAs can issue PSPOs after consultation with partner agencies.',
      '- They can be enforced in areas such as parks and town centres.',
      '- The order prevents unreasonable continuing behaviour, such as congregation by groups causing ASB.',
      '- Breach is a criminal offence.',
    ),
    audiences: ['police', 'social-care'],
    section: LOCATIONS,
    keywords: ['public spaces protection order', 'PSPO', 'section 59', 'parks', 'town centre', 'congregating', 'groups', 'anti-social behaviour', 'local authority'],
    related: ['power.dispersal', 'power.cpn', 'tactic.location.public-places'],
    facts: {
      whoApplies: 'Local authorities, after consultation with partner agencies.',
      threshold: 'Unreasonable continuing behaviour, such as congregation by groups causing ASB, in areas such as parks and town centres.',
      breach: 'A criminal offence.',
      statute: 'Anti-social Behaviour, Crime and Policing Act 2014, s59.',
    },
  },
  {
    id: 'power.absolute-grounds-possession',
    kind: 'power',
    title: 'Absolute grounds for possession (s95 ASB, Crime and Policing Act 2014)',
    summary:
      'Private-sector and social landlords, including local authorities and housing associations, can seek possession on absolute grounds; link in with housing partners to consider what action can be taken against perpetrators.',
    body: md(
      '- Can be obtained by private-sector landlords and social landlords, including LAs and housing associations.',
      '- It is always best to link in with housing partners to consider what action can be taken against perpetrators.',
    ),
    audiences: ['police', 'social-care'],
    section: LOCATIONS,
    keywords: ['absolute grounds for possession', 'possession', 'eviction', 'tenancy', 'landlord', 'housing association', 'social housing', 'section 95'],
    related: ['tactic.location.private-premises', 'power.closure-notice-order'],
    facts: {
      whoApplies: 'Private-sector landlords and social landlords, including local authorities and housing associations.',
      statute: 'Anti-social Behaviour, Crime and Policing Act 2014, s95.',
    },
  },
  {
    id: 'power.licensing-review',
    kind: 'power',
    title: 'Reviews of licensed premises (Licensing Act 2003)',
    summary:
      'Licensed premises have a duty to protect children on their premises from harm; where they feature as a location for CSE, always inform and consult the licensing team about what action is possible.',
    body: md(
      '- Licensed premises have a duty to protect children on their premises from harm.',
      '- Where they feature as a location for CSE, licensing teams should always be informed and consulted about what action is possible and could be taken.',
    ),
    audiences: ['police', 'social-care', 'business'],
    section: LOCATIONS,
    keywords: ['licensing review', 'licence review', 'licensed premises', 'pub', 'bar', 'club', 'off-licence', 'Licensing Act 2003', 'licensing team', 'protection of children from harm'],
    related: ['makesafe.licensed-premises', 'tactic.location.public-places', 'power.closure-notice-order'],
    facts: {
      whoApplies: 'The licensing team, which should always be informed and consulted.',
      threshold: 'Licensed premises feature as a location for CSE (they have a duty to protect children on their premises from harm).',
      statute: 'Licensing Act 2003.',
    },
  },
  {
    id: 'power.asb-act-2003',
    kind: 'power',
    title: 'Anti-social Behaviour Act 2003 (linked legislation)',
    summary: 'The protocol lists the Anti-social Behaviour Act 2003 among the links to other orders, without further detail.',
    body: md('- Links to other orders: Anti-social Behaviour Act 2003 (legislation.gov.uk, ukpga 2003 c.38). The protocol gives no further detail.'),
    audiences: ['police'],
    section: `${OTHER_ORDERS}: Links to other orders`,
    keywords: ['Anti-social Behaviour Act 2003', 'ASB Act', 'anti-social behaviour'],
    related: ['power.asb-injunction', 'power.closure-notice-order'],
    facts: {
      statute: 'Anti-social Behaviour Act 2003.',
    },
  },
];
