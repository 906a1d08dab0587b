import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { md } from './text';

/** Section 5: the police categories and the CSC tiers. */

const categoryNote =
  'The police category does not refer to the risk posed to the young person but to the type of indicators seen at that time. It is determined by a review of the available evidence, observations of behaviours and a review of intelligence, and it can change as more is known. The SC&O17 Initial Assessment Team (IAT) reviews and categorises CSE reports; this assistant never assigns a category.';

const tierNote =
  "Children's Social Care (CSC) assess need in four tiers under the London Child Protection Procedures (thresholds guidance). The tier is the professional's judgement, based on the assessment of the child's needs; this assistant never assigns a tier.";

export const section05CategoryEntries: KnowledgeEntryInput[] = [
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
    keywords: ['what category', 'which category', 'categorise the case', 'category', 'categories', 'CSE level', 'CSE category', 'tier', 'threshold', 'levels of need', 'risk assessment', 'Appendix B', 'cat 1, 2 and 3', 'difference between the categories'],
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
    keywords: ['category 1', 'cat 1', 'category 1', 'cat 1', 'level 1', 'CSE level 1', 'grooming', 'targeted', 'no offences', 'LA flag'],
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
    keywords: ['highest tier', 'top tier', 'tier 4', 'level 4', 'acute need', 'immediate referral', 'child protection', 'threshold'],
    related: ['section.5.category-levels', 'category.csc-tier-3', 'section.6.mash-and-cse', 'power.police-protection'],
    since2017: [change('change.threshold-document')],
  },
];
