import { z } from 'zod';
import { audienceSchema, since2017Schema } from './entry.schema';

/**
 * What changed after June 2017 that the journeys and entries point out beside the 2017 text
 * (shared/protocol/changes-since-2017.md). Shown as "since 2017", never replacing the protocol.
 * One definition per change: entries cite it with `change('change.<slug>')`; only a note about one
 * entry alone stays inline in that entry. This file imports nothing from ./entries. Each change names
 * the audiences it concerns (the roles whose work it changes), so a card shows it only to them.
 */
const changeSchema = since2017Schema.extend({
  id: z.string().regex(/^change\.[a-z0-9-]+$/),
  /** Whom the change concerns: a police system's change is not shown to a teacher, a nurse or a receptionist. */
  audiences: z.array(audienceSchema).min(1).readonly(),
});
export type Change = z.infer<typeof changeSchema>;
/** The shape of one note in an entry's `since2017` list. */
export type Since2017 = z.infer<typeof since2017Schema>;

const definitions = [
  // The 2017 protocol itself: what the 2021 London Child Exploitation Operating Protocol changed.
  {
    id: 'change.protocol-2021',
    audiences: ['all'],
    what: 'In March 2021 the London Child Exploitation Operating Protocol 2021 replaced this 2017 CSE protocol. It covers all forms of child exploitation, including criminal exploitation, county lines and online exploitation; it removed the CSE category levels, created the non-crime 588 child exploitation report and uses MACE meetings in place of MASE. Follow your current local procedures.',
    when: 'March 2021',
    source: 'https://croydonlcsb.org.uk/2021/03/new-pan-london-exploitation-protocol/',
  },
  {
    id: 'change.categories-removed',
    audiences: ['police', 'social-care'],
    what: 'The 2021 London Child Exploitation Operating Protocol removed the CSE category levels (police categories 1 to 3, which the LA, LB and LC flags record). Follow your current local procedures.',
    when: 'March 2021',
    source: 'https://www.slideorbit.com/slide/2021-london-child-exploitation-protocol-overview/288196',
  },
  {
    id: 'change.mace',
    audiences: ['school', 'health', 'police', 'social-care'],
    what: 'The 2021 London Child Exploitation Operating Protocol uses a MACE (Multi-agency Child Exploitation meeting) in place of the MASE, covering all forms of child exploitation. Follow your local MACE arrangements.',
    when: 'March 2021',
    source: 'https://www.readkong.com/page/the-london-child-exploitation-operating-protocol-2021-7308805',
  },
  {
    id: 'change.specialist-crime-escalation',
    audiences: ['police', 'social-care'],
    what: "The 2021 London Child Exploitation Operating Protocol replaced SC&O17 Initial Assessment Team categorisation with a 'BCU to Specialist Crime escalation process' and added an '87a referral form'. Police users follow the current escalation process.",
    when: 'March 2021',
    source: 'https://www.readkong.com/page/the-london-child-exploitation-operating-protocol-2021-7308805',
  },

  // The Met: its systems, its commands and the inspection of its child exploitation work.
  {
    id: 'change.connect-588',
    audiences: ['police', 'social-care'],
    what: "The Met's CONNECT system replaced CRIS, Merlin and other legacy systems, and a non-crime 588 child exploitation report replaced the 587/00 CSE report: one 588 per child, re-opened when new concerns arise. 'Merlin PAC', '587/00' and the CRIS screens named in the 2017 text are historical wording; police users follow current CONNECT guidance.",
    when: '588 from March 2021; CONNECT from November 2022',
    source: 'https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2024/june-2024/588-non-crime-reports-relating-to-safeguarding/',
  },
  {
    id: 'change.connect-flags',
    audiences: ['police'],
    what: "Met flags are now recorded on 'CRIS/CONNECT', CONNECT being the system that replaced CRIS and Merlin. Police users follow current CONNECT guidance for flags and outcome codes.",
    when: 'CONNECT from November 2022; Met FOI April 2025',
    source: 'https://www.met.police.uk/foi-ai/metropolitan-police/disclosure-2025/april-2025/criteria-locating-everyones-invited-flag-cris-connect/',
  },
  {
    id: 'change.bcu',
    audiences: ['police', 'social-care'],
    what: "The Met merged its 32 borough commands (BOCUs) into 12 Basic Command Units (BCUs): 'borough police' in the 2017 text now means the BCU safeguarding strand.",
    when: '2017 to early 2019',
    source: 'https://www.london.gov.uk/questions/2019/6437',
  },
  {
    id: 'change.hmicfrs',
    audiences: ['police'],
    what: "HMICFRS inspected the Met's handling of child exploitation and made 11 recommendations, including on victim-blaming language and missing children. On revisit its three causes of concern were closed and a 'child first' strategy is in place. Use language that never blames the child.",
    when: 'Report 9 February 2024; revisit 26 February 2025',
    source: 'https://hmicfrs.justiceinspectorates.gov.uk/publication-html/metropolitan-police-service-handling-of-sexual-and-criminal-exploitation-of-children/',
  },

  // London procedures and thresholds.
  {
    id: 'change.london-procedures',
    audiences: ['school', 'health', 'police', 'social-care'],
    what: 'The London Child Protection Procedures were renamed the London Safeguarding Children Procedures (now in their 7th edition), and police forms 87A and 87B were updated in April 2024. Use the current procedures and forms.',
    when: 'Renamed c. 31 March 2022; forms updated April 2024',
    source: 'https://www.londonsafeguardingchildrenprocedures.co.uk',
  },
  {
    id: 'change.london-procedures-cse',
    audiences: ['school', 'health', 'police', 'social-care'],
    what: "The London Safeguarding Children Procedures' sexual exploitation chapter now links to the 2021 protocol, removes the need for Multi-Agency Planning (MAP) meetings and says Core Procedures should be followed in all CSE cases.",
    when: 'Revised October 2022',
    source: 'https://www.londonsafeguardingchildrenprocedures.co.uk/sg_sex_exploit_ch.html',
  },
  {
    id: 'change.threshold-document',
    audiences: ['school', 'health', 'police', 'social-care'],
    what: "The London Threshold Document ('Continuum of Help and Support') was refreshed and agreed pan-London in 2023; it still uses Tiers/Levels 1 to 4. Use the current edition.",
    when: 'February 2023',
    source: 'https://kingstonandrichmondsafeguardingchildrenpartnership.org.uk/guidance-policies-and-procedures/threshold',
  },

  // National statutory guidance and advice.
  {
    id: 'change.working-together-2018',
    audiences: ['school', 'health', 'police', 'social-care'],
    what: 'The Children and Social Work Act 2017 abolished LSCBs (Local Safeguarding Children Boards). Working Together 2018 is the statutory guidance for the arrangements that replaced them, led by three statutory safeguarding partners: the local authority, the police and health (then the CCG, now the ICB). Where the protocol says LSCB, read the local safeguarding children partnership.',
    when: 'Published July 2018; new arrangements published by 29 June 2019',
    source: 'https://www.wirralsafeguarding.co.uk/working-together-to-safeguard-children-2018/',
  },
  {
    id: 'change.working-together-2023',
    audiences: ['school', 'health', 'police', 'social-care'],
    what: 'Working Together to Safeguard Children 2023 replaced the 2018 edition (which had replaced the 2015 guidance the protocol links to). It adds multi-agency practice standards, a stronger role for education and a section on harm outside the home. Check the current edition, including for strategy discussions.',
    when: '15 December 2023',
    source: 'https://staffsscb.org.uk/working-together-2023/',
  },
  {
    id: 'change.kcsie',
    audiences: ['school'],
    what: "Keeping Children Safe in Education added a part on child-on-child (formerly peer-on-peer) sexual violence and sexual harassment in 2018 and is updated every year. The latest edition this assistant's review records is KCSIE 2025, which flags future changes from the Casey audit and the Children's Wellbeing and Schools Act. Schools follow the current edition: check whether a later one has been published.",
    when: 'From 3 September 2018; annual updates, latest recorded KCSIE 2025',
    source: 'https://www.rezume.co.uk/keeping-children-safe-in-education/',
  },
  {
    id: 'change.ukcis-nudes',
    audiences: ['school', 'police', 'social-care'],
    what: "UKCIS 'Sharing nudes and semi-nudes' advice replaced the 2016 'Sexting in schools and colleges' (youth-produced sexual imagery) advice the protocol refers to. Never view, copy or share the images; an adult sharing nudes of an under-18 is child sexual abuse and must go to the police urgently. The advice also sends an incident straight to the police or children's social care where a child was coerced, blackmailed or groomed or there are concerns about their capacity to consent, the images show sexual acts unusual for the child's development or violent acts, a child in them is under 13, or a child is at immediate risk of harm.",
    when: 'December 2020; updated 11 March 2024',
    source: 'https://www.gov.uk/government/publications/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people/sharing-nudes-and-semi-nudes-advice-for-education-settings-working-with-children-and-young-people',
  },
  {
    id: 'change.cawn-advice',
    audiences: ['police', 'social-care'],
    what: 'The College of Policing issued national advice on Child Abduction Warning Notices (CAWNs): the two types (children under 16; children under 18 in care) and the procedure for issuing them.',
    when: '2019 (v1.0; review due July 2022)',
    source: 'https://pdfslide.net/documents/advice-for-safeguarding-children-through-use-of-a-child-abduction-2019-10-07-official.html',
  },

  // Sexual offences and orders: the Serious Crime Act 2015, the PCSC Act 2022 and the Online Safety Act 2023.
  {
    id: 'change.s15a',
    audiences: ['police', 'social-care'],
    what: 's67 of the Serious Crime Act 2015 inserted the offence of sexual communication with a child into the Sexual Offences Act 2003 as s15A.',
    when: 'In force 3 April 2017',
    source: 'https://www.kangssolicitors.co.uk/sexual-offences-grooming-kangs-sexual-offences-defence-solicitors/',
  },
  {
    id: 'change.pcsc-positions-of-trust',
    audiences: ['school', 'police', 'social-care'],
    what: 'Section 47 of the Police, Crime, Sentencing and Courts Act 2022 inserted s22A into the Sexual Offences Act 2003: an adult who regularly coaches, teaches, trains, supervises or instructs a 16- or 17-year-old in sport or religion is in a position of trust, so the ss16–19 offences apply.',
    when: 'In force 28 June 2022',
    source: 'https://www.basketballengland.co.uk/news/2022/positions-of-trust-a-change-in-the-law/',
  },
  {
    id: 'change.pcsc-orders',
    audiences: ['police', 'social-care'],
    what: 'The Police, Crime, Sentencing and Courts Act 2022 added positive requirements and, by section 174, a civil standard of proof (the balance of probabilities) to Sexual Risk Orders (SROs) and to Sexual Harm Prevention Orders (SHPOs) made on application.',
    when: 'Section 174 in force 29 November 2022',
    source: 'https://mortons-solicitors.co.uk/recent-changes-to-sexual-harm-prevention-orders',
  },
  {
    id: 'change.pcsc-sro',
    audiences: ['police', 'social-care'],
    what: 'The Police, Crime, Sentencing and Courts Act 2022 reformed SROs: courts can add positive requirements as well as prohibitions, applications are decided on the civil standard of proof, the balance of probabilities (s174; the protocol says criminal), the chief constables of the British Transport Police and the Ministry of Defence Police can also apply (s171), and courts have regard to the high-risk-countries list. The order now sits in ss122A–K of the Sexual Offences Act 2003.',
    when: 'In force 29 November 2022',
    source: 'https://legislation.gov.uk/ukpga/2003/42/section/122A/data.html',
  },
  {
    id: 'change.pcsc-shpo',
    audiences: ['police', 'social-care'],
    what: 'The Police, Crime, Sentencing and Courts Act 2022 changed SHPOs: on an application, the court decides on the civil standard of proof, the balance of probabilities (s174; the protocol says criminal); the chief constables of the British Transport Police and the Ministry of Defence Police can apply as well as the police and the NCA (s171); and courts can add positive requirements as well as prohibitions (s175). Applications sit in ss103A–K of the Sexual Offences Act 2003.',
    when: 'Section 174 in force 29 November 2022',
    source: 'https://mortons-solicitors.co.uk/recent-changes-to-sexual-harm-prevention-orders',
  },
  {
    id: 'change.sentencing-code-shpo',
    audiences: ['police', 'social-care'],
    what: 'An SHPO made on conviction is now made under the Sentencing Code (the Sentencing Act 2020, from section 343), not the Sexual Offences Act 2003; orders on application stay in the Sexual Offences Act 2003.',
    when: 'Sentencing Act 2020 in force 1 December 2020',
    source: 'https://www.gov.uk/government/publications/the-sentencing-code-guidance-for-drafters/the-sentencing-code-guidance-for-drafters',
  },
  {
    id: 'change.sentencing-code-cbo',
    audiences: ['police', 'social-care'],
    what: 'A Criminal Behaviour Order made on conviction is now made under the Sentencing Code (the Sentencing Act 2020), which replaced the provisions of Part 2 of the Anti-social Behaviour, Crime and Policing Act 2014 that the protocol cites.',
    when: 'Sentencing Act 2020 in force 1 December 2020',
    source: 'https://www.gov.uk/government/publications/the-sentencing-code-guidance-for-drafters/the-sentencing-code-guidance-for-drafters',
  },
  {
    id: 'change.online-safety-act',
    audiences: ['school', 'police', 'social-care'],
    what: 'The Online Safety Act 2023 added offences to the Sexual Offences Act 2003: cyber-flashing (s66A) and sharing or threatening to share intimate images (ss66B–D). It also gave Ofcom duties over online platforms.',
    when: 'Royal Assent 26 October 2023; offences in force 31 January 2024',
    source: 'https://5kbw.co.uk/resources/view-article/sexual-offences-in-the-online-safety-act-2023',
  },

  // The Crime and Policing Act 2026 and the Casey audit: check what is in force.
  {
    id: 'change.cce-2026',
    audiences: ['police', 'social-care'],
    what: 'The Crime and Policing Act 2026 creates a child criminal exploitation (CCE) offence and CCE Prevention Orders (police apply to a court; balance of probabilities that the adult has engaged in CCE, plus risk and necessity). Whether these sections are in force is not confirmed: check before relying on them.',
    when: 'Royal Assent 29 April 2026; commencement of these sections not confirmed',
    source: 'https://www.gov.uk/government/publications/circular-0042026-crime-and-policing-act-2026/circular-0042026-crime-and-policing-act-2026-accessible',
  },
  {
    id: 'change.duty-to-report-2026',
    audiences: ['school', 'health', 'police', 'social-care'],
    what: 'The Crime and Policing Act 2026 (Part 5, Chapter 2) creates a duty for adults in "relevant activity" (regulated activity with children, certain positions of trust, police) to report suspected child sexual abuse to the police or local authority. Not reporting carries no criminal penalty; obstructing a report is a new offence. Whether the duty is in force is not confirmed: check before relying on it, and never wait for it to report a concern.',
    when: 'Royal Assent 29 April 2026; commencement not confirmed',
    source: 'https://www.gov.uk/government/publications/crime-and-policing-bill-2025-delegated-powers-supplementary-memoranda/delegated-powers-memorandum-13-february-2026',
  },
  {
    id: 'change.respect-orders-2026',
    audiences: ['police', 'social-care'],
    what: 'The Crime and Policing Act 2026 confines Part 1 anti-social behaviour injunctions to people aged 10 to 17 and introduces Respect Orders for adults (18 and over). Whether these sections are in force is not confirmed: check before relying on them.',
    when: 'Royal Assent 29 April 2026; commencement of these sections not confirmed',
    source: 'https://beta.acthub.uk/uk/ukpga/2026-20',
  },
  {
    id: 'change.casey-rape-charge',
    audiences: ['police', 'social-care'],
    what: "The national audit on group-based child sexual exploitation and abuse (Baroness Casey) recommended, and the government accepted, that an adult who penetrates a child under 16 should be charged with rape, with 'Romeo and Juliet' safeguards for consensual teenage relationships. Check whether the law has changed.",
    when: 'Report 16 June 2025',
    source: 'https://www.lawgazette.co.uk/news/treat-children-as-children-casey-calls-for-rape-law-change/5123610.article',
  },

  // Trafficking and the National Referral Mechanism.
  {
    id: 'change.nrm-naba-2022',
    audiences: ['police', 'social-care'],
    what: "Part 5 of the Nationality and Borders Act 2022 changed the NRM: a reasonable-grounds decision now needs 'objective factors', the recovery period is set at 30 days, and there is a public-order disqualification.",
    when: 'In force 30 January 2023',
    source: 'https://yjlc.uk/resources/legal-updates/nationality-and-borders-act-2022-yet-another-setback-victims-modern-slavery',
  },
  {
    id: 'change.nrm-devolved-decisions',
    audiences: ['police', 'social-care'],
    what: 'In areas piloting devolved decision-making, NRM decisions about children may be made locally by multi-agency panels rather than nationally. Check whether your area is one of them.',
    when: 'Pilots from June 2021; guidance version 6, November 2023',
    source: 'https://www.gov.uk/government/publications/piloting-devolving-decision-making-for-child-victims-of-modern-slavery/devolving-child-decision-making-pilot-programme-general-guidance-accessible-version',
  },
  // Operation Makesafe, as the Met has tested it since (shared/protocol/operation-makesafe.md: test exercises).
  {
    id: 'change.makesafe-hotel-tests',
    audiences: ['business'],
    what: 'In 2018 and 2019 the Met tested about 100 London hotels with police cadets posing as guests. Staff were expected to "recognise the warning signs, refuse to rent out the room, and contact police".',
    when: 'October 2018 and March 2019',
    source: 'http://news.met.police.uk/news/hotel-staff-tested-on-awareness-of-child-sexual-exploitation-326343',
  },
  {
    id: 'change.ictg',
    audiences: ['police', 'social-care'],
    what: 'Independent Child Trafficking Guardians (ICTGs) now have statutory interim guidance. Check whether the service covers your area.',
    when: 'May 2024',
    source: 'https://www.gov.uk/government/publications/child-trafficking-advocates-early-adopter-sites/interim-guidance-for-independent-child-trafficking-guardians-accessible-version',
  },
] as const satisfies readonly Change[];

/** Every change id, checked when an entry cites one. */
export type ChangeId = (typeof definitions)[number]['id'];

export const changes: Change[] = z
  .array(changeSchema)
  .refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'change ids are unique')
  .parse(definitions);

export function changeById(id: string): Change {
  const found = changes.find((c) => c.id === id);
  if (found === undefined) throw new Error(`unknown change id ${id}`);
  return found;
}

/** One change as an entry's `since2017` note: `since2017: [change('change.connect-588')]`. */
export function change(id: ChangeId): Since2017 {
  const { what, when, source, audiences } = changeById(id);
  return { what, when, source, audiences };
}
