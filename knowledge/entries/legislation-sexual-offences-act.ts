import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { APPENDIX_I_SECTIONS, md } from './text';

/** Appendix I legislation: the Sexual Offences Act 2003 offences the protocol lists. */

const LEGISLATION = APPENDIX_I_SECTIONS.legislation;
const OFFENDERS_AND_LEGISLATION = `${APPENDIX_I_SECTIONS.offenders}; Legislation`;

const ss47to50Body = (one: string): string =>
  md(
    `- ${one}`,
    '- Child under 18. It is one of the four offences in ss47–50 aimed at the sexual exploitation of children for payment or gain: paying for the sexual services of a child (s47); causing or inciting the sexual exploitation of a child (s48); controlling a child in relation to sexual exploitation (s49); arranging or facilitating the sexual exploitation of a child (s50).',
    '- The protocol lists it both among the offences the Sexual Offences Act 2003 introduced to recognise the grooming, coercion and control of children, and as positive action for offenders.',
  );

export const sexualOffencesActEntries: KnowledgeEntryInput[] = [
  {
    id: 'offence.soa-2003-overview',
    kind: 'offence',
    title: 'Sexual Offences Act 2003: the offences that recognise grooming, coercion and control',
    summary:
      'The Sexual Offences Act 2003 introduced offences that recognise the grooming, coercion and control of children (ss14, 15, 47–50, 57–59) and sorts offences against children into three broad categories: under 13, under 16 and under 18.',
    body: md(
      'The Sexual Offences Act 2003 introduced a range of offences that recognised the grooming, coercion and control of children:',
      '- s14: arranging or facilitating a child sex offence (child under 16);',
      '- s15: meeting a child following sexual grooming (child under 16);',
      '- s47: paying for the sexual services of a child;',
      '- s48: causing or inciting sexual exploitation of a child;',
      '- s49: controlling a child in relation to sexual exploitation;',
      '- s50: arranging or facilitating sexual exploitation of a child; and',
      '- ss57, 58 and 59: trafficking into, within or out of the UK for sexual exploitation.',
      '',
      'The Act includes three broad categories of sexual offences against children: offences against children under 13 (ss5–8), under 16 (ss9–15) and under 18 (including ss16–24, 25–29 and 47–50).',
      '',
      'When children at risk of CSE are found at repeat locations, orders such as Child Abduction Warning Notices (formerly Harbourer’s Warnings) should be considered. The protocol also points to the then-forthcoming APP on the management of sexual offenders and violent offenders.',
    ),
    audiences: ['police', 'social-care'],
    section: LEGISLATION,
    keywords: ['Sexual Offences Act 2003', 'SOA', 'sexual offences', 'grooming', 'coercion', 'control', 'offences against children', 'which offence', 'legislation', 'APP'],
    related: ['offence.soa-ss5-8', 'offence.soa-ss9-15', 'offence.soa-ss16-24', 'offence.soa-ss25-29', 'offence.soa-ss47-50', 'offence.soa-ss57-59', 'power.cawn'],
  },
  {
    id: 'offence.soa-ss5-8',
    kind: 'offence',
    title: 'Offences against children under 13 (SOA 2003 ss5–8)',
    summary:
      'Sexual activity with a child under 13 is an offence whatever the child appeared to agree to and whatever the defendant believed about the child’s age; maximum sentence life or 14 years’ imprisonment, depending on the offence.',
    body: md(
      'Sexual activity with a child under the age of 13 is an offence whatever the child appeared to agree to, and whatever the defendant believed about the child’s age. The offences are:',
      '- rape (s5);',
      '- assault by penetration (s6);',
      '- sexual assault (s7); and',
      '- causing or inciting a child under 13 to engage in sexual activity (s8).',
      '',
      'The offences carry a maximum sentence of life imprisonment or 14 years’ imprisonment, depending on which offence applies.',
    ),
    audiences: ['police', 'social-care', 'health', 'school'],
    section: `${LEGISLATION}: Offences against children under the age of 13 (ss 5 to 8)`,
    keywords: ['under 13', 'child under 13', 'rape of a child', 'assault by penetration', 'sexual assault', 'causing or inciting', 'section 5', 'section 6', 'section 7', 'section 8', 'age of consent', 'no defence'],
    related: ['offence.soa-ss9-15', 'offence.soa-2003-overview', 'section.10.age-and-consent'],
  },
  {
    id: 'offence.soa-ss9-15',
    kind: 'offence',
    title: 'Offences against children under 16 (SOA 2003 ss9–15)',
    summary:
      'Sexual activity with a child under 16 is an offence whatever the child appeared to agree to, unless the defendant reasonably believed the child was 16 or over (no such defence if the child is under 13); it covers six offences, including arranging a child sex offence (s14) and meeting a child after grooming (s15).',
    body: md(
      'These offences apply whether or not the child appeared to agree to the sexual activity but, unlike the offences against children under 13, no offence is committed if the defendant reasonably believed that the child was 16 or over. The offences are:',
      '- sexual activity with a child (s9);',
      '- causing or inciting a child to engage in sexual activity (s10);',
      '- engaging in sexual activity in the presence of a child (s11);',
      '- causing a child to watch a sexual act (s12);',
      '- arranging or facilitating the commission of a child sex offence (s14); and',
      '- meeting a child following sexual grooming (s15): as the protocol puts it, an offence is committed if an adult meets or communicates with a child on at least two previous occasions and then meets the child, arranges to meet the child, or (the adult or child) travels for such a meeting, where the adult intends to commit a sexual offence. Since 2015 one previous occasion is enough: see "since 2017".',
      '',
      'Sentences, as printed in the protocol: "a minimum sentence of 10 or 14 years’ imprisonment, depending on which offence applies" (in the Act these figures are maximum terms). Where the offender is under 18, the maximum sentence is five years’ imprisonment. If any of these offences is committed against a child under 13, the defendant’s belief about the child’s age is irrelevant.',
    ),
    audiences: ['police', 'social-care', 'health', 'school'],
    section: `${LEGISLATION}: Offences against children under the age of 16 (ss 9 to 15)`,
    keywords: ['under 16', 'child under 16', 'age of consent', 'sexual activity with a child', 'causing or inciting', 'in the presence of a child', 'watch a sexual act', 'reasonable belief', 'section 9', 'section 10', 'section 11', 'section 12', 'section 13', 'under-18 offender'],
    related: ['offence.soa-s14', 'offence.soa-s15', 'offence.soa-ss5-8', 'offence.sca-s67', 'section.10.age-and-consent'],
    since2017: [change('change.casey-rape-charge')],
  },
  {
    id: 'offence.soa-s14',
    kind: 'offence',
    title: 'Arranging or facilitating a child sex offence (SOA 2003 s14)',
    summary: 'Section 14 of the Sexual Offences Act 2003 makes it an offence to arrange or facilitate the commission of a child sex offence (child under 16).',
    body: md(
      '- Arranging or facilitating a child sex offence: s14 Sexual Offences Act 2003 (child under 16).',
      '- Listed by the protocol as positive action for offenders, among the offences recognising the grooming, coercion and control of children, and among the under-16 offences (ss9–15).',
    ),
    audiences: ['police'],
    section: OFFENDERS_AND_LEGISLATION,
    keywords: ['section 14', 's14', 'arranging', 'facilitating', 'child sex offence', 'under 16', 'procuring', 'setting up'],
    related: ['offence.soa-ss9-15', 'offence.soa-s15', 'offence.soa-s50'],
    since2017: [
      {
        what: 's46 of the Police, Crime, Sentencing and Courts Act 2022 widened s14 so that it covers arranging or facilitating any of the offences in ss5–13 (including the under-13 offences).',
        when: '2022',
        source: 'https://crimeline.co.uk/legislationdisplay/?leg=ukpga%2F2022%2F32%2Fpart%2F2%2Fchapter%2F4%2Fcrossheading%2Fsexual-offences%2Fenacted',
      },
    ],
  },
  {
    id: 'offence.soa-s15',
    kind: 'offence',
    title: 'Meeting a child following sexual grooming (SOA 2003 s15)',
    summary:
      'An adult commits an offence if, after earlier meetings or communications with a child under 16, they meet the child, arrange to meet, or either travels to meet, intending a sexual offence. The protocol says "at least two previous occasions"; since 13 April 2015 one is enough.',
    body: md(
      '- Meeting a child following sexual grooming: s15 Sexual Offences Act 2003 (child under 16).',
      '- As the protocol puts it: an offence is committed if an adult meets or communicates with a child on at least two previous occasions and then meets the child, arranges to meet the child, or (the adult or child) travels for such a meeting, where the adult intends to commit a sexual offence.',
      '- Since 13 April 2015 one earlier meeting or communication is enough (see "since 2017").',
      '- Sexual communication with a child that falls short of this is covered by the separate offence from s67 Serious Crime Act 2015 (now s15A Sexual Offences Act 2003).',
    ),
    audiences: ['police', 'school', 'social-care'],
    section: OFFENDERS_AND_LEGISLATION,
    keywords: ['section 15', 's15', 'grooming', 'meeting a child', 'online grooming', 'travel to meet', 'arrange to meet', 'groomer', 'under 16'],
    related: ['offence.sca-s67', 'offence.soa-ss9-15', 'offence.soa-s14', 'cse-type.online'],
    since2017: [
      change('change.s15a'),
      {
        what: 'Section 36 of the Criminal Justice and Courts Act 2015 changed "at least two" earlier meetings or communications to "at least one". The protocol’s "two previous occasions" was already out of date when it was published.',
        when: '13 April 2015 (before the protocol)',
        source: 'https://www.theyworkforyou.com/pbc/2013-14/Criminal_Justice_and_Courts_Bill/12-0_2014-03-27a.11.0',
      },
      {
        what: 'The Crime and Policing Bill (cl. 43 as introduced) made grooming a statutory aggravating factor when adults are sentenced for specified child sex offences. Confirm that it is in the 2026 Act as enacted and in force.',
        when: 'Bill 2025; Act Royal Assent 29 April 2026',
        source: 'https://parallelparliament.co.uk/mp/jess-phillips/debate/2025-04-08/commons/public-bill-committees/crime-and-policing-bill-eighth-sitting',
      },
    ],
  },
  {
    id: 'offence.soa-ss16-24',
    kind: 'offence',
    title: 'Abuse of a position of trust (SOA 2003 ss16–24)',
    summary:
      'Sexual offences involving the abuse of a position of trust (ss16–24) apply to all children under 18. Since June 2022 a position of trust also covers adults who coach, teach, train, supervise or instruct 16–17-year-olds in sport or religion (s22A).',
    body: md(
      '- A number of sexual offences in the Act apply to all children under 18. They include sexual offences where there is abuse of a position of trust (ss16 to 24).',
      '- When children at risk of CSE are found at repeat locations, orders such as Child Abduction Warning Notices (formerly Harbourer’s Warnings) should be considered.',
    ),
    audiences: ['police', 'school', 'social-care', 'health'],
    section: `${LEGISLATION}: Offences against children under the age of 18`,
    keywords: ['position of trust', 'abuse of trust', 'teacher', 'care worker', 'coach', 'sports coach', 'faith leader', 'religion', 'section 16', 'section 22A', '16 and 17 year olds', 'under 18'],
    related: ['offence.soa-ss25-29', 'offence.soa-ss47-50', 'offence.soa-2003-overview'],
    since2017: [change('change.pcsc-positions-of-trust')],
  },
  {
    id: 'offence.soa-ss25-29',
    kind: 'offence',
    title: 'Familial child sex offences (SOA 2003 ss25–29)',
    summary: 'Familial child sex offences (ss25–29 Sexual Offences Act 2003) apply to all children under 18.',
    body: md(
      '- A number of sexual offences in the Act apply to all children under 18. They include familial child sex offences (ss25 to 29).',
      '- Section 10 of the protocol reminds officers that the offender may be a member of the victim’s family, so the family home is not always a place of safety.',
    ),
    audiences: ['police', 'social-care'],
    section: `${LEGISLATION}: Offences against children under the age of 18`,
    keywords: ['familial', 'family member', 'incest', 'intrafamilial', 'section 25', 'section 26', 'family home', 'under 18'],
    related: ['offence.soa-ss16-24', 'cse-type.familial', 'section.10.perpetrators'],
  },
  {
    id: 'offence.soa-ss47-50',
    kind: 'offence',
    title: 'Sexual exploitation of children under 18 (SOA 2003 ss47–50)',
    summary:
      'Four offences target the sexual exploitation of children under 18 for payment or gain: paying for the sexual services of a child, causing or inciting, controlling, and arranging or facilitating the sexual exploitation of a child.',
    body: md(
      'The Act also provides offences specifically to tackle the commercial sexual exploitation of children under 18 (ss47 to 50). These offences are:',
      '- paying for the sexual services of a child (s47);',
      '- causing or inciting the sexual exploitation of a child (s48);',
      '- controlling a child in relation to sexual exploitation (s49); and',
      '- arranging or facilitating the sexual exploitation of a child (s50).',
    ),
    audiences: ['police', 'social-care'],
    section: `${LEGISLATION}: Offences against children under the age of 18`,
    keywords: ['sections 47 to 50', 'ss47-50', 'sexual exploitation of a child', 'paying for sex', 'controlling', 'pimping', 'arranging', 'facilitating', 'under 18', '16 and 17 year olds'],
    related: ['offence.soa-s47', 'offence.soa-s48', 'offence.soa-s49', 'offence.soa-s50', 'offence.soa-2003-overview'],
  },
  {
    id: 'offence.soa-s47',
    kind: 'offence',
    title: 'Paying for the sexual services of a child (SOA 2003 s47)',
    summary: 'Section 47 of the Sexual Offences Act 2003 makes paying for the sexual services of a child under 18 an offence.',
    body: ss47to50Body('Paying for the sexual services of a child: s47 Sexual Offences Act 2003.'),
    audiences: ['police'],
    section: OFFENDERS_AND_LEGISLATION,
    keywords: ['section 47', 's47', 'paying for sex', 'payment', 'buying sex', 'gifts', 'under 18'],
    related: ['offence.soa-ss47-50', 'offence.soa-s48'],
  },
  {
    id: 'offence.soa-s48',
    kind: 'offence',
    title: 'Causing or inciting the sexual exploitation of a child (SOA 2003 s48)',
    summary: 'Section 48 of the Sexual Offences Act 2003 makes causing or inciting the sexual exploitation of a child under 18 an offence.',
    body: ss47to50Body('Causing or inciting the sexual exploitation of a child: s48 Sexual Offences Act 2003.'),
    audiences: ['police'],
    section: OFFENDERS_AND_LEGISLATION,
    keywords: ['made her have sex with others', 'for money', 'section 48', 's48', 'causing', 'inciting', 'sexual exploitation', 'under 18'],
    related: ['offence.soa-ss47-50', 'offence.soa-s49'],
  },
  {
    id: 'offence.soa-s49',
    kind: 'offence',
    title: 'Controlling a child in relation to sexual exploitation (SOA 2003 s49)',
    summary: 'Section 49 of the Sexual Offences Act 2003 makes controlling a child under 18 in relation to sexual exploitation an offence.',
    body: ss47to50Body('Controlling a child in relation to sexual exploitation: s49 Sexual Offences Act 2003 (not to be confused with s49 Children Act 1989 or s49 RIPA 2000).'),
    audiences: ['police'],
    section: OFFENDERS_AND_LEGISLATION,
    keywords: ['section 49 SOA', 's49 Sexual Offences Act', 'controlling', 'control', 'pimping', 'sexual exploitation', 'under 18'],
    related: ['offence.soa-ss47-50', 'offence.soa-s50'],
  },
  {
    id: 'offence.soa-s50',
    kind: 'offence',
    title: 'Arranging or facilitating the sexual exploitation of a child (SOA 2003 s50)',
    summary: 'Section 50 of the Sexual Offences Act 2003 makes arranging or facilitating the sexual exploitation of a child under 18 an offence.',
    body: ss47to50Body('Arranging or facilitating the sexual exploitation of a child: s50 Sexual Offences Act 2003 (not to be confused with the s50 Children Act 1989 recovery order).'),
    audiences: ['police'],
    section: OFFENDERS_AND_LEGISLATION,
    keywords: ['section 50 SOA', 's50 Sexual Offences Act', 'arranging', 'facilitating', 'sexual exploitation', 'under 18'],
    related: ['offence.soa-ss47-50', 'offence.soa-s14'],
  },
  {
    id: 'offence.soa-ss57-59',
    kind: 'offence',
    title: 'Trafficking for sexual exploitation (SOA 2003 ss57–59, as the protocol lists them)',
    summary:
      'The protocol lists ss57, 58 and 59 of the Sexual Offences Act 2003: trafficking into, within or out of the UK for sexual exploitation. These sections have been repealed; trafficking for sexual exploitation is now prosecuted under s2 of the Modern Slavery Act 2015.',
    body: md(
      '- The protocol lists ss57, 58 and 59 of the Sexual Offences Act 2003: trafficking into, within or out of the UK for sexual exploitation.',
      '- The protocol also lists human trafficking under s2 of the Modern Slavery Act 2015 as a tactical option against offenders.',
      '- What changed (see "since 2017"): the Sentencing Council describes trafficking people for sexual exploitation as an offence under s59A of the Sexual Offences Act 2003, which the Modern Slavery Act 2015 repealed; such cases are prosecuted under s2 of the Modern Slavery Act 2015.',
    ),
    audiences: ['police', 'social-care'],
    section: LEGISLATION,
    keywords: ['trafficking', 'section 57', 'section 58', 'section 59', 'section 59A', 'trafficking into the UK', 'trafficking within the UK', 'trafficking out of the UK', 'sexual exploitation', 'Modern Slavery Act'],
    related: ['offence.msa-s2', 'tactic.victim.nrm-referral', 'section.10.trafficking-and-nrm'],
    since2017: [
      {
        what: 'The SOA trafficking-for-sexual-exploitation offence (by then s59A) was repealed by the Modern Slavery Act 2015; trafficking for sexual exploitation is prosecuted under s2 MSA 2015. In December 2017 the Sentencing Council added guidance on using the old guideline for s2 cases. The protocol’s listing of ss57–59 is out of date.',
        when: 'Modern Slavery Act 2015 (before the protocol); Sentencing Council note 19 December 2017',
        source: 'https://www.sentencingcouncil.org.uk/news/item/modern-slavery-guidance/',
      },
    ],
  },
];
