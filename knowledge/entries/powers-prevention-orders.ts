import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { APPENDIX_I_SECTIONS, md } from './text';

/**
 * Appendix I: sexual and trafficking prevention and risk orders (SRO, SHPO, foreign travel,
 * STRO, STPO). `facts` hold only what the protocol says.
 */

const OFFENDERS = APPENDIX_I_SECTIONS.offenders;
const OTHER_ORDERS = APPENDIX_I_SECTIONS.otherOrders;

export const preventionOrdersEntries: KnowledgeEntryInput[] = [
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
];
