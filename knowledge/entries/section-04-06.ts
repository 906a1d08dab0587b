import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';

/** Sections 4 to 6: accountability, identifying CSE (vulnerabilities, categories), reporting. */

const md = (...lines: string[]): string => lines.join('\n');

const vulnerabilityIntro =
  'Section 5 lists this among the factors that can make a young person more vulnerable to exploitation. It is a vulnerability, not proof of exploitation: look at it together with the SAFEGUARD warning signs (Appendix A).';

type VulnerabilitySpec = {
  slug: string;
  title: string;
  wording: string;
  keywords: string[];
  related: string[];
};

const vulnerabilities: VulnerabilitySpec[] = [
  { slug: 'prior-abuse', title: 'Prior abuse or neglect', wording: 'having a prior experience of neglect, physical and/or sexual abuse', keywords: ['previous abuse', 'neglect', 'sexual abuse', 'physical abuse', 'history of abuse'], related: ['indicator.family-home.abuse-neglect'] },
  { slug: 'unsafe-home', title: 'No safe or stable home', wording: 'lack of a safe/stable home environment, now or in the past (e.g. domestic violence or parental substance misuse, mental health issues or criminality)', keywords: ['unstable home', 'domestic violence', 'domestic abuse', 'DV', 'parental substance misuse', 'parental mental health', 'parental criminality'], related: ['indicator.family-home.domestic-violence', 'indicator.family-home.substance-misuse', 'indicator.family-home.parental-mental-health', 'indicator.family-home.criminality'] },
  { slug: 'bereavement', title: 'Recent bereavement or loss', wording: 'recent bereavement or loss', keywords: ['bereavement', 'loss', 'grief', 'death in family'], related: ['indicator.family-home.bereavement'] },
  { slug: 'social-isolation', title: 'Social isolation or difficulties', wording: 'social isolation or social difficulties', keywords: ['isolated', 'lonely', 'no friends', 'social difficulties'], related: ['indicator.gangs-groups.older-individuals'] },
  { slug: 'no-safe-space-for-sexuality', title: 'No safe place to explore sexuality', wording: 'absence of a safe environment to explore sexuality', keywords: ['sexuality', 'sexual identity', 'coming out'], related: ['indicator.sexual-health.unsafe-context', 'indicator.sexual-health.unable-to-disclose-orientation'] },
  { slug: 'economic', title: 'Economic vulnerability', wording: 'economic vulnerability', keywords: ['poverty', 'money worries', 'debt', 'financial hardship'], related: ['indicator.gifts-money.debts', 'indicator.gifts-money.unexplained-money'] },
  { slug: 'missing', title: 'Missing from home or care', wording: 'missing from home or care', keywords: ['missing', 'misper', 'runaway', 'absent', 'missing from care'], related: ['indicator.absence.missing-repeat', 'section.9.missing-children'] },
  { slug: 'gang-association', title: 'Gang association', wording: 'gang association', keywords: ['gang', 'gang-affected', 'gang associated', 'county lines'], related: ['indicator.gangs-groups.gang-involvement', 'cse-type.gangs-and-groups'] },
  { slug: 'drugs-alcohol', title: 'Dependence on drugs or alcohol', wording: 'dependent on drugs and alcohol', keywords: ['drugs', 'alcohol', 'substance use', 'addiction', 'dependency'], related: ['indicator.alcohol-substances.substance-use'] },
  { slug: 'homelessness', title: 'Homelessness or insecure accommodation', wording: 'homelessness or insecure accommodation status', keywords: ['homeless', 'sofa surfing', 'insecure housing', 'temporary accommodation', 'hostel'], related: ['indicator.family-home.homelessness', 'indicator.family-home.care-temporary-accommodation'] },
  { slug: 'connections-to-exploited-children', title: 'Connections with exploited children', wording: 'connections with other children and young people who are being sexually exploited', keywords: ['friends exploited', 'peer network', 'associates', 'linked victims'], related: ['indicator.gangs-groups.friends-experiencing-cse'] },
  { slug: 'family-in-adult-sex-work', title: 'Family or connections in adult sex work', wording: 'family members or other connections involved in adult sex work', keywords: ['sex work', 'adult sex work', 'family connections'], related: [] },
  { slug: 'disability', title: 'Physical or learning disability', wording: 'having a physical or learning disability', keywords: ['disability', 'learning disability', 'LD', 'SEN', 'SEND', 'autism'], related: ['indicator.emotional-health.learning-difficulties', 'section.8.groups-facing-barriers'] },
  { slug: 'in-care', title: 'Being in care', wording: 'being in care (particularly those in residential care and those with interrupted care histories)', keywords: ['in care', 'LAC', 'looked after child', 'CLA', 'residential care', "children's home", 'placement moves', 'interrupted care'], related: ['indicator.family-home.care-temporary-accommodation', 'section.7.lac-placed-out-of-borough', 'glossary.lac'] },
  { slug: 'lgbt', title: 'LGBT or gender identity', wording: 'young people who are lesbian, gay, bisexual, transgender or whose gender identity differs from the sex they were given at birth', keywords: ['LGBT', 'LGBTQ+', 'gay', 'lesbian', 'bisexual', 'transgender', 'trans', 'gender identity'], related: ['indicator.sexual-health.unable-to-disclose-orientation', 'section.8.groups-facing-barriers'] },
];

