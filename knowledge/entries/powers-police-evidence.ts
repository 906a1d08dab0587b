import type { KnowledgeEntryInput } from '../entry.schema';
import { APPENDIX_I_SECTIONS, md } from './text';

/**
 * Appendix I: police powers to search, seize and gather evidence (PACE, RIPA, warrants,
 * forfeiture) and the offences of coercive control and harassment. `facts` hold only what the protocol says.
 */

const OFFENDERS = APPENDIX_I_SECTIONS.offenders;
const LOCATIONS = APPENDIX_I_SECTIONS.locations;
const OTHER_ORDERS = APPENDIX_I_SECTIONS.otherOrders;

export const policeEvidenceEntries: KnowledgeEntryInput[] = [
  {
    id: 'power.pace-s8',
    kind: 'power',
    title: 'Search warrant for evidence (s8 PACE 1984)',
    summary: 'When investigating offences, police can apply for a s8 PACE warrant to enter and search for evidence of an offence under investigation.',
    body: md('- When police are investigating offences they can apply for a warrant to enter and search, such as a s8 PACE warrant to look for evidence of an offence under investigation.'),
    audiences: ['police'],
    section: LOCATIONS,
    keywords: ['section 8', 's8', 'PACE', 'search warrant', 'warrant', 'enter and search', 'evidence'],
    related: ['tactic.location.warrants', 'power.pace-s17', 'power.pace-s18'],
    facts: {
      whoApplies: 'Police investigating an offence.',
      threshold: 'To look for evidence of an offence under investigation.',
      statute: 'Police and Criminal Evidence Act 1984, s8.',
    },
  },
  {
    id: 'power.pace-s17',
    kind: 'power',
    title: 'Power of entry (s17 PACE 1984)',
    summary: 'Police powers of entry such as s17 PACE should be considered where there are reasonable grounds to believe a person they seek is within a dwelling.',
    body: md('- Police powers of entry should be considered, such as s17 PACE where there are reasonable grounds to believe a person they seek is within the dwelling.'),
    audiences: ['police'],
    section: LOCATIONS,
    keywords: ['section 17', 's17', 'PACE', 'power of entry', 'enter premises', 'save life', 'missing child inside', 'arrest', 'dwelling'],
    related: ['tactic.location.private-premises', 'power.pace-s8', 'power.police-protection'],
    facts: {
      whoApplies: 'Police.',
      threshold: 'Reasonable grounds to believe that a person they seek is within the dwelling.',
      statute: 'Police and Criminal Evidence Act 1984, s17.',
    },
  },
  {
    id: 'power.pace-s18',
    kind: 'power',
    title: 'Search after arrest (s18 PACE 1984): seizing devices',
    summary: 'The perpetrator’s phones, computers, tablets and other storage devices can be seized under s18 PACE, with an inspector’s authority, where they are elsewhere than at the place of arrest.',
    body: md('- Seizure of the perpetrator’s phones, computers, tablets and other storage devices, etc. can be done at the time of arrest under s32 PACE, or under s18 PACE with an inspector’s authority if elsewhere.'),
    audiences: ['police'],
    section: OFFENDERS,
    keywords: ['section 18', 's18', 'PACE', 'search after arrest', "inspector's authority", 'seize devices', 'phones', 'computers'],
    related: ['tactic.offender.device-seizure', 'power.pace-s32', 'power.ripa-s49'],
    facts: {
      whoApplies: 'Police.',
      whoAuthorises: 'An inspector.',
      threshold: 'Seizure of the perpetrator’s devices elsewhere than at the time and place of arrest.',
      statute: 'Police and Criminal Evidence Act 1984, s18.',
    },
  },
  {
    id: 'power.pace-s32',
    kind: 'power',
    title: 'Search on arrest (s32 PACE 1984): seizing devices',
    summary: 'At the time of arrest, the perpetrator’s phones, computers, tablets and other storage devices can be seized under s32 PACE.',
    body: md('- Seizure of the perpetrator’s phones, computers, tablets and other storage devices, etc. can be done at the time of arrest under s32 PACE, or under s18 PACE with an inspector’s authority if elsewhere.'),
    audiences: ['police'],
    section: OFFENDERS,
    keywords: ['section 32', 's32', 'PACE', 'search on arrest', 'seize phone', 'devices', 'time of arrest'],
    related: ['tactic.offender.device-seizure', 'power.pace-s18', 'power.ripa-s49'],
    facts: {
      whoApplies: 'Police.',
      threshold: 'At the time of arrest.',
      statute: 'Police and Criminal Evidence Act 1984, s32.',
    },
  },
  {
    id: 'power.ripa-s49',
    kind: 'power',
    title: 'Failing to provide a PIN code: s49 RIPA 2000 notice',
    summary:
      'If neither the evidential lab nor NTAC can open a phone without its PIN, consider a s49 RIPA notice: NTAC is gatekeeper, a superintendent’s authority is needed and a Crown Court judge authorises it; refusal within the time allowed completes the s53 offence.',
    body: md(
      '- Consult the evidential lab to find out whether a phone can be accessed without its PIN code.',
      '- If it cannot, contact the National Technical Assistance Centre (NTAC) for advice.',
      '- If NTAC cannot access the phone, consider serving a notice under s49 of the Regulation of Investigatory Powers Act 2000 (RIPA). NTAC are the appointed gatekeepers to this process under the Codes of Practice and s71 RIPA 2000.',
      '- A superintendent’s authority is required. An application should be made to a Crown Court judge to authorise the issue of a s49 notice.',
      '- The authorised notice should be served on the subject in person and evidenced by way of a statement.',
      '- If they refuse to provide the information within the timeframe, the offence under s53 is complete and CPS charging advice can be sought.',
    ),
    audiences: ['police'],
    section: OFFENDERS,
    keywords: ['PIN', 'PIN code', 'passcode', 'password', 'refuse PIN', 'section 49 notice', 's49 RIPA', 'RIPA', 'section 53', 'NTAC', 'encrypted phone', 'locked phone'],
    related: ['tactic.offender.device-seizure', 'power.pace-s32', 'power.pace-s18'],
    facts: {
      whoApplies: 'Police, through NTAC as gatekeeper (Codes of Practice and s71 RIPA 2000).',
      whoAuthorises: 'A superintendent’s authority, then a Crown Court judge authorises the issue of the notice.',
      threshold: 'The phone cannot be accessed without the PIN by the evidential lab or by NTAC.',
      notification: 'Serve the authorised notice on the subject in person and evidence service by a statement.',
      breach: 'Refusal to provide the information within the timeframe completes the s53 RIPA offence; seek CPS charging advice.',
      statute: 'Regulation of Investigatory Powers Act 2000, s49 (offence s53; gatekeeping s71).',
    },
  },
  {
    id: 'power.indecent-images-warrant',
    kind: 'power',
    title: 'Warrant to search for indecent images (Protection of Children Act 1978)',
    summary: 'When investigating offences, police can apply for a warrant under the Protection of Children Act 1978 to enter and search for indecent images.',
    body: md('- When police are investigating offences they can apply for a warrant to enter and search, such as under the Protection of Children Act 1978 to allow entry to search for indecent images.'),
    audiences: ['police'],
    section: LOCATIONS,
    keywords: ['Protection of Children Act 1978', 'indecent images', 'IIOC', 'search warrant', 'warrant', 'child abuse images'],
    related: ['tactic.location.warrants', 'tactic.victim.victim-id-and-caid', 'power.pace-s8'],
    facts: {
      whoApplies: 'Police investigating offences.',
      threshold: 'To enter and search for indecent images.',
      statute: 'Protection of Children Act 1978.',
    },
  },
  {
    id: 'power.misuse-of-drugs-warrant',
    kind: 'power',
    title: 'Misuse of Drugs Act warrant',
    summary: 'Where the CSE evidence is insufficient but there is evidence of drugs, police can apply for a warrant under the Misuse of Drugs Act.',
    body: md('- When police are investigating offences they can apply for a warrant to enter and search, such as under the Misuse of Drugs Act when the CSE evidence is insufficient but there is evidence of drugs.'),
    audiences: ['police'],
    section: LOCATIONS,
    keywords: ['Misuse of Drugs Act', 'drugs warrant', 'search warrant', 'drugs', 'disruption'],
    related: ['tactic.location.warrants', 'power.pace-s8'],
    facts: {
      whoApplies: 'Police.',
      threshold: 'The CSE evidence is insufficient but there is evidence of drugs.',
      statute: 'Misuse of Drugs Act (the protocol gives no section).',
    },
  },
  {
    id: 'power.vehicle-forfeiture',
    kind: 'power',
    title: 'Forfeiture and detention of vehicles used in trafficking (Modern Slavery Act 2015)',
    summary: 'The Modern Slavery Act allows vehicles used in trafficking to be detained and forfeited; the protocol lists this as positive action for offenders without further detail.',
    body: md('- Forfeiture and detention of vehicles used in trafficking: Modern Slavery Act. The protocol gives no further detail.'),
    audiences: ['police'],
    section: OFFENDERS,
    keywords: ['vehicle forfeiture', 'forfeit vehicle', 'detention of vehicles', 'seize car', 'trafficking', 'Modern Slavery Act'],
    related: ['offence.msa-s2', 'tactic.offender.vehicle-marker-anpr'],
    facts: {
      statute: 'Modern Slavery Act 2015 (the protocol gives no section).',
    },
  },
  {
    id: 'power.coercive-control',
    kind: 'power',
    title: 'Controlling or coercive behaviour in an intimate or family relationship (Serious Crime Act 2015)',
    summary: 'An offence: controlling or coercive behaviour in an intimate or family relationship, under the Serious Crime Act 2015; listed by the protocol as positive action for offenders.',
    body: md(
      '- Controlling or coercive behaviour in an intimate or family relationship: Serious Crime Act 2015. The protocol gives no further detail.',
      '- Section 10 of the protocol notes that some offenders exert control over victims through coercive and manipulative behaviour, a profile that resembles a domestic violence offender.',
    ),
    audiences: ['police'],
    section: OFFENDERS,
    keywords: ['coercive control', 'controlling or coercive behaviour', 'domestic abuse', 'intimate relationship', 'family relationship', 'Serious Crime Act 2015'],
    related: ['power.restraining-order', 'power.non-molestation-order', 'section.10.perpetrators'],
    facts: {
      statute: 'Serious Crime Act 2015 (the protocol gives no section).',
    },
  },
  {
    id: 'power.harassment-warning',
    kind: 'power',
    title: 'Harassment Warnings (Police Information Notices)',
    summary: 'The protocol lists Harassment Warnings (Police Information Notices) among the links to other orders, referring to 2009 ACPO guidance, without further detail.',
    body: md('- Links to other orders: Harassment Warnings (Police Information Notices), with a reference to ACPO guidance from 2009. The protocol gives no further detail.'),
    audiences: ['police'],
    section: `${OTHER_ORDERS}: Links to other orders`,
    keywords: ['harassment warning', 'police information notice', 'harassment', 'warning letter'],
    related: ['power.restraining-order', 'tactic.offender.letter-of-concern'],
    facts: {
      whoApplies: 'Police (a Police Information Notice).',
    },
  },
];
