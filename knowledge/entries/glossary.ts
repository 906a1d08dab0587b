import type { KnowledgeEntryInput } from '../entry.schema';

/** The protocol's Abbreviations list: one glossary entry per abbreviation. */

type Since = NonNullable<KnowledgeEntryInput['since2017']>[number];

type GlossarySpec = {
  abbr: string;
  /** Exactly as the protocol's Abbreviations list gives it. */
  expansion: string;
  /** The expansion as shown in the title, where the list's own wording needs tidying. */
  titleExpansion?: string;
  summary: string;
  note?: string;
  keywords?: string[];
  related?: string[];
  since2017?: Since[];
};

/** `SC&O17` becomes `sc-o17`: lower-case, every run of other characters one hyphen. */
const glossarySlug = (abbr: string): string =>
  abbr
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const connect: Since = {
  what: 'The Met replaced CRIS, Merlin and other legacy systems with CONNECT; CRIS and Merlin wording is historical.',
  when: 'First go-live November 2022',
  source: 'https://6degreesfilm.com/met-police-data-platform-64m-over-budget/',
};
const bcus: Since = {
  what: "The Met merged its 32 borough commands into 12 Basic Command Units (BCUs); 'borough police' now means the BCU safeguarding strand.",
  when: '2017 to early 2019',
  source: 'https://www.london.gov.uk/questions/2019/6437',
};
const protocol2021: Since = {
  what: "The 2021 London Child Exploitation Operating Protocol covers all child exploitation, uses MACE in place of MASE and a 'BCU to Specialist Crime escalation process'.",
  when: 'March 2021',
  source: 'https://www.readkong.com/page/the-london-child-exploitation-operating-protocol-2021-7308805',
};
const lscbAbolished: Since = {
  what: 'Working Together 2018 abolished LSCBs and replaced them with local safeguarding partners (local authority, police and ICB).',
  when: 'July 2018; arrangements published by 29 June 2019',
  source: 'https://www.wirralsafeguarding.co.uk/working-together-to-safeguard-children-2018/',
};
const ordersReform: Since = {
  what: 'The Police, Crime, Sentencing and Courts Act 2022 added positive requirements and a civil standard of proof to SROs and SHPOs.',
  when: 'In force 29 November 2022',
  source: 'https://zoomlaw.co.uk/2022-1227-uksi.html',
};

