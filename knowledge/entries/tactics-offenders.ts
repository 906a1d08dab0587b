import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { APPENDIX_I_SECTIONS, md } from './text';

/**
 * Appendix I, "Positive action for offenders": the tactics (one entry per bullet). The orders,
 * notices and offences in the same list are in powers-*.ts and legislation.ts.
 * Intranet links, phone numbers, e-mail addresses and named contacts are left out on purpose.
 */

const SECTION = APPENDIX_I_SECTIONS.offenders;

export const tacticsOffendersEntries: KnowledgeEntryInput[] = [
  {
    id: 'tactic.offender.pnc-marker',
    kind: 'tactic',
    title: 'PNC marker on a suspected perpetrator',
    summary: 'Place a Police National Computer (PNC) marker on a suspected perpetrator indicating that they pose a risk.',
    body: md(
      '- PNC marker for a suspected perpetrator, indicating they pose a risk.',
      '- Appendix J: the closing report records the review period for any PNC marker on the victim and the suspect.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['PNC', 'PNC marker', 'Police National Computer', 'suspect marker', 'warning marker', 'perpetrator', 'person of concern'],
    related: ['glossary.pnc', 'tactic.victim.pnc-marker', 'tactic.offender.vehicle-marker-anpr'],
  },
  {
    id: 'tactic.offender.vehicle-marker-anpr',
    kind: 'tactic',
    title: 'PNC marker on perpetrator vehicles, and ANPR',
    summary: 'Put a PNC marker on vehicles used by perpetrators and consider automatic number plate recognition (ANPR) for information on the vehicles’ movements.',
    body: md(
      '- PNC marker on perpetrator vehicles.',
      '- Consider automatic number plate recognition (ANPR) to provide information on vehicle movements.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['ANPR', 'automatic number plate recognition', 'vehicle', 'car', 'number plate', 'VRM', 'vehicle marker', 'PNC', 'movements'],
    related: ['glossary.pnc', 'tactic.offender.pnc-marker', 'tactic.offender.briefing-sheets', 'power.vehicle-forfeiture'],
  },
  {
    id: 'tactic.offender.pnd',
    kind: 'tactic',
    title: 'Police National Database (PND)',
    summary:
      'The Police National Database gives forces direct access to up-to-date information held by other forces on crime, custody, intelligence, domestic abuse and child abuse.',
    body: md(
      '- The Police National Database is a national information-sharing system that allows forces direct access to up-to-date information on crime, custody, intelligence, domestic abuse and child abuse held by other forces.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['PND', 'Police National Database', 'intelligence', 'other forces', 'national check', 'research'],
    related: ['tactic.offender.pnc-marker', 'tactic.offender.acro-checks'],
  },
  {
    id: 'tactic.offender.acro-checks',
    kind: 'tactic',
    title: 'Overseas conviction (ACRO) checks and I24/7',
    summary:
      'Carry out overseas conviction (ACRO) checks on all foreign national detainees in custody, and check I24/7, which can identify people of interest or wanted around the world.',
    body: md(
      '- Overseas conviction checks (otherwise known as ACRO checks) should be carried out on all foreign national detainees coming through custody.',
      '- I24/7 should be checked by arresting or investigating officers when a foreign national detainee is brought into custody. This database can identify people of interest, or wanted, around the world. Many Designated Detention Officers have access to it and may be able to assist.',
      '- The Met’s Operation Nexus tackles foreign national offenders.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['ACRO', 'overseas conviction check', 'foreign national', 'I24/7', 'Interpol', 'Operation Nexus', 'custody', 'Designated Detention Officer'],
    related: ['glossary.acro', 'tactic.offender.pnd'],
  },
  {
    id: 'tactic.offender.briefing-sheets',
    kind: 'tactic',
    title: 'Briefing sheets',
    summary:
      'Consider circulating pictures and details of potential victims and perpetrators, with vehicle details, to everyone relevant: police (including covert sources), local wardens, other enforcement staff and CCTV operators.',
    body: md(
      '- Consider circulating pictures and details of potential victims and perpetrators, along with vehicle details, to all relevant people, including police (include covert sources), local wardens, other enforcement staff, CCTV operators, etc.',
      '- Police can notify the local Neighbourhood Policing Team (NPT) through CRIS (Support services, Other, Request Change, Safer Neighbourhood Referrals); a note for the NPT can be highlighted on the DETS pages.',
      '- Appendix J: create a briefing slide for Met BATS.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['briefing sheet', 'briefing slide', 'BATS', 'circulate', 'photos', 'neighbourhood policing', 'NPT', 'safer neighbourhoods', 'wardens', 'CCTV operators'],
    related: ['tactic.offender.vehicle-marker-anpr', 'tactic.location.schools', 'tactic.location.hotels', 'tactic.location.childrens-homes'],
    since2017: [change('change.connect-588')],
  },
  {
    id: 'tactic.offender.financial-investigation',
    kind: 'tactic',
    title: 'Financial investigation',
    summary:
      'Criminal Finance Teams of Accredited Financial Investigators, expert in the Proceeds of Crime Act 2002, can investigate perpetrators’ finances, a powerful tool that substantially deters and disrupts criminality.',
    body: md(
      '- Criminal Finance Teams (CFTs) are made up of Accredited Financial Investigators with specialist knowledge and practical experience of the Proceeds of Crime Act 2002 and its application.',
      '- Financial investigation is a powerful tool when used as part of the investigative process, and substantially deters and disrupts criminality.',
      '- Police find their borough or Criminal Finance Team contact through internal routes.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['financial investigation', 'Criminal Finance Team', 'CFT', 'financial investigator', 'Proceeds of Crime Act', 'POCA', 'money', 'assets', 'confiscation', 'disruption'],
    related: ['tactic.offender.gain'],
  },
  {
    id: 'tactic.offender.dbs-checks',
    kind: 'tactic',
    title: 'Disclosure and Barring Service (DBS) checks',
    summary: 'Checks with the DBS may show whether suspects in a CSE investigation are working with children, which helps to assess the threat they pose.',
    body: md(
      '- The Disclosure and Barring Service was established under the Protection of Freedoms Act 2012. It merged the functions of the Criminal Records Bureau and the Independent Safeguarding Authority, so that organisations in the public, private and voluntary sectors can make safer recruitment decisions by identifying candidates who may be unsuitable for certain work.',
      '- Checks with the DBS may identify whether suspects of interest in a CSE investigation are working with children, which may assist in risk-assessing the threats they pose.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['DBS', 'Disclosure and Barring Service', 'DBS check', 'working with children', 'employment', 'regulated activity', 'CRB', 'barring'],
    related: ['glossary.dbs'],
  },
  {
    id: 'tactic.offender.letter-of-concern',
    kind: 'tactic',
    title: 'MPS Letter of Concern',
    summary:
      'A letter served by hand on a person who cannot be served a Child Abduction Warning Notice, to reinforce the steps taken to protect a potential victim and disrupt the suspect where legislation does not provide; served only after the investigating officer has spoken to them.',
    body: md(
      '- The letter is designed to reinforce the steps taken to protect a potential victim of CSE and to disrupt the suspect or person of interest where legislation fails to provide.',
      '- It is intended to be served by hand on an individual who cannot be served an Abduction Notice (CAWN), and it can be served only once the person has been spoken to by the investigating officer.',
      '- It was created after Sexual Exploitation Team (SET) investigations that lacked evidence and lacked such a letter to reinforce the warning. Police ask SET for a copy of the letter.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['letter of concern', 'warning letter', 'disruption letter', 'keep away letter', 'SET', 'cannot serve CAWN', 'person of interest'],
    related: ['power.cawn', 'glossary.cawn'],
  },
  {
    id: 'tactic.offender.device-seizure',
    kind: 'tactic',
    title: 'Seizing the perpetrator’s phones, computers and storage devices',
    summary:
      'Seize the perpetrator’s phones, computers, tablets and other storage devices at the time of arrest under s32 PACE, or elsewhere under s18 PACE with an inspector’s authority.',
    body: md(
      '- Seizure of the perpetrator’s phones, computers, tablets and other storage devices, etc.',
      '- This can be done at the time of arrest under s32 PACE, or under s18 PACE with an inspector’s authority if elsewhere.',
      '- If the device cannot be opened without a PIN code, see the RIPA s49 notice.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['seize phone', 'devices', 'computer', 'tablet', 'storage', 'section 32', 's32', 'section 18', 's18', 'PACE', 'search on arrest', 'digital evidence'],
    related: ['power.pace-s32', 'power.pace-s18', 'power.ripa-s49', 'tactic.victim.victim-id-and-caid'],
  },
  {
    id: 'tactic.offender.open-source-checks',
    kind: 'tactic',
    title: 'Social media: open-source checks',
    summary: 'Consider open-source checks of social media to develop intelligence and further investigations, following the force’s online and open-source guidance.',
    body: md(
      '- Social media: consider open-source checks to develop intelligence and/or further investigations (police: see the force guidance on online and open-source research).',
      '- Appendix J: research the suspect fully on police indices and open source. In an online case, research the suspect online, using officers or staff able to do this; delays must not happen solely because of a lack of training. Record the victim’s and suspect’s social media usernames on crimint.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['facebook', 'instagram', 'suspect social media', 'profile', 'social media', 'open source', 'OSINT', 'online research', 'usernames', 'profiles', 'internet research', 'intelligence development'],
    related: ['tactic.victim.phones-and-social-media', 'offence.sca-s67'],
  },
  {
    id: 'tactic.offender.gain',
    kind: 'tactic',
    title: 'Government Agency Intelligence Network (GAIN)',
    summary:
      'GAIN brings together intelligence and investigation staff from public-sector enforcement agencies to share intelligence lawfully and run joint investigations.',
    body: md(
      '- A multi-agency group that brings together intelligence and investigation staff from public-sector enforcement agencies to lawfully share intelligence and conduct joint investigations.',
      '- Core members include the MPS, the National Health Service, the Department for Work and Pensions (DWP), the NCA, the Environment Agency, the Food Standards Agency and many others, along with accredited members such as the Association of Train Operating Companies, Tesco, the Post Office and Ladbrokes.',
      '- Police contact their regional GAIN coordinator through internal routes.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['GAIN', 'Government Agency Intelligence Network', 'multi-agency intelligence', 'DWP', 'NHS', 'NCA', 'joint investigation', 'information sharing'],
    related: ['tactic.offender.financial-investigation'],
  },
  {
    id: 'tactic.offender.prison-intelligence',
    kind: 'tactic',
    title: 'London Regional Prison Intelligence Unit',
    summary:
      'The prison intelligence unit manages the flow of intelligence between law enforcement, the prison service and immigration removal centres, and can help with prison intelligence and applications to monitor a prisoner’s calls or mail.',
    body: md(
      '- The London Regional Prison Intelligence Unit is responsible for the flow of intelligence between law enforcement, Her Majesty’s Prison Service and Immigration Removal Centres (IRCs).',
      '- This works through Prison Intelligence Officers embedded in all eight London prisons and through liaison with the Harmondsworth and Colnbrook IRCs, the London Prison Anti-Corruption Team and the Prison Dedicated Source Unit, supported by a core desk.',
      '- They can assist with general prison intelligence and with applications to monitor telephone calls and/or mail sent by or to the prisoner.',
      '- The protocol notes the units were formerly PAS1 & 4, now OPT1 & 4.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['prison', 'prison intelligence', 'prisoner', 'monitor calls', 'prison mail', 'IRC', 'immigration removal centre', 'custody', 'remand'],
    related: ['tactic.offender.iom'],
  },
  {
    id: 'tactic.offender.iom',
    kind: 'tactic',
    title: 'Integrated Offender Management (IOM)',
    summary:
      'IOM complements statutory arrangements such as MAPPA, helping partners jointly reduce crime and reoffending through enforcement, persuasive compliance and supportive engagement; engagement is voluntary, but court order or licence requirements are mandatory.',
    body: md(
      '- IOM can complement other statutory multi-agency arrangements, such as MAPPA.',
      '- It aims, among other things, to help local partners jointly to reduce crime and reoffending, improve public confidence in the criminal justice system and tackle the social exclusion of offenders and their families.',
      '- It does this through a combination of interventions, including enforcement, persuasive compliance and supportive offender engagement.',
      '- Offender engagement in IOM is not mandated, but compliance with the requirements of the court order or licence component of an IOM is mandatory.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['IOM', 'Integrated Offender Management', 'MAPPA', 'licence', 'probation', 'reoffending', 'offender management'],
    related: ['glossary.iom', 'tactic.offender.prison-intelligence', 'power.shpo'],
  },
  {
    id: 'tactic.offender.image-comparison',
    kind: 'tactic',
    title: 'Image comparison',
    summary: 'Met Forensic Services offer image comparison: facial, clothing, object and vehicle comparison, and gait analysis.',
    body: md('- A service is available from Forensic Services. It includes facial, clothing, object and vehicle comparison, and gait analysis.'),
    audiences: ['police'],
    section: SECTION,
    keywords: ['image comparison', 'facial comparison', 'gait analysis', 'CCTV stills', 'identify suspect', 'forensic services', 'vehicle comparison'],
    related: ['tactic.victim.victim-id-and-caid', 'tactic.offender.briefing-sheets'],
  },
];