const vulnerabilityEntries: KnowledgeEntryInput[] = vulnerabilities.map((v) => ({
  id: `vulnerability.${v.slug}`,
  kind: 'vulnerability',
  title: v.title,
  summary: `A factor that can make a young person more vulnerable to sexual exploitation: ${v.wording}.`,
  body: md(`Protocol wording: “${v.wording}”.`, '', vulnerabilityIntro),
  audiences: ['all'],
  section: 'Section 5: Identifying Child Sexual Exploitation – vulnerability factors',
  keywords: ['vulnerability', 'risk factor', ...v.keywords],
  related: ['section.5.identifying-cse', ...v.related],
}));

const categoryNote =
  'The police category does not refer to the risk posed to the young person but to the type of indicators seen at that time. It is determined by a review of the available evidence, observations of behaviours and a review of intelligence, and it can change as more is known. The SC&O17 Initial Assessment Team (IAT) reviews and categorises CSE reports; this assistant never assigns a category.';

const tierNote =
  "Children's Social Care (CSC) assess need in four tiers under the London Child Protection Procedures (thresholds guidance). The tier is the professional's judgement, based on the assessment of the child's needs; this assistant never assigns a tier.";

export const section04To06Entries: KnowledgeEntryInput[] = [
  {
    id: 'section.4.accountability',
    kind: 'topic',
    title: 'Accountability and organisational responsibility',
    summary:
      "Each agency appoints a senior leader to set up CSE accountability and a CSE lead (SPOC) who reports to the LSCB's Children's Services member or CSE sub-group chair.",
    body: md(
      'Each agency/organisation should appoint a member of its Senior Leadership Team to establish an accountability structure for CSE within the agency and to ensure the London CSE Operating Protocol is followed.',
      '',
      "The CSE lead (single point of contact, SPOC) for each agency reports to the Children's Services member on the Local Safeguarding Children Board (LSCB), or to the chair of the identified LSCB sub-group or equivalent that oversees CSE.",
      '',
      'The LSCB or equivalent should, directly or through a sub-group, establish a local strategy which includes:',
      '- a prevention strategy;',
      '- measures for identifying outcomes for CSE; and',
      "- an agreed approach to obtain a data set of CSE cases across Children's Services and other agencies.",
      '',
      "(The protocol's accountability framework diagram was an image and is not available as text.)",
    ),
    audiences: ['all'],
    section: 'Section 4: Accountability and organisational responsibility',
    keywords: ['accountability', 'CSE lead', 'SPOC', 'single point of contact', 'senior leadership', 'LSCB', 'sub-group', 'safeguarding partnership', 'data set', 'prevention strategy'],
    related: ['glossary.spoc', 'glossary.lscb', 'section.7.mase-governance'],
    since2017: [change('change.working-together-2018'), change('change.working-together-2023')],
  },
  {
    id: 'section.5.identifying-cse',
    kind: 'topic',
    title: 'Identifying CSE: a shared responsibility',
    summary:
      'Sexually exploited young people rarely disclose directly, so everyone working with young people shares the responsibility to know the vulnerabilities and the SAFEGUARD warning signs.',
    body: md(
      'Sexually exploited young people rarely approach the police or social workers directly and disclose that they are being exploited. It is a shared responsibility for all to identify young people vulnerable to, at risk of, or experiencing CSE. Everyone working with young people should be aware of the vulnerabilities and risk indicators.',
      '',
      'The mnemonic **S.A.F.E.G.U.A.R.D.** (Appendix A) helps frontline practitioners identify and remember the signs.',
      '',
      'Factors that can make a young person more vulnerable to exploitation:',
      '- having a prior experience of neglect, physical and/or sexual abuse;',
      '- lack of a safe/stable home environment, now or in the past (e.g. domestic violence or parental substance misuse, mental health issues or criminality);',
      '- recent bereavement or loss;',
      '- social isolation or social difficulties;',
      '- absence of a safe environment to explore sexuality;',
      '- economic vulnerability;',
      '- missing from home or care;',
      '- gang association;',
      '- dependent on drugs and alcohol;',
      '- homelessness or insecure accommodation status;',
      '- connections with other children and young people who are being sexually exploited;',
      '- family members or other connections involved in adult sex work;',
      '- having a physical or learning disability;',
      '- being in care (particularly those in residential care and those with interrupted care histories); and',
      '- young people who are lesbian, gay, bisexual, transgender or whose gender identity differs from the sex they were given at birth.',
    ),
    audiences: ['all'],
    section: 'Section 5: Identifying Child Sexual Exploitation',
    keywords: ['identifying CSE', 'spotting CSE', 'warning signs', 'vulnerabilities', 'risk factors', 'SAFEGUARD', 'disclosure', 'shared responsibility'],
    related: ['section.appendix-a.safeguard', ...vulnerabilityEntries.map((v) => v.id), 'section.5.category-levels'],
    since2017: [change('change.duty-to-report-2026')],
  },
  ...vulnerabilityEntries,
  {
    id: 'section.5.category-levels',
    kind: 'topic',
    title: 'Police categories and CSC tiers: how they fit together',
    summary:
      "Police categories 1 to 3 describe the type of CSE indicators seen on a criminal evidential basis, not the risk; CSC tiers 1 to 4 describe the child's needs. A separate risk assessment is still needed.",
    body: md(
      'When CSE has been identified, there are three police category levels to assess the nature of the abuse. The police categories do **not** refer to the risk posed to the young person, but to the type of indicators that can be seen at that time. A category level is determined by a review of the available evidence, observations of behaviours and a review of intelligence. As more is known about a young person or a situation, the category level can change.',
      '',
      "Children's Social Care (CSC) assess need in four tiers, as set out in the London Child Protection Procedures.",
      '',
      "- Any assessment of risk should be based on the category level **and** the assessment of the child's needs.",
      "- The police category is based on a criminal evidential basis; the CP procedures thresholds are based on the assessment of the child's needs.",
      "- A separate risk assessment must be conducted, based on all the known information on both the police's and CSC's databases. It should be clearly documented on the police crime recording system.",
      '- The police categories and the needs assessment complement each other (Appendix B flowchart, an image not available as text).',
      '',
      'This assistant explains the definitions; it never assigns a category or tier.',
    ),
    audiences: ['all'],
    section: 'Section 5: Identifying Child Sexual Exploitation – police categories and CSC tiers',
    keywords: ['category', 'categories', 'CSE level', 'CSE category', 'tier', 'threshold', 'levels of need', 'risk assessment', 'Appendix B', 'cat 1, 2 and 3', 'difference between the categories'],
    related: ['category.police-1', 'category.police-2', 'category.police-3', 'category.csc-tier-1', 'category.csc-tier-2', 'category.csc-tier-3', 'category.csc-tier-4'],
    since2017: [change('change.categories-removed'), change('change.threshold-document')],
  },
  {
    id: 'category.police-1',
    kind: 'category',
    title: 'Police category 1',
    summary:
      'A vulnerable child where there are concerns they are being targeted and groomed and CSE warning signs have been identified, but at this stage no evidence of any offences.',
    body: md(
      'Protocol definition: “A vulnerable child or young person, where there are concerns they are being targeted and groomed, and where any of the CSE warning signs have been identified. However, at this stage there is no evidence of any offences.”',
      '',
      'Recorded on CRIS with the LA flag. Responsibility for category 1 investigations and interventions rests with borough police and partner agencies where the child resides.',
      '',
      categoryNote,
    ),
    audiences: ['police', 'social-care'],
    section: 'Section 5: Identifying Child Sexual Exploitation – Police category 1',
    keywords: ['category 1', 'cat 1', 'level 1', 'CSE level 1', 'grooming', 'targeted', 'no offences', 'LA flag'],
    related: ['section.5.category-levels', 'flag.la', 'section.6.case-ownership', 'category.police-2'],
    since2017: [change('change.categories-removed')],
  },
  {
    id: 'category.police-2',
    kind: 'category',
    title: 'Police category 2',
    summary:
      'Evidence a child is being targeted for opportunistic abuse through sex being exchanged for drugs, perceived affection, belonging, accommodation, money or goods, or being exploited through technology; coercion and control are likely.',
    body: md(
      'Protocol definition: “Evidence a child or young person is being targeted for opportunistic abuse through the exchange of sex for drugs, perceived affection, sense of belonging, accommodation (overnight stays), money and goods etc. This includes being sexually exploited through the use of technology without receiving any reward, i.e. the exchange of indecent images online. The likelihood of coercion and control is significant.”',
      '',
      'Recorded on CRIS with the LB flag. Responsibility for **non-contact online** category 2 investigations and interventions rests with borough police and partner agencies where the child resides.',
      '',
      categoryNote,
    ),
    audiences: ['police', 'social-care'],
    section: 'Section 5: Identifying Child Sexual Exploitation – Police category 2',
    keywords: ['category 2', 'cat 2', 'level 2', 'CSE level 2', 'opportunistic abuse', 'exchange', 'overnight stays', 'indecent images online', 'coercion', 'LB flag'],
    related: ['section.5.category-levels', 'flag.lb', 'section.6.case-ownership', 'cse-type.opportunistic', 'cse-type.online'],
    since2017: [change('change.categories-removed')],
  },
  {
    id: 'category.police-3',
    kind: 'category',
    title: 'Police category 3',
    summary:
      'A child whose sexual exploitation is habitual, often not recognised or denied by the child, where coercion or control is implicit, often by multiple perpetrators.',
    body: md(
      'Protocol definition: “A child or young person whose sexual exploitation is habitual, often self-denied and where coercion/control is implicit. This is often carried out by multiple perpetrators.”',
      '',
      "'Self-denied' reflects that children do not always acknowledge what may be an exploitative or abusive situation (Section 1: Aims); children do not make informed choices to enter or remain in sexual exploitation (Section 1: Principles).",
      '',
      'Recorded on CRIS with the LC flag.',
      '',
      categoryNote,
    ),
    audiences: ['police', 'social-care'],
    section: 'Section 5: Identifying Child Sexual Exploitation – Police category 3',
    keywords: ['category 3', 'cat 3', 'level 3', 'CSE level 3', 'habitual', 'multiple perpetrators', 'coercion', 'control', 'LC flag'],
    related: ['section.5.category-levels', 'flag.lc', 'cse-type.organised-networked', 'section.1.principles'],
    since2017: [change('change.categories-removed')],
  },
  {
    id: 'category.csc-tier-1',
    kind: 'category',
    title: 'CSC tier 1',
    summary: 'Children with no additional needs whose health and development needs can be met by universal services.',
    body: md('Protocol wording: “Tier 1 – Children with no additional needs whose health and development needs can be met by universal services.”', '', tierNote),
    audiences: ['all'],
    section: "Section 5: Identifying Child Sexual Exploitation – Children's Social Care tiers",
    keywords: ['tier 1', 'level 1', 'universal services', 'no additional needs', 'threshold'],
    related: ['section.5.category-levels', 'category.csc-tier-2'],
    since2017: [change('change.threshold-document')],
  },
  {
    id: 'category.csc-tier-2',
    kind: 'category',
    title: 'CSC tier 2',
    summary: "Children with additional needs that can be met through 'early help'; a referral to CSC is not required.",
    body: md("Protocol wording: “Tier 2 – Children with additional needs that can be met through the provisions of 'early help' – a referral to CSC is not required.”", '', tierNote),
    audiences: ['all'],
    section: "Section 5: Identifying Child Sexual Exploitation – Children's Social Care tiers",
    keywords: ['tier 2', 'level 2', 'early help', 'additional needs', 'threshold'],
    related: ['section.5.category-levels', 'category.csc-tier-1', 'category.csc-tier-3'],
    since2017: [change('change.threshold-document')],
  },
  {
    id: 'category.csc-tier-3',
    kind: 'category',
    title: 'CSC tier 3',
    summary: 'Children with complex needs who need statutory and specialist services; a referral to CSC is required.',
    body: md('Protocol wording: “Tier 3 – Children with complex needs who need statutory and specialist services. A referral to CSC is required.”', '', tierNote),
    audiences: ['all'],
    section: "Section 5: Identifying Child Sexual Exploitation – Children's Social Care tiers",
    keywords: ['tier 3', 'level 3', 'complex needs', 'statutory services', 'specialist services', 'referral to CSC', 'threshold'],
    related: ['section.5.category-levels', 'category.csc-tier-2', 'category.csc-tier-4', 'section.6.mash-and-cse'],
    since2017: [change('change.threshold-document')],
  },
  {
    id: 'category.csc-tier-4',
    kind: 'category',
    title: 'CSC tier 4',
    summary: 'Children in acute need who require immediate referral to CSC and/or the police.',
    body: md('Protocol wording: “Tier 4 – Children in acute need. Require immediate referral to CSC and/or the police.”', '', tierNote),
    audiences: ['all'],
    section: "Section 5: Identifying Child Sexual Exploitation – Children's Social Care tiers",
    keywords: ['tier 4', 'level 4', 'acute need', 'immediate referral', 'child protection', 'threshold'],
    related: ['section.5.category-levels', 'category.csc-tier-3', 'section.6.mash-and-cse', 'power.police-protection'],
    since2017: [change('change.threshold-document')],
  },
  {
    id: 'section.6.mash-and-cse',
    kind: 'topic',
    title: 'MASH and CSE',
    summary:
      'The Multi-Agency Safeguarding Hub (MASH) spots CSE warning signs in referrals, triggers a risk assessment and passes the information to police and CSC to progress investigation or intervention.',
    body: md(
      'The MASH has a key role in establishing who is at risk of CSE by identifying the warning signs within referral notifications. These signals trigger a risk assessment, channelled through the agreed pathways to progress services such as investigations or interventions.',
      '',
      '- Information gathered from partners within MASH is assessed by CSC and appropriate partner agencies, case by case.',
      '- Where CSE is identified as a risk within a MASH, the relevant information is passed to police and CSC to progress any investigation or intervention.',
      '- The MASH product gives an initial assessment so that police officers, social workers and professionals can progress the case assessment, plan to reduce the risk, support the welfare of the victim(s) and pursue any offenders.',
      '- Professionals use the information for an initial assessment of the level of risk to victims and potential victims, to inform investigations and tactical options for agencies already involved with the child, and to identify any welfare needs.',
      '',
      "Children and young people who go missing are acknowledged by the Children's Commissioner as being at a greater risk of CSE.",
    ),
    audiences: ['all'],
    section: 'Section 6: Reporting suspicions of CSE – MASH and CSE',
    keywords: ['MASH', 'multi-agency safeguarding hub', 'referral', 'front door', 'risk assessment', 'information sharing', 'report a concern'],
    related: ['section.6.referral-desks', 'glossary.mash', 'section.9.missing-children'],
    since2017: [
      {
        what: "The Data Protection Act 2018 and UK GDPR allow processing for safeguarding children and individuals at risk; see the ICO's 10-step guide to sharing information to safeguard children.",
        when: 'DPA 2018 from 25 May 2018; ICO guide 14 September 2023',
        source: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/data-sharing/a-10-step-guide-to-sharing-information-to-safeguard-children/',
      },
    ],
  },
  {
    id: 'section.6.referral-desks',
    kind: 'topic',
    title: 'Referral desks: with or without an allocated social worker',
    summary:
      'With no allocated social worker (ASW), the MASH creates a non-crime 587/00 CSE CRIS report flagged ES; with an ASW, the referral goes to the ASW, who refers via an 87A to the CAIT referral desk.',
    body: md(
      '**No allocated social worker (ASW)**',
      'When a CSE-related Merlin or any other CSE-related referral is received within a MASH and there is no ASW, the MASH creates the non-crime 587/00 CSE Crime Report Information System (CRIS) report and flags it ES (Appendix E).',
      '',
      '**There is an ASW**',
      "Merlins and referrals that report or contain CSE concerns where there is an ASW are passed straight to that ASW, who must then make a referral via an 87A to SC&O17's Child Abuse Investigation Team (CAIT) referral desk (or the equivalent under the Borough Command Unit (BCU) model), where a CRIS report is completed.",
      '',
      '**Then**',
      '- Any strategy discussions held are cross-referenced with the originating Merlin or CRIS report.',
      '- A Child Risk Assessment Matrix is not necessary on the CRIS, and the SC&O17 referral desk is not expected to retain ownership of CSE CRIS reports.',
      '- The SC&O17 Initial Assessment Team (IAT) reviews all 587/00 CSE CRIS and crime CRIS flagged ES and EU, and categorises them to inform which investigative unit is best placed to investigate.',
      '',
      "Appendix C (a flowchart, not available as text) shows the basic pathway for a non-police CSE referral. The key aim is to make children at risk of CSE 'visible' by recording those concerns and risks on CRIS with appropriate safeguarding action.",
    ),
    audiences: ['police', 'social-care'],
    section: 'Section 6: Reporting suspicions of CSE – Referral desks',
    keywords: ['referral desk', 'ASW', 'allocated social worker', '87A', '87a referral', '587/00', '587', 'non-crime report', 'CRIS', 'CAIT', 'IAT', 'initial assessment team', 'SC&O17', 'ES flag', 'Appendix C'],
    related: ['section.6.mash-and-cse', 'flag.es', 'flag.eu', 'section.appendix-e.recording-suspicions', 'glossary.asw', 'glossary.iat', 'glossary.cait', 'glossary.cris', 'meeting.strategy-discussion'],
    since2017: [change('change.connect-588'), change('change.london-procedures'), change('change.specialist-crime-escalation')],
  },
  {
    id: 'section.6.police-reporting-pathway',
    kind: 'topic',
    title: 'Police officer reporting pathway',
    summary:
      "Officers complete a Merlin PAC (with its CSE category) and a CRIS report even where no crime is alleged, cross-reference the two, and consider police protection first if the child is at immediate risk of significant harm.",
    body: md(
      'All police officers have a duty to safeguard and protect children under s11 of the Children Act 2004.',
      '',
      '- MPS procedures require officers to complete a Merlin Pre-Assessment Checklist (PAC) for a child who comes to notice, including where a child is believed to be at risk of CSE. There is a specific category on the Merlin PAC to highlight a CSE concern.',
      '- The initial investigating officer also completes a CRIS report even where no actual allegation of crime is made and no offence has been alleged.',
      '- The Merlin reference number must be cross-referenced onto the CRIS report.',
      '',
      "When an officer identifies that a child (anyone under 18) is at risk of CSE, the first consideration must be the child's protection and safety. If the officer believes the child is at immediate risk of significant harm, police protection must be considered and the appropriate procedures complied with.",
      '',
      "Appendix D (a flowchart, not available as text) shows the frontline officer's pathway.",
    ),
    audiences: ['police'],
    section: 'Section 6: Reporting suspicions of CSE – CSE police officer reporting pathway',
    keywords: ['police pathway', 'Merlin', 'Merlin PAC', 'pre-assessment checklist', 'CRIS', 'non-crime', 'police protection', 's46', 'section 11 Children Act 2004', 'immediate risk', 'Appendix D'],
    related: ['section.6.case-ownership', 'power.police-protection', 'glossary.merlin-pac', 'glossary.cris', 'section.6.cse-flagging'],
    since2017: [change('change.connect-588')],
  },
  {
    id: 'section.6.case-ownership',
    kind: 'topic',
    title: 'Which borough owns a CSE case',
    summary:
      'Police category 1 and non-contact online category 2 work rests with borough police and partners where the child resides; the borough where exploitation happens makes enquiries for the owning borough.',
    body: md(
      'Responsibility for police category 1 and non-contact online police category 2 investigations and interventions rests with borough police and partner agencies where the child resides (for children who are not looked after children).',
      '',
      '- Where the exploitation is taking place away from where the child resides, the borough where it is taking place conducts any necessary enquiries on behalf of the owning borough, including liaison with Children’s Services local to where the risks are apparent.',
      '- For looked after children (LAC), the London CP procedures are followed. The lead police responsibility remains with the borough where the child resides.',
    ),
    audiences: ['police', 'social-care'],
    section: 'Section 6: Reporting suspicions of CSE – CSE police officer reporting pathway',
    keywords: ['ownership', 'owning borough', 'which borough', 'where the child lives', 'resides', 'cross-border', 'LAC', 'looked after child', 'category 1', 'non-contact online'],
    related: ['category.police-1', 'category.police-2', 'section.7.lac-placed-out-of-borough', 'section.7.mase-information-sharing'],
    since2017: [change('change.bcu'), change('change.categories-removed')],
  },
  {
    id: 'section.6.cse-flagging',
    kind: 'topic',
    title: 'Flagging CSE',
    summary:
      'Flagging CSE is good practice so information is shared across the partnership, risks are easy to identify, and CSE in London can be mapped and analysed.',
    body: md(
      'It is good practice to flag CSE so that this information is shared between the partnerships and risks are easily identifiable. This enables information to be used to map and analyse CSE in London.',
      '',
      'Police flags and outcome codes are in Appendix E: flags ES, GE, GA, LA, LB, LC and EU; outcome codes MI, FP, FO and FQ.',
    ),
    audiences: ['all'],
    section: 'Section 6: Reporting suspicions of CSE – CSE flagging',
    keywords: ['flag', 'flagging', 'flags', 'CSE flag', 'marker', 'outcome codes', 'Appendix E', 'mapping'],
    related: ['section.appendix-e.recording-suspicions', 'flag.es', 'flag.eu', 'flag.ge', 'flag.ga', 'flag.la', 'flag.lb', 'flag.lc', 'outcome.mi', 'outcome.fp', 'outcome.fo', 'outcome.fq'],
    since2017: [change('change.connect-flags')],
  },
];