const specs: GlossarySpec[] = [
  { abbr: 'ACRO', expansion: 'ACPO (Association of Chief Police Officers) Criminal Records Office', titleExpansion: 'ACPO Criminal Records Office', summary: "The criminal records office behind overseas conviction checks ('ACRO checks'), which Appendix I says should be carried out on all foreign national detainees in custody.", keywords: ['ACRO checks', 'overseas convictions', 'ACPO'] },
  { abbr: 'APP', expansion: 'Authorised Professional Practice', summary: "College of Policing guidance; the 2016 APP changed the definition of 'missing' (Section 9).", keywords: ['College of Policing'], related: ['section.9.missing-children'] },
  { abbr: 'ASB', expansion: 'Anti-Social Behaviour', summary: 'Anti-social behaviour, and the powers under the Anti-social Behaviour, Crime and Policing Act 2014 named in Appendix I.', keywords: ['antisocial behaviour', 'ASBO'], related: ['glossary.cpn', 'glossary.pspo'], since2017: [{ what: 'The Crime and Policing Act 2026 confines Part 1 ASB injunctions to ages 10 to 17 and introduces Respect Orders for adults.', when: 'Royal Assent 29 April 2026', source: 'https://beta.acthub.uk/uk/ukpga/2026-20' }] },
  { abbr: 'ASW', expansion: 'Allocated Social Worker', summary: 'Where a child has an allocated social worker, CSE referrals go straight to them and they refer to the police CAIT referral desk on an 87A (Section 6).', keywords: ['social worker', '87A'], related: ['section.6.referral-desks'] },
  { abbr: 'BCU', expansion: 'Borough Command Unit', summary: 'The police command model under which CAIT referral desk equivalents and Missing Person Coordinators sit (Sections 6 and 9).', keywords: ['Basic Command Unit', 'borough police'], related: ['glossary.bocu'], since2017: [bcus] },
  { abbr: 'BOCU', expansion: '(Police) Borough Operational Command Unit', titleExpansion: 'Borough Operational Command Unit (police)', summary: 'A police borough command; CSE is a standing item at monthly BOCU/OCU Crime-fighters Performance meetings (Appendix G).', related: ['meeting.crime-fighters-performance', 'glossary.bcu'], since2017: [bcus] },
  { abbr: 'CAID', expansion: 'Child Abuse Image Database', summary: 'The database to which graded indecent images of a victim are submitted, so other officers need not view them or contact victims already safeguarded (Appendix J).', keywords: ['indecent images', 'image database'], related: ['checklist.investigation-victim', 'glossary.iioc'] },
  { abbr: 'CAIT', expansion: 'Child Abuse Investigation Team', summary: "The SC&O17 team whose referral desk receives 87A referrals from allocated social workers (Section 6).", keywords: ['referral desk', 'Sapphire/CAIT'], related: ['section.6.referral-desks', 'glossary.sc-o17'] },
  { abbr: 'CAWN', expansion: 'Child Abduction Warning Notice', summary: 'A notice served on a suspect as a police disruption (Section 7); serving one is recorded with outcome code FP.', keywords: ['abduction notice', "harbourers' warning notice", 's2 notice'], related: ['power.cawn', 'outcome.fp'], since2017: [{ what: 'The College of Policing issued national advice on CAWNs (types for under-16s and for under-18s in care, and procedure).', when: '2019 (v1.0)', source: 'https://pdfslide.net/documents/advice-for-safeguarding-children-through-use-of-a-child-abduction-2019-10-07-official.html' }] },
  { abbr: 'CCTV', expansion: 'Closed Circuit Television', summary: 'Camera footage, such as TfL CCTV downloads, used to investigate the movements of victims and suspects (Appendix I).', keywords: ['cameras', 'footage'], related: ['glossary.tfl'] },
  { abbr: 'CEOP', expansion: 'Child Exploitation & Online Protection Centre', summary: 'The centre that reports a significant number of CSE offences take place online (Section 3).', keywords: ['online protection', 'report online abuse'], related: ['cse-type.online'] },
  { abbr: 'CFT', expansion: '(Police) Criminal Finance Team', titleExpansion: 'Criminal Finance Team (police)', summary: 'Police teams of Accredited Financial Investigators who support financial investigation of offenders (Appendix I).', keywords: ['financial investigation'] },
  { abbr: 'CP procedures', expansion: 'London Child Protection Procedures', summary: 'The London procedures this protocol complements and does not replace; they set the CSC tiers and the Organised and Complex Abuse procedures.', keywords: ['London CP procedures', 'child protection procedures', 'London Safeguarding Children Procedures'], related: ['section.1.introduction', 'section.5.category-levels', 'meeting.organised-complex-abuse'], since2017: [{ what: 'The London Child Protection Procedures were renamed the London Safeguarding Children Procedures (now in their 7th edition).', when: 'c. 31 March 2022', source: 'https://www.lbhf.gov.uk/children-and-young-people/local-safeguarding-children-partnership/changes-london-safeguarding-children-procedures' }] },
  { abbr: 'CPN', expansion: 'Community Protection Notice', summary: 'A notice under s43 of the Anti-social Behaviour, Crime and Policing Act 2014, issued by the local authority, police or a designated person to prevent persistent anti-social conduct (Appendix I).', related: ['glossary.asb'] },
  { abbr: 'CPS', expansion: 'Crown Prosecution Authority', titleExpansion: 'Crown Prosecution Service', summary: 'Investigators should seek CPS advice at the earliest opportunity (Section 10), and police hold regular meetings with the CPS (Appendix G).', note: "The protocol's Abbreviations list says 'Crown Prosecution Authority'; its text (Section 8) names the Crown Prosecution Service (CPS).", keywords: ['Crown Prosecution Service', 'Crown Prosecution Authority', 'prosecution', 'charging advice'], related: ['meeting.cps', 'section.10.investigations'] },
  { abbr: 'CRIS', expansion: '(Metropolitan Police) Crime Report Information System', titleExpansion: 'Crime Report Information System (Metropolitan Police)', summary: 'The Met system on which CSE concerns, including non-crime 587/00 reports, flags and outcome codes, are recorded.', keywords: ['crime report', '587/00', 'CONNECT'], related: ['section.appendix-e.recording-suspicions', 'section.6.referral-desks'], since2017: [connect] },
  { abbr: 'CSC', expansion: "Children's Social Care", summary: "The local authority service that assesses children's needs in tiers 1 to 4, convenes strategy discussions and leads section 47 enquiries.", keywords: ["children's services", 'social services', 'social care'], related: ['section.5.category-levels', 'meeting.strategy-discussion'] },
  { abbr: 'CSE', expansion: 'Child Sexual Exploitation', summary: 'A form of child sexual abuse; see the definition in Section 2.', keywords: ['child sexual exploitation', 'child sexual abuse'], related: ['section.2.definition-of-cse'], since2017: [protocol2021] },
  { abbr: 'DBS', expansion: 'Disclosure and Barring Service', summary: "Non-conviction information, such as a youth-produced imagery incident, may be disclosed on an enhanced DBS check at the chief constable's discretion (Section 3).", keywords: ['DBS check', 'enhanced check'], related: ['cse-type.youth-produced-sexual-imagery'] },
  { abbr: 'DCI', expansion: 'Detective Chief Inspector', summary: 'A DCI or DI from local borough police co-chairs the MASE (Section 7).', related: ['meeting.mase', 'glossary.di'] },
  { abbr: 'DETS', expansion: 'Details of investigation pages within a Police Crime Report', summary: 'The rationale for any suspicion of CSE, and suspect intelligence, is entered on the DETS page of the CRIS report (Appendices E and J).', keywords: ['details page'], related: ['section.appendix-e.recording-suspicions', 'checklist.intelligence-checks'] },
  { abbr: 'DI', expansion: 'Detective Inspector', summary: 'A DI or DCI from local borough police co-chairs the MASE (Section 7).', related: ['meeting.mase', 'glossary.dci'] },
  { abbr: 'DWP', expansion: 'Department for Work and Pensions', summary: 'A GAIN member agency whose enquiries may help disrupt locations used for CSE (Appendix I).', related: ['glossary.gain'] },
  { abbr: 'EPO', expansion: 'Emergency Protection Order', summary: 'An order under s44 Children Act 1989 for the immediate removal of a child at imminent risk of harm; the strategy discussion agrees actions where one is in place.', keywords: ['s44', 'emergency protection'], related: ['power.epo', 'section.7.strategy-discussion-tasks'] },
  { abbr: 'ESB', expansion: 'Empress State Building – Police building near Earls Court, London', titleExpansion: 'Empress State Building', summary: 'A Metropolitan Police building named in Appendix J as the base of the Victim Identification Unit; reach police units through local procedures.', related: ['glossary.victim-id'] },
  { abbr: 'GAIN', expansion: 'Government Agency Intelligence Network', summary: 'A multi-agency group of public-sector enforcement agencies that lawfully share intelligence and conduct joint investigations (Appendix I).', keywords: ['intelligence sharing'] },
  { abbr: 'IAT', expansion: 'Initial Assessment Team', summary: 'The SC&O17 team that reviews all 587/00 CSE CRIS and crime CRIS flagged ES and EU and categorises them to decide which unit investigates (Section 6).', keywords: ['categorisation', 'initial assessment'], related: ['section.6.referral-desks', 'checklist.intelligence-checks'], since2017: [protocol2021] },
  { abbr: 'IIOC', expansion: 'Indecent Images of Children', summary: 'Indecent images of children; youth-produced sexual imagery may constitute an indecent image offence (Section 3).', keywords: ['indecent images', 'nudes', 'child abuse images'], related: ['cse-type.youth-produced-sexual-imagery', 'glossary.caid'] },
  { abbr: 'IOM', expansion: 'Integrated Offender Management', summary: 'A multi-agency approach to managing offenders that can complement other statutory multi-agency arrangements (Appendix I).', keywords: ['offender management'] },
  { abbr: 'IRC', expansion: 'Immigration Removal Centres', summary: 'Immigration removal centres, part of the prison intelligence flow described in Appendix I.' },
  { abbr: 'ISVA', expansion: 'Independent Sexual Violence Advisors', summary: 'Advisors who support victims through the investigation and the process of giving evidence, linking the criminal case with the agencies they need (Appendix I).', keywords: ['advocate', 'victim support'], related: ['section.8.criminal-justice-support'] },
  { abbr: 'LA', expansion: 'Local Authority', summary: 'The local council; CSE and trafficking can occur across and within local authority boundaries.', keywords: ['council', 'local authority'] },
  { abbr: 'LAC', expansion: 'Looked after child', summary: 'A child in the care of the local authority; a looked after child at risk of CSE placed out of borough must be notified to the host within 24 hours (Section 7).', keywords: ['looked after', 'in care', 'CLA', 'child looked after'], related: ['section.7.lac-placed-out-of-borough', 'vulnerability.in-care'] },
  { abbr: 'LSCB', expansion: 'Local Safeguarding Children Board', summary: 'The board to which agency CSE leads and the MASE reported (Sections 4 and 7).', keywords: ['safeguarding board', 'safeguarding partnership'], related: ['section.4.accountability', 'section.7.mase-governance'], since2017: [lscbAbolished] },
  { abbr: 'MAPPA', expansion: 'Multi-Agency Public Protection Arrangements', summary: 'A partnership with which the MASE problem profile and themes may be shared (Section 7).', related: ['section.7.mase-analyst'] },
  { abbr: 'MARAC', expansion: 'Multi-Agency Risk Assessment Conference', summary: 'A partnership with which the MASE problem profile and themes may be shared (Section 7).', keywords: ['domestic abuse conference'], related: ['section.7.mase-analyst'] },
  { abbr: 'MASE', expansion: 'Multi-Agency Sexual Exploitation (meeting/process)', titleExpansion: 'Multi-Agency Sexual Exploitation meeting', summary: 'The monthly multi-agency meeting giving tactical oversight of CSE cases, intelligence and activity (Section 7).', keywords: ['MACE', 'panel'], related: ['meeting.mase'], since2017: [protocol2021] },
  { abbr: 'MASH', expansion: 'Multi-Agency Safeguarding Hub', summary: 'The hub that identifies CSE warning signs in referrals and passes concerns to police and CSC (Section 6).', keywords: ['front door', 'referral'], related: ['section.6.mash-and-cse'] },
  { abbr: 'Merlin PAC', expansion: 'Merlin Pre-Assessment Checklist – process for identifying needs of children for referral to CSC', titleExpansion: 'Merlin Pre-Assessment Checklist', summary: 'The police checklist officers complete for any child who comes to notice, with a specific category for CSE concerns (Section 6).', keywords: ['Merlin', 'PAC', 'pre-assessment checklist'], related: ['section.6.police-reporting-pathway'], since2017: [connect] },
  { abbr: 'MET', expansion: 'Metropolitan Police', summary: "London's police force, the Metropolitan Police.", keywords: ['Met', 'Metropolitan Police'], related: ['glossary.mps'] },
  { abbr: 'MPC', expansion: '(Police) Missing Person Coordinator', titleExpansion: 'Missing Person Coordinator (police)', summary: 'Police coordinators who review missing reports for patterns of exploitation and work with care providers to reduce repeat missing (Section 9).', keywords: ['missing person coordinator', 'missing'], related: ['section.9.missing-person-coordinator'] },
  { abbr: 'MPS', expansion: 'Metropolitan Police Service', summary: "London's police service, the Metropolitan Police Service.", keywords: ['Met', 'Metropolitan Police Service'], related: ['glossary.met'] },
  { abbr: 'NCA', expansion: 'National Crime Agency', summary: 'A national agency that can apply for slavery and trafficking orders and is a GAIN member (Appendix I).', keywords: ['national crime agency'], related: ['section.10.trafficking-and-nrm'] },
  { abbr: 'NGO', expansion: 'Non-Governmental Organisation', summary: 'Voluntary and charity organisations; one NGO having a positive impact across cases is an example of a theme MASE captures (Section 7).', keywords: ['charity', 'voluntary sector'], related: ['section.7.positive-interventions'] },
  { abbr: 'NPT', expansion: 'Neighbourhood Policing Team', summary: 'The local police team that can be notified through CRIS and briefed about potential victims and perpetrators (Appendix I).', keywords: ['safer neighbourhoods', 'neighbourhood team'] },
  { abbr: 'NRM', expansion: 'National Referral Mechanism', summary: "The referral route for all potential victims of trafficking and modern slavery; a child's consent is not needed for a referral (Section 10).", keywords: ['trafficking', 'modern slavery'], related: ['section.10.trafficking-and-nrm', 'section.7.mase-trafficking-nrm'], since2017: [{ what: 'The Nationality and Borders Act 2022 changed the NRM tests and recovery period; some children’s decisions are made locally in devolved pilot areas.', when: 'In force 30 January 2023', source: 'https://yjlc.uk/resources/legal-updates/nationality-and-borders-act-2022-yet-another-setback-victims-modern-slavery' }] },
  { abbr: 'NTAC', expansion: 'National Technical Assistance Centre', summary: 'Advises when a seized phone cannot be accessed without a PIN and is gatekeeper for RIPA s49 notices (Appendix I).', keywords: ['PIN', 'phone access'], related: ['glossary.ripa'] },
  { abbr: 'OCU', expansion: '(Police) Operational Command Unit', titleExpansion: 'Operational Command Unit (police)', summary: 'A police operational command; CSE is a standing item at monthly BOCU/OCU Crime-fighters Performance meetings (Appendix G).', related: ['meeting.crime-fighters-performance'] },
  { abbr: 'PACE', expansion: 'Police and Criminal Evidence Act (1984)', titleExpansion: 'Police and Criminal Evidence Act 1984', summary: 'Gives police powers used in CSE investigations, such as search on arrest (s32), search with an Inspector’s authority (s18), entry to find a person (s17) and search warrants (s8) (Appendix I).', keywords: ['search', 'entry', 'warrant'] },
  { abbr: 'PNC', expansion: 'Police National Computer', summary: 'A PNC marker showing a young person is at risk of CSE must be considered and reviewed every six months or on a significant change (Appendix J).', keywords: ['PNC marker', 'marker'], related: ['checklist.investigation-victim'] },
  { abbr: 'POC', expansion: 'Product of Conception', summary: 'Appendix I asks investigators to consider seizing a product of conception as evidence of rape or sexual activity with children, with consent or otherwise under a warrant.', keywords: ['forensic evidence', 'DNA'] },
  { abbr: 'PPO', expansion: 'Police Protection Order', summary: 'Police powers of protection under s46 Children Act 1989, used when a child would otherwise be likely to suffer significant harm.', keywords: ['police protection', 's46', 'PP'], related: ['power.police-protection'] },
  { abbr: 'PR', expansion: 'Parental Responsibility', summary: 'Parental responsibility, which a care order lets the local authority share (Appendix I).', keywords: ['parental responsibility'], related: ['power.care-order'] },
  { abbr: 'PSPO', expansion: 'Public Spaces Protection Order', summary: 'An order under s59 of the Anti-social Behaviour, Crime and Policing Act 2014 that local authorities can issue after consultation, enforceable in areas such as parks and town centres (Appendix I).', related: ['glossary.asb'] },
  { abbr: 'QA', expansion: 'Quality Assurance', summary: "The pre-MASE meeting acts as a QA process, and MASE's QA function includes ratifying positive interventions (Section 7).", keywords: ['quality assurance'], related: ['meeting.pre-mase'] },
  { abbr: 'RARA', expansion: '(Police) Risk assessment framework – Remove, Avoid, Reduce, Accept', titleExpansion: 'Remove, Avoid, Reduce, Accept (police risk assessment)', summary: 'The supervisor produces a RARA risk assessment with actions to minimise the risk to the victim and from the perpetrator(s) (Appendix J).', keywords: ['risk assessment'], related: ['checklist.investigation-supervisor'] },
  { abbr: 'RIPA', expansion: 'Regulation of Investigatory Powers Act (2000)', titleExpansion: 'Regulation of Investigatory Powers Act 2000', summary: 'Includes s49 notices requiring disclosure of a PIN where NTAC cannot access a phone (Appendix I).', keywords: ['s49 notice', 'PIN'], related: ['glossary.ntac'] },
  { abbr: 'SC&O17', expansion: 'Metropolitan Police Sexual Offences, Exploitation & Child Abuse Command', summary: 'The Met command whose CAIT referral desk, Initial Assessment Team and Sexual Exploitation Team handled CSE referrals (Section 6).', keywords: ['SCO17', 'SC&O 17', 'specialist crime'], related: ['glossary.cait', 'glossary.iat', 'glossary.set'], since2017: [protocol2021] },
  { abbr: 'SET', expansion: '(Police) Sexual Exploitation Team', titleExpansion: 'Sexual Exploitation Team (police)', summary: 'The SC&O17 team whose SPOC attends MASE and pre-MASE meetings (Appendix F).', keywords: ['sexual exploitation team'], related: ['meeting.mase-attendees', 'meeting.pre-mase-attendees'] },
  { abbr: 'SHPO', expansion: 'Sexual Harm Prevention Order', summary: 'A civil order against a perpetrator; serving one is recorded with outcome code FO.', keywords: ['sexual harm prevention order'], related: ['power.shpo', 'outcome.fo'], since2017: [ordersReform] },
  { abbr: 'SPOC', expansion: 'Single point of contact', summary: "Each agency's CSE lead (Section 4); police CSE SPOCs attend MASE.", keywords: ['CSE lead', 'single point of contact'], related: ['section.4.accountability', 'meeting.mase-attendees'] },
  { abbr: 'SRO', expansion: 'Sexual Risk Order', summary: 'A civil order against a person posing a risk of sexual harm; serving one is recorded with outcome code FP.', keywords: ['sexual risk order'], related: ['power.sro', 'outcome.fp'], since2017: [ordersReform] },
  { abbr: 'TfL', expansion: 'Transport for London', summary: 'Its Oyster card data and CCTV help trace the movements of victims and suspects; TfL/British Transport Police may attend MASE.', keywords: ['Oyster', 'British Transport Police', 'BTP'], related: ['meeting.mase-attendees', 'checklist.intelligence-checks'] },
  { abbr: 'UK', expansion: 'United Kingdom', summary: 'The United Kingdom; children can be trafficked internally within the UK (Section 10).', related: ['section.10.trafficking-and-nrm'] },
  { abbr: 'Victim ID', expansion: 'Victim identification', summary: 'The Victim Identification Unit analyses images to identify and safeguard children; discuss indecent images of unidentified children with it (Appendix J).', keywords: ['Victim Identification Unit', 'victim identification'], related: ['checklist.investigation-victim', 'glossary.caid'] },
  { abbr: 'VOLT', expansion: 'Victim, offender, location, themes. Mnemonic used for the gathering of key information', titleExpansion: 'Victim, Offender, Location, Themes', summary: 'The mnemonic MASE uses to gather and present key information about victims, offenders, locations and themes (Section 7).', keywords: ['victim offender location themes'], related: ['section.7.mase-volt', 'section.1.aims'] },
  { abbr: 'VRI', expansion: 'Visually recorded interview (also referred to as an ABE)', titleExpansion: 'Visually recorded interview', summary: 'A video-recorded interview planned and conducted jointly by CSC and police under Achieving Best Evidence (Section 10).', keywords: ['ABE', 'achieving best evidence', 'video interview'], related: ['section.10.visually-recorded-interviews'] },
  { abbr: 'XRY', expansion: 'Technical process by which the police can download mobile phone handset data', titleExpansion: 'mobile phone download', summary: 'The technical process police use to download data from a seized mobile phone (Appendix J).', keywords: ['phone download', 'handset data'], related: ['checklist.investigation-victim'] },
  { abbr: 'YOT', expansion: 'Youth Offending Team', summary: 'YOT workers are among the independent people who may conduct a return home interview (Section 9).', keywords: ['youth offending service', 'YOS'], related: ['section.9.return-interview-who-and-after'] },
];

export const glossaryEntries: KnowledgeEntryInput[] = specs.map((g) => ({
  id: `glossary.${glossarySlug(g.abbr)}`,
  kind: 'glossary',
  title: `${g.abbr}: ${g.titleExpansion ?? g.expansion}`,
  summary: g.summary,
  body: [`Abbreviations list: **${g.abbr}** – ${g.expansion}.`, ...(g.note ? ['', g.note] : [])].join('\n'),
  audiences: ['all'],
  section: 'Abbreviations',
  keywords: [g.abbr, g.titleExpansion ?? g.expansion, ...(g.keywords ?? [])],
  related: g.related ?? [],
  since2017: g.since2017 ?? [],
}));
