import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { APPENDIX_I_SECTIONS, md } from './text';

/**
 * Appendix I orders made by, or applied for in, a court: Children Act orders, sexual and
 * trafficking prevention orders, injunctions and housing, licensing and public-space measures.
 * `facts` hold only what the protocol says; a field the protocol leaves out is left out.
 */

const VICTIMS = APPENDIX_I_SECTIONS.victims;
const OFFENDERS = APPENDIX_I_SECTIONS.offenders;
const LOCATIONS = APPENDIX_I_SECTIONS.locations;
const OTHER_ORDERS = APPENDIX_I_SECTIONS.otherOrders;

export const powersCivilEntries: KnowledgeEntryInput[] = [
  {
    id: 'power.care-order',
    kind: 'power',
    title: 'Care Order (s31 Children Act 1989)',
    summary:
      'The local authority or an authorised person may apply for a child to be placed in the care of a designated local authority, which then shares parental responsibility; the court makes the order only if the child is suffering, or likely to suffer, significant harm, or is beyond parental control. Apply before the child is 17.',
    body: md(
      '- The LA or an authorised person may apply to place a child into the care of a designated LA, enabling it to share parental responsibility (PR).',
      '- The application must be made before the child reaches 17.',
      '- A court will make the order only if it is satisfied that the child concerned is suffering, or is likely to suffer, significant harm, or that the child is beyond parental control.',
    ),
    audiences: ['social-care', 'police'],
    section: VICTIMS,
    keywords: ['care order', 'section 31', 's31', 'full care order', 'looked after', 'LAC', 'parental responsibility', 'significant harm', 'beyond parental control', 'public law', 'care proceedings'],
    related: ['power.secure-accommodation', 'power.recovery-order', 'power.abduction-child-in-care', 'power.cawn', 'category.csc-tier-4'],
    facts: {
      whoApplies: 'The local authority or an authorised person.',
      whoAuthorises: 'The court.',
      threshold: 'The child is suffering, or is likely to suffer, significant harm, or is beyond parental control. The application must be made before the child reaches 17.',
      statute: 'Children Act 1989, s31.',
    },
  },
  {
    id: 'power.secure-accommodation',
    kind: 'power',
    title: 'Secure Accommodation Order (s25 Children Act 1989)',
    summary:
      'A last resort that restricts liberty: the local authority may keep a looked-after child at such significant risk of harm in secure accommodation for up to 72 hours without a court order; the court grants an order only where the child has a history of absconding, is likely to abscond, and would then be likely to suffer significant harm or injure themselves or others.',
    body: md(
      '- If the LA deems a looked-after child (on a Care Order, or accommodated with the consent of the adults with PR) to be at such significant risk of harm, it can accommodate the child in secure accommodation for no more than 72 hours without an order of the court.',
      '- An order will be granted only where the child has a history of absconding and is likely to abscond from accommodation which is not secure, and if they run away they are likely to suffer significant harm, or they are likely to injure themselves or another.',
      '- The order restricts liberty and should be considered only where there are no alternatives. Less restrictive options should have been considered.',
    ),
    audiences: ['social-care', 'police'],
    section: VICTIMS,
    keywords: ['secure accommodation', 'secure order', 'section 25', 's25', 'secure unit', 'deprivation of liberty', 'absconding', 'running away', '72 hours', 'looked after child', 'LAC'],
    related: ['power.care-order', 'power.s20-accommodation', 'power.inherent-jurisdiction', 'tactic.victim.trigger-plan'],
    facts: {
      whoApplies: 'The local authority.',
      whoAuthorises: 'The court; the local authority may use secure accommodation for up to 72 hours without a court order.',
      threshold:
        'A looked-after child (Care Order, or accommodated with the consent of those with PR) at significant risk of harm, with a history of absconding, likely to abscond from non-secure accommodation, and if they run away likely to suffer significant harm or to injure themselves or another. Only where there are no alternatives; less restrictive options considered first.',
      duration: 'No more than 72 hours without a court order. The protocol gives no length for the order itself.',
      statute: 'Children Act 1989, s25.',
    },
  },
  {
    id: 'power.s20-accommodation',
    kind: 'power',
    title: 'Accommodation under s20 Children Act 1989',
    summary:
      'Every local authority must accommodate a child in need in its area who appears to need it (no one with parental responsibility, lost or abandoned, or the carer prevented from caring); it may not if a person with parental responsibility who can provide suitable accommodation objects, and they may remove the child at any time.',
    body: md(
      '- Every LA shall provide accommodation for any child in need within its area who appears to require accommodation because there is no person who has PR for them, they appear lost or abandoned, or the person who has been caring for them is prevented (for whatever reason) from providing suitable accommodation or care.',
      '- The LA may provide accommodation if it considers that doing so would safeguard or promote the child’s welfare.',
      '- The LA may not accommodate if a person with PR, who can provide suitable accommodation, objects. That person may also remove the child from accommodation at any time.',
    ),
    audiences: ['social-care'],
    section: VICTIMS,
    keywords: ['section 20', 's20', 'voluntary accommodation', 'accommodated', 'looked after', 'child in need', 'parental consent', 'lost or abandoned'],
    related: ['power.care-order', 'power.secure-accommodation'],
    facts: {
      whoApplies: 'The local authority provides the accommodation; no court application is described.',
      threshold:
        'A child in need in the area who appears to require accommodation: no person with PR, lost or abandoned, or the carer prevented from providing suitable accommodation or care. The LA may also accommodate to safeguard or promote the child’s welfare. Not if a person with PR who can provide suitable accommodation objects; they may remove the child at any time.',
      statute: 'Children Act 1989, s20.',
    },
  },
  {
    id: 'power.epo',
    kind: 'power',
    title: 'Emergency Protection Order (s44 Children Act 1989)',
    summary:
      'On application by the local authority or an authorised person, a child at imminent risk of harm can be removed immediately from their parent or carer for up to eight days; an EPO may also be made where s47 enquiries are frustrated by refusal of access to the child.',
    body: md(
      '- Application is made by the LA or an authorised person.',
      '- Immediate removal of a child from the care of their parent or carer if they are at imminent risk of harm, for up to eight days.',
      '- May also be made where s47 enquiries are ongoing and are being frustrated by refusal to allow access to the child.',
    ),
    audiences: ['social-care', 'police'],
    section: VICTIMS,
    keywords: ['emergency protection order', 'EPO', 'section 44', 's44', 'imminent risk', 'immediate removal', 'eight days', 's47 enquiries', 'refused access'],
    related: ['glossary.epo', 'power.police-protection', 'power.recovery-order', 'power.abduction-child-in-care'],
    facts: {
      whoApplies: 'The local authority or an authorised person.',
      threshold: 'The child is at imminent risk of harm; or s47 enquiries are ongoing and are being frustrated by refusal to allow access to the child.',
      duration: 'Up to eight days.',
      statute: 'Children Act 1989, s44.',
    },
  },
  {
    id: 'power.inherent-jurisdiction',
    kind: 'power',
    title: 'Inherent jurisdiction (s100 Children Act 1989)',
    summary:
      'When no other Children Act order can safeguard the child, the local authority can seek injunctions under the inherent jurisdiction against known perpetrators: no direct or indirect contact with the child, exclusion from the area where the child lives, and no use of social media. The evidential bar is high.',
    body: md(
      '- To be considered by the LA when there are no other orders available under the Children Act 1989 to safeguard the child.',
      '- Where perpetrators are known and it can be evidenced that the child has been sexually exploited, injunctions can be sought.',
      '- They can impose restrictions on named individuals to prevent them having direct or indirect contact with the young person, exclude them from the area in which the child lives, and stop them using social media.',
      '- The evidential basis is high and requires comprehensive information sharing between all partner agencies.',
    ),
    audiences: ['social-care', 'police'],
    section: VICTIMS,
    keywords: ['inherent jurisdiction', 'section 100', 's100', 'High Court', 'injunction', 'wardship', 'no contact', 'exclusion zone', 'social media ban', 'named individuals'],
    related: ['power.care-order', 'power.sro', 'power.cawn', 'power.non-molestation-order'],
    facts: {
      whoApplies: 'The local authority.',
      threshold:
        'No other Children Act 1989 order is available to safeguard; perpetrators are known and it can be evidenced that the child has been sexually exploited. The evidential basis is high and needs comprehensive information sharing between partners.',
      statute: 'Children Act 1989, s100.',
    },
  },
  {
    id: 'power.recovery-order',
    kind: 'power',
    title: 'Recovery Order (s50 Children Act 1989)',
    summary:
      'The local authority (child on a care order or EPO) or the police (child in police protection) can apply for a recovery order; the court can direct a person to produce the child to a specified person. Section 50 also allows police to enter and search to recover a child on a care order.',
    body: md(
      '- Application can be made by the LA if the child is subject to a care order or EPO, and by the police if the child is in police protection (PPO).',
      '- The court can direct a person to produce the child to a specified person.',
      '- Locations list: s50 Children Act 1989 can be used to enter and search to recover a child who is the subject of a care order.',
    ),
    audiences: ['police', 'social-care'],
    section: `${OFFENDERS}; Positive action in relation to locations of CSE`,
    keywords: ['get the child back', 'child in care missing', 'ran off', 'recovery order', 'section 50', 's50', 'produce the child', 'missing child in care', 'enter and search', 'recover a child', 'care order', 'EPO', 'PPO'],
    related: ['power.care-order', 'power.epo', 'power.police-protection', 'power.abduction-child-in-care', 'tactic.location.warrants'],
    facts: {
      whoApplies: 'The local authority if the child is subject to a care order or EPO; the police if the child is in police protection.',
      whoAuthorises: 'The court, which can direct a person to produce the child to a specified person.',
      threshold: 'The child is subject to a care order, an EPO or police protection.',
      statute: 'Children Act 1989, s50.',
    },
  },
  {
    id: 'power.sro',
    kind: 'power',
    title: 'Sexual Risk Order (SRO)',
    summary:
      'A civil order the magistrates’ court can make, on application by the police or the NCA, against someone with no conviction who has done an act of a sexual nature and as a result poses a risk of sexual harm; it lasts at least two years, requires name and address notification within three days, and breach carries up to five years’ imprisonment.',
    body: md(
      'Appendix I (positive action for offenders): where a person has carried out an act deemed to be of a sexual nature and, as a result, is believed to pose a risk of harm to children.',
      '',
      'Other legislative Acts and Orders (March 2015): the SRO replaced the Risk of Sexual Harm Order. It may be made against a person without a conviction for a sexual or violent offence (or any offence) who poses a risk of sexual harm.',
      '- Made by the magistrates’ court on application by the police or the NCA, where the individual has done an act of a sexual nature and as a result poses a risk of harm to the public in the UK or to children or vulnerable adults overseas.',
      '- "Acts of a sexual nature" are not defined in legislation and depend on the circumstances and context. The term deliberately covers a broad range, including behaviour that could be innocent in other contexts and acts not sexual in themselves but with a sexual motive or meant to lead to sexual abuse.',
      '- Examples (not exhaustive or prescriptive): the acts specified for the old Risk of Sexual Harm Order (engaging in sexual activity involving, or in the presence of, a child; causing or inciting a child to watch sexual activity or look at a sexual image; giving a child anything that relates to or refers to sexual activity; communicating with a child where any part of the communication is sexual); acts suggestive of grooming (contacting a child via social media; spending time with children alone); acts suggestive of exploitation (inviting young people to gatherings of predominantly older men or women; providing presents, drink and drugs to young people; persuading young people to do things they are not comfortable with and had not expected); and acts by a gang or group of similar ages (peer-on-peer).',
      '- The order may prohibit the person from doing anything described in it, including travel overseas. Any prohibition must be necessary to protect the public in the UK from sexual harm or, for foreign travel, children or vulnerable adults from sexual harm.',
      '- The person must notify the police of their name and home address within three days of the order, and any change within three days.',
      '- At least two years, no maximum; foreign travel restrictions last at most five years (renewable).',
      '- Breach is a criminal offence, maximum five years’ imprisonment, and makes the person subject to full notification requirements. The protocol says the criminal standard of proof applies (changed since: see below). The person can appeal, and the police or the person can apply to vary, renew or discharge the order.',
    ),
    audiences: ['police'],
    section: `${OFFENDERS}; ${OTHER_ORDERS}: Sexual Risk Order (Mar 2015)`,
    keywords: ['sexual risk order', 'SRO', 'risk of sexual harm order', 'RSHO', 'civil order', 'no conviction', 'act of a sexual nature', 'grooming', 'prohibitions', 'foreign travel', 'notification', 'section 122A', 'disruption'],
    related: ['glossary.sro', 'power.shpo', 'power.cawn', 'tactic.offender.letter-of-concern', 'power.foreign-travel-order'],
    facts: {
      whoApplies: 'The police or the National Crime Agency (NCA), to the magistrates’ court.',
      whoAuthorises: 'The magistrates’ court.',
      threshold:
        'The person has done an act of a sexual nature and as a result poses a risk of harm to the public in the UK or to children or vulnerable adults overseas; no conviction is needed. Each prohibition must be necessary to protect the public in the UK from sexual harm or, for foreign travel, children or vulnerable adults from sexual harm. (Protocol: criminal standard of proof.)',
      duration: 'At least two years, no maximum; foreign travel restrictions at most five years, renewable.',
      notification: 'Name and home address to the police within three days of the order, and any change within three days; breach brings full notification requirements.',
      breach: 'Criminal offence, maximum five years’ imprisonment; breach also makes the person subject to full notification requirements.',
      statute: 'Anti-social Behaviour, Crime and Policing Act 2014, s113 (as the protocol cites it), in force March 2015.',
    },
    since2017: [change('change.pcsc-sro')],
  },
  {
    id: 'power.shpo',
    kind: 'power',
    title: 'Sexual Harm Prevention Order (SHPO)',
    summary:
      'An order against a person convicted of or cautioned for a sexual or violent offence who poses a risk of sexual harm, made by a court on conviction or by the magistrates’ court on police or NCA application; it lasts at least five years, puts the person on the sex offenders’ register for its duration, and breach carries up to five years’ imprisonment.',
    body: md(
      'Appendix I (positive action for offenders): applied for where an individual already has a Schedule 3 or 5 offence under the Sexual Offences Act 2003.',
      '',
      'Other legislative Acts and Orders (March 2015): the SHPO replaced the sexual offences prevention order and the foreign travel order.',
      '- It may be made against a person convicted of or cautioned for a sexual or violent offence (including equivalent offences overseas) who poses a risk of sexual harm to the public.',
      '- Made by a court on conviction for a sexual or violent offence, or by the magistrates’ court on application by the police or the NCA, to protect the public in the UK and/or children or vulnerable adults abroad from sexual harm.',
      '- It may prohibit the person from doing anything described in it, including travel overseas; each prohibition must be necessary to protect the public in the UK from sexual harm or, for foreign travel, children or vulnerable adults.',
      '- It makes the person subject to the notification requirements for registered sex offenders for the duration of the order, if they are not already.',
      '- At least five years, no maximum; foreign travel restrictions must be renewed after five years.',
      '- Breach is a criminal offence, maximum five years’ imprisonment. The protocol says the criminal standard of proof applies (changed since for orders on application: see below); the person can appeal; the police or the person can apply to vary, renew or discharge the order.',
      '- Process maps for applying for an SHPO and a standalone SHPO were attached to the electronic version of the protocol.',
    ),
    audiences: ['police'],
    section: `${OFFENDERS}; ${OTHER_ORDERS}: Sexual Harm Prevention Order (Mar 2015)`,
    keywords: ['sexual harm prevention order', 'SHPO', 'SOPO', 'sexual offences prevention order', 'foreign travel order', 'sex offenders register', 'notification requirements', 'conviction', 'caution', 'Schedule 3', 'Schedule 5', 'prohibitions'],
    related: ['glossary.shpo', 'power.sro', 'power.foreign-travel-order', 'tactic.offender.iom'],
    facts: {
      whoApplies: 'A court on conviction for a sexual or violent offence, or the police or the NCA by application to the magistrates’ court.',
      whoAuthorises: 'The convicting court or the magistrates’ court.',
      threshold:
        'Convicted of or cautioned for a sexual or violent offence (including overseas equivalents; Appendix I: a Schedule 3 or 5 SOA 2003 offence) and poses a risk of sexual harm; each prohibition necessary to protect the public in the UK, or children or vulnerable adults abroad, from sexual harm. (Protocol: criminal standard of proof.)',
      duration: 'At least five years, no maximum; foreign travel restrictions must be renewed after five years.',
      notification: 'The person becomes subject to the registered sex offender notification requirements for the duration of the order, if not already.',
      breach: 'Criminal offence, maximum five years’ imprisonment.',
      statute: 'Anti-social Behaviour, Crime and Policing Act 2014, s113 (as the protocol cites it), in force March 2015.',
    },
    since2017: [change('change.pcsc-shpo'), change('change.sentencing-code-shpo')],
  },
  {
    id: 'power.foreign-travel-order',
    kind: 'power',
    title: 'Foreign Travel Orders (linked order)',
    summary:
      'The protocol links the Magistrates’ Courts (Foreign Travel Orders) Rules 2004 and ss114–122 of the Sexual Offences Act 2003; it also says the SHPO replaced the foreign travel order in March 2015.',
    body: md(
      '- Links to other orders: the Magistrates’ Courts (Foreign Travel Orders) Rules 2004; see also ss114 to 122 of the Sexual Offences Act 2003.',
      '- The protocol’s SHPO text says the SHPO replaced the sexual offences prevention order and the foreign travel order; foreign travel can now be restricted by an SHPO or SRO.',
    ),
    audiences: ['police'],
    section: `${OTHER_ORDERS}: Links to other orders`,
    keywords: ['foreign travel order', 'FTO', 'travel ban', 'overseas travel', 'sections 114 to 122', 'Magistrates Courts Rules 2004'],
    related: ['power.shpo', 'power.sro'],
    facts: {
      statute: 'Magistrates’ Courts (Foreign Travel Orders) Rules 2004; Sexual Offences Act 2003, ss114–122 (replaced by the SHPO from March 2015, per the protocol).',
    },
  },
  {
    id: 'power.slavery-trafficking-risk-order',
    kind: 'power',
    title: 'Slavery and Trafficking Risk Order (s23 Modern Slavery Act 2015)',
    summary:
      'The police, the NCA or immigration officers can obtain a Slavery and Trafficking Risk Order where there is a risk that the defendant will commit a slavery or human trafficking offence and the order is necessary to protect against the risk of harm.',
    body: md(
      '- Can be obtained by the police, the National Crime Agency (NCA) or immigration officers.',
      '- An order may be made if there is a risk that the defendant will commit a slavery or human trafficking offence and the order is necessary to protect against the risk of harm.',
    ),
    audiences: ['police'],
    section: OFFENDERS,
    keywords: ['slavery and trafficking risk order', 'STRO', 'risk order', 'Modern Slavery Act', 'section 23', 'trafficking', 'county lines', 'no conviction'],
    related: ['power.slavery-trafficking-prevention-order', 'offence.msa-s2', 'tactic.victim.nrm-referral'],
    facts: {
      whoApplies: 'The police, the NCA or immigration officers.',
      threshold: 'A risk that the defendant will commit a slavery or human trafficking offence, and the order is necessary to protect against the risk of harm.',
      statute: 'Modern Slavery Act 2015, s23.',
    },
    since2017: [change('change.cce-2026')],
  },
  {
    id: 'power.slavery-trafficking-prevention-order',
    kind: 'power',
    title: 'Slavery and Trafficking Prevention Order (ss14–15 Modern Slavery Act 2015)',
    summary:
      'Obtained by the police, the NCA or immigration officers against convicted defendants, the order prevents and prohibits the activities that enabled them to commit slavery and trafficking offences.',
    body: md(
      '- Can be obtained by the police, the NCA and immigration officers.',
      '- Prevents and prohibits convicted defendants from activities which enabled them to commit trafficking and slavery offences.',
    ),
    audiences: ['police'],
    section: OFFENDERS,
    keywords: ['slavery and trafficking prevention order', 'STPO', 'prevention order', 'Modern Slavery Act', 'section 14', 'section 15', 'conviction', 'trafficking'],
    related: ['power.slavery-trafficking-risk-order', 'offence.msa-s2'],
    facts: {
      whoApplies: 'The police, the NCA or immigration officers.',
      threshold: 'The defendant has been convicted; the order targets the activities which enabled them to commit trafficking and slavery offences.',
      statute: 'Modern Slavery Act 2015, ss14–15.',
    },
  },
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
