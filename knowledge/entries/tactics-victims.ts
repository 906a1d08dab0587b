import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { APPENDIX_I_SECTIONS, md } from './text';

/**
 * Appendix I, "Positive action to assist in safeguarding and evidence gathering in relation to
 * victims": one entry per bullet. The Children Act orders in that list are powers (powers-civil.ts).
 * Intranet links, phone numbers and named contacts in the 2017 text are left out on purpose.
 */

const SECTION = APPENDIX_I_SECTIONS.victims;

export const tacticsVictimsEntries: KnowledgeEntryInput[] = [
  {
    id: 'tactic.victim.partnership-engagement',
    kind: 'tactic',
    title: 'Partnership engagement: share what professionals know',
    summary:
      'Share the relevant information professionals hold about the young person so a Safeguarding Plan can be devised and intelligence gaps found and filled; discuss every young person with CSE concerns with Children’s Social Care.',
    body: md(
      '- It is vital that relevant information about the young person held by professionals is shared so that Safeguarding Plans can be devised and intelligence gaps identified and filled.',
      '- Strategy meetings, chaired by Children’s Social Care (CSC), are an essential part of Child Protection Procedures and can lead to early help for the young person, such as "Team Around the Family", Child in Need Plans and sometimes Child Protection Plans.',
      '- Ensure that all young people where there are concerns regarding CSE are discussed with CSC.',
    ),
    audiences: ['police', 'social-care', 'school', 'health'],
    section: SECTION,
    keywords: ['partnership engagement', 'information sharing', 'share information', 'safeguarding plan', 'intelligence gaps', 'Team Around the Family', 'TAF', 'child in need plan', 'child protection plan', 'early help', 'CSC', "children's social care"],
    related: ['tactic.victim.strategy-meeting', 'meeting.strategy-discussion', 'section.6.mash-and-cse', 'meeting.mase'],
    since2017: [change('change.duty-to-report-2026')],
  },
  {
    id: 'tactic.victim.pnc-marker',
    kind: 'tactic',
    title: 'PNC marker on the young person',
    summary: 'Consider a Police National Computer (PNC) marker showing that the young person is at risk of CSE; if none is placed, record why.',
    body: md(
      '- Appendix I: a Police National Computer (PNC) marker indicating the young person is at risk of CSE.',
      '- Appendix J (investigating officer’s actions): a PNC marker on the victim must be considered. If a marker is not placed, record the rationale why it is not appropriate. Review the marker every six months, or sooner if circumstances change significantly.',
      '- The closing report records the review period for any PNC marker on the victim and the suspect.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['PNC', 'PNC marker', 'Police National Computer', 'warning marker', 'at risk of CSE marker', 'flag the child', 'marker review'],
    related: ['glossary.pnc', 'tactic.offender.pnc-marker', 'tactic.victim.trigger-plan'],
  },
  {
    id: 'tactic.victim.inform-and-refer',
    kind: 'tactic',
    title: 'Make the people around the child aware, and refer for support',
    summary:
      'Check that everyone relevant to the child has been made aware of the risk the child faces, and consider referral to Parents Against Child Sexual Exploitation, CEOP and similar services.',
    body: md(
      '- Have all the people relevant to the child been made aware of the risk that they are facing?',
      '- Consider referral to Parents Against Child Sexual Exploitation, CEOP (Child Exploitation and Online Protection Centre), etc.',
      '',
      'Who is told, and when, is agreed at the strategy discussion: information is not shared with the child and family if that may jeopardise a police investigation or place the child at risk of significant harm (Section 7), and the family may be where the risk comes from (Section 3, Familial; Section 10).',
    ),
    audiences: ['police', 'social-care', 'school', 'health'],
    section: SECTION,
    keywords: ['carers', 'make aware', 'Parents Against Child Sexual Exploitation', 'PACE charity', 'CEOP', 'referral', 'support'],
    related: ['engagement.what-the-family-is-told', 'tactic.victim.voluntary-sector-referral', 'tactic.victim.partnership-engagement'],
  },
  {
    id: 'tactic.victim.strategy-meeting',
    kind: 'tactic',
    title: 'Strategy meeting',
    summary:
      'Hold a strategy meeting so all known relevant information is shared, an effective Safeguarding Plan can be developed and intelligence gaps can be identified and filled.',
    body: md(
      '- Strategy meeting: ensure all known relevant information is shared to enable the development of an effective Safeguarding Plan and the identification of intelligence gaps that could be filled.',
      '- Appendix J: record the outcome of the strategy discussion or meeting with CSC, and whether a s47 investigation has been agreed.',
    ),
    audiences: ['police', 'social-care'],
    section: SECTION,
    keywords: ['strategy meeting', 'strategy discussion', 'safeguarding plan', 'section 47', 's47', 'child protection enquiry', 'intelligence gaps'],
    related: ['meeting.strategy-discussion', 'tactic.victim.partnership-engagement', 'meeting.mase'],
  },
  {
    id: 'tactic.victim.voluntary-sector-referral',
    kind: 'tactic',
    title: 'Referral to a voluntary-sector support agency',
    summary: 'Refer the young person to a voluntary-sector support agency, such as Barnardo’s or WUSH.',
    body: md(
      '- Referral to a voluntary-sector support agency, such as Barnardo’s, WUSH, etc.',
      '- Appendix J: signpost the victim and family to support agencies.',
    ),
    audiences: ['police', 'social-care', 'school', 'health'],
    section: SECTION,
    keywords: ['voluntary sector', 'charity', "Barnardo's", 'Barnardos', 'WUSH', 'support agency', 'specialist CSE worker', 'signpost'],
    related: ['tactic.victim.inform-and-refer', 'tactic.victim.isva'],
  },
  {
    id: 'tactic.victim.haven',
    kind: 'tactic',
    title: 'Haven attendance in forensic sexual offence cases',
    summary:
      'Consider Haven attendance where there is a forensic sexual offence case. Young people under 16 can self-refer, but their attendance may not be anonymous because a referral to Social Care may follow the risk assessment.',
    body: md(
      '- Haven attendance in forensic sexual offence cases.',
      '- Young people under the age of 16 can self-refer to the Haven, but their attendance may not be anonymous, as a referral to Social Care may take place after the risk assessment.',
    ),
    audiences: ['police', 'health', 'social-care', 'school'],
    section: SECTION,
    keywords: ['Haven', 'the Havens', 'SARC', 'sexual assault referral centre', 'forensic medical', 'forensic examination', 'self-referral', 'rape', 'sexual assault'],
    related: ['tactic.victim.early-evidence-kit', 'tactic.victim.clothing', 'tactic.victim.isva'],
  },
  {
    id: 'tactic.victim.early-evidence-kit',
    kind: 'tactic',
    title: 'Early Evidence Kit',
    summary: 'First responders use an Early Evidence Kit to retrieve potential forensic evidence from a victim of serious sexual assault.',
    body: md('- Early Evidence Kit: retrieval of potential forensic evidence by first responders to a victim of serious sexual assault.'),
    audiences: ['police'],
    section: SECTION,
    keywords: ['early evidence kit', 'EEK', 'first responder', 'forensic evidence', 'mouth swab', 'urine sample', 'serious sexual assault'],
    related: ['tactic.victim.haven', 'tactic.victim.clothing'],
  },
  {
    id: 'tactic.victim.clothing',
    kind: 'tactic',
    title: 'Clothing as evidence',
    summary:
      'Consider seizing clothing, especially underwear, as evidence even when there is no disclosure of sexual abuse but concerns exist; this may have to be done covertly, without the child’s knowledge.',
    body: md(
      '- Consider seizing clothing as evidence, especially underwear, even when no disclosure of sexual abuse has been made but concerns exist.',
      '- This may have to be done covertly, without the child’s knowledge.',
      '- Appendix J: initial victim contact should include consideration of forensic opportunities, including clothing for forensic examination.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['clothing', 'underwear', 'seize clothing', 'forensic', 'DNA', 'covert seizure', 'no disclosure'],
    related: ['tactic.victim.trigger-plan', 'tactic.victim.early-evidence-kit', 'tactic.location.childrens-homes'],
  },
  {
    id: 'tactic.victim.phones-and-social-media',
    kind: 'tactic',
    title: 'The young person’s mobile phones and social media',
    summary:
      'Seize phones only by lawful means (as evidence of crime, by warrant, provided voluntarily, or confiscated by a school) and find out unlock codes, the social media apps used and the numbers regularly dialled.',
    body: md(
      '- Seizure by lawful means, i.e. as evidence of crime, under a warrant, voluntarily provided, or confiscated by a school (see the government advice on "sexting").',
      '- Ascertain unlock codes, the social media apps used, regular numbers dialled, etc.',
      '- Appendix J: initial victim contact should consider seizing the mobile phone(s) for downloading (XRY), and open-source checks on the victim’s social media accounts.',
    ),
    audiences: ['police', 'school'],
    section: SECTION,
    keywords: ['phone', 'mobile phone', 'seize phone', 'social media', 'unlock code', 'PIN', 'passcode', 'XRY', 'download', 'sexting', 'nudes', 'apps', 'confiscation'],
    related: ['tactic.offender.device-seizure', 'tactic.offender.open-source-checks', 'tactic.location.schools'],
    since2017: [change('change.ukcis-nudes'), change('change.online-safety-act')],
  },
  {
    id: 'tactic.victim.oyster-checks',
    kind: 'tactic',
    title: 'Oyster card and TfL CCTV checks',
    summary:
      'Use Oyster card data to investigate the movements of victims or suspects and the places they went; police request Oyster data or TfL CCTV downloads through the STAR database.',
    body: md(
      '- Oyster card checks investigate the movement of, and locations attended by, either victims or suspects.',
      '- Police officers must request Oyster card data or Transport for London (TfL) CCTV downloads using the STAR database (found through the Met’s internal A–Z guide).',
      '- Appendix J: record the results of an Oyster card download on crimint.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['Oyster', 'Oyster card', 'TfL', 'Transport for London', 'CCTV', 'journey history', 'movements', 'STAR database', 'travel data'],
    related: ['tactic.offender.vehicle-marker-anpr', 'tactic.victim.trigger-plan'],
  },
  {
    id: 'tactic.victim.nrm-referral',
    kind: 'tactic',
    title: 'National Referral Mechanism (NRM) referral',
    summary:
      'Police and social workers, the first responders, refer potential child victims of trafficking to the National Referral Mechanism; other staff tell them. Children moved for sexual exploitation, including within the UK, should be considered trafficked.',
    body: md(
      '- Appendix I lists: NRM referral.',
      '- Section 10 adds that referrals should be made for all potential victims of trafficking and modern slavery, of any nationality, including British children trafficked within the UK; the child’s consent is not needed for a referral; and when a referral is made a police crime report for trafficking should be created.',
      '- Who refers: Section 10 names the first responders as police and social workers. Other staff, such as teachers, health staff and business staff, do not make the referral themselves: they tell the police or children’s social care (the child’s allocated social worker, or the MASH), who make it.',
    ),
    audiences: ['police', 'social-care', 'school', 'health', 'business'],
    section: SECTION,
    keywords: ['NRM', 'National Referral Mechanism', 'trafficking', 'modern slavery', 'first responder', 'county lines', 'referral'],
    related: ['glossary.nrm', 'section.10.trafficking-and-nrm', 'offence.msa-s2'],
    since2017: [change('change.nrm-naba-2022'), change('change.nrm-devolved-decisions'), change('change.ictg')],
  },
  {
    id: 'tactic.victim.isva',
    kind: 'tactic',
    title: 'Independent Sexual Violence Advisors (ISVAs)',
    summary:
      'ISVAs help the victim make sense of the system and support them through the investigation and while preparing to give evidence, linking the criminal case with the other agencies whose help may be needed.',
    body: md(
      '- ISVAs help the victim make sense of the system.',
      '- They help the police by supporting the victim throughout the investigation.',
      '- They help the prosecution by supporting the victim through the psychologically gruelling process of preparing to give evidence.',
      '- They provide a link between the criminal case that is under way and the range of social agencies whose help may be needed.',
      '- Victims find that an ISVA makes an enormous difference to the way they feel about what is happening to them.',
    ),
    audiences: ['police', 'health', 'social-care'],
    section: SECTION,
    keywords: ['ISVA', 'independent sexual violence advisor', 'advocate', 'victim support', 'court support', 'giving evidence'],
    related: ['glossary.isva', 'tactic.victim.haven', 'tactic.victim.voluntary-sector-referral'],
  },
  {
    id: 'tactic.victim.return-home-interview',
    kind: 'tactic',
    title: 'Return Home Interviews: record the intelligence',
    summary:
      'Conduct Return Home Interviews for missing children and record the intelligence so that everyone investigating CSE can search it; partner agencies pass any intelligence from these interviews to the police.',
    body: md(
      '- Return Home Interviews of missing children are to be conducted, and intelligence recorded on crimint or the Merlin PAC so that it is searchable by all MPS personnel investigating CSE.',
      '- Partner agencies should also refer any intelligence obtained in these interviews to the police.',
    ),
    audiences: ['police', 'social-care'],
    section: SECTION,
    keywords: ['return home interview', 'RHI', 'missing', 'missing child', 'debrief', 'crimint', 'Merlin', 'intelligence'],
    related: ['section.9.return-home-interview', 'tactic.victim.trigger-plan'],
    since2017: [change('change.connect-588')],
  },
  {
    id: 'tactic.victim.trigger-plan',
    kind: 'tactic',
    title: 'Trigger plans for missing children at risk of CSE',
    summary:
      'Put a trigger plan in place for a missing child at risk of CSE, including seizing underwear, phones and other clothing; if the missing passport has no room for it, put it on crimint titled "CSE Missing Trigger Plan".',
    body: md(
      '- Trigger plans for missing children at risk of CSE should include consideration of seizing underwear, phones and other clothing.',
      '- Some regularly missing, high-risk young people may have a missing passport, which has space for a CSE-specific trigger plan. If not, place the trigger plan on crimint, clearly titled "CSE Missing Trigger Plan".',
      '- Appendix J: for a repeat missing person, place the trigger plan on crimint and PNC so that it is searchable and available when required, including forensic retrieval considerations.',
    ),
    audiences: ['police', 'social-care'],
    section: SECTION,
    keywords: ['trigger plan', 'CSE Missing Trigger Plan', 'missing', 'missing passport', 'repeat missing', 'misper', 'crimint', 'underwear', 'forensic retrieval'],
    related: ['tactic.victim.clothing', 'tactic.victim.return-home-interview', 'tactic.location.childrens-homes', 'section.9.return-home-interview'],
  },
  {
    id: 'tactic.victim.victim-id-and-caid',
    kind: 'tactic',
    title: 'Victim ID suite and the Child Abuse Image Database (CAID)',
    summary:
      'The Victim ID team can sift images and videos seized from suspects’ or victims’ devices, indecent or not, and run them through CAID to identify victims; images of a known victim must be uploaded to CAID.',
    body: md(
      '- Officers in the Victim ID suite are trained to analyse images and videos: indecent images of children (IIOC) and also non-indecent imagery.',
      '- If suspects’ and/or victims’ computers and other devices have been seized and forensically examined, the unit can sift the images using filters and run them through CAID to establish whether any victims can be identified. This is especially pertinent where the suspect is a known "hands-on" abuser.',
      '- Where there are many images but no way of putting names to the children (no phone numbers, e-mail addresses or usernames), the suite may be able to identify them from the images alone.',
      '- If you know you have images of your victim and have not told the Victim ID team, contact them. Uploading to CAID is essential so that officers worldwide do not investigate images that have already been identified.',
      '- Appendix J: indecent images of the victim may have been circulated online; they need to be graded and submitted to CAID, so other officers do not have to watch them or contact victims already safeguarded. Discuss indecent images of unidentified children with the Victim Identification Unit.',
    ),
    audiences: ['police'],
    section: SECTION,
    keywords: ['Victim ID', 'victim identification', 'CAID', 'Child Abuse Image Database', 'IIOC', 'indecent images', 'image grading', 'identify victims', 'online abuse'],
    related: ['glossary.caid', 'tactic.offender.device-seizure', 'tactic.offender.image-comparison'],
  },
  {
    id: 'tactic.victim.product-of-conception',
    kind: 'tactic',
    title: 'Product of Conception (POC)',
    summary:
      'Consider seizing product of conception as evidence of rape or sexual activity with a child: a DNA profile is unlikely before six weeks’ gestation but very likely after nine; with consent use the 172 with the POC addition, otherwise a warrant is needed.',
    body: md(
      '- Consider seizing POC as evidence of rape or sexual activity with children.',
      '- Before six weeks’ gestation there is minimal chance of a DNA profile being found, but after nine weeks there is a very good chance.',
      '- If consent is given, use the "172 plus addition re: POC seizure". If consent is not given, a warrant will be required.',
      '- This is a sensitive issue, but it has led to successful prosecutions that did not depend on the victim’s evidence when dealt with carefully.',
      '- Police can seek advice from the forensic sexual offences guidance or the Initial Assessment Team (IAT).',
    ),
    audiences: ['police', 'health'],
    section: SECTION,
    keywords: ['foetal tissue', 'products of conception', 'product of conception', 'POC', 'termination', 'pregnancy', 'DNA', 'forensic', 'warrant', 'evidence-led prosecution'],
    related: ['tactic.location.health-settings', 'offence.soa-ss5-8', 'offence.soa-ss9-15'],
  },
];
