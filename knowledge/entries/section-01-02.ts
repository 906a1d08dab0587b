import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { md } from './text';

/** Sections 1 and 2 of the 2017 protocol: introduction, aims, principles, definition of CSE. */

export const section01To02Entries: KnowledgeEntryInput[] = [
  {
    id: 'section.1.introduction',
    kind: 'topic',
    title: 'About the London CSE Operating Protocol',
    summary:
      'A police-led, multi-agency, non-statutory protocol for safeguarding children from child sexual exploitation (CSE) that complements, and does not replace, the London Child Protection Procedures and other statutory guidance.',
    body: md(
      'The protocol sets out how the partnership will:',
      '- assess, challenge and provide an enhanced, effective service to reduce the harm and threats posed to children and young people from CSE; and',
      '- target offenders to prevent and disrupt criminal activity.',
      '',
      'It is non-statutory and is written to help practitioners, local leaders and decision makers who work with children and families to identify CSE and take appropriate action in response, including the management, disruption and prosecution of perpetrators.',
    ),
    audiences: ['all'],
    section: 'Section 1: Introduction',
    keywords: ['what has changed', 'changed since 2017', 'new protocol', 'protocol', 'London CSE protocol', 'CSE', 'child sexual exploitation', 'London Child Protection Procedures', 'CP procedures', 'non-statutory', 'purpose', 'still in force', 'current', 'up to date', 'out of date', 'replaced', 'superseded', '2017 protocol', '2021 protocol'],
    related: ['section.1.aims', 'section.1.principles', 'section.2.definition-of-cse'],
    since2017: [change('change.protocol-2021'), change('change.london-procedures')],
  },
  {
    id: 'section.1.aims',
    kind: 'topic',
    title: 'Aims of the protocol',
    summary:
      'The protocol aims to identify children at risk of sexual exploitation, keep the response child-centred, safeguard them, act against perpetrators and raise awareness.',
    body: md(
      '- To identify children at risk of being sexually exploited.',
      "- To ensure a child-centred approach: action is focused on the child's needs. This includes considering children with particular vulnerabilities or sensitivities, and the fact that children do not always acknowledge what may be an exploitative or abusive situation. Sexually exploited children are children in need of services under the Children Act 1989 and 2004. They are also children in need of protection.",
      '- To ensure the safeguarding and welfare of children and young people who are, or may be, at risk from sexual exploitation.',
      '- To work collaboratively to ensure that children and young people at risk of being sexually exploited are safeguarded.',
      '- To provide timely and effective interventions with children and families to safeguard those vulnerable to sexual exploitation.',
      '- To apply pro-active problem solving to address the risks associated with victims, offenders, locations and themes (VOLT).',
      '- To take action against those intent on abusing and exploiting children and young people by prosecuting and disrupting perpetrators.',
      '- To raise awareness and provide preventative education for the welfare of children and young people who are, or may be, sexually exploited.',
    ),
    audiences: ['all'],
    section: 'Section 1: Introduction – Aims',
    keywords: ['trying to achieve', 'what is it for', 'aims', 'child-centred', 'VOLT', 'victims offenders locations themes', 'children in need', 'Children Act 1989', 'Children Act 2004', 'prevention', 'awareness'],
    related: ['section.1.principles', 'section.7.mase-volt', 'glossary.volt'],
  },
  {
    id: 'section.1.principles',
    kind: 'topic',
    title: 'Principles of the multi-agency response',
    summary:
      'CSE is child sexual abuse: sexually exploited children are victims, not offenders, and they do not make informed choices to enter or remain in exploitation.',
    body: md(
      'The principles underpinning a multi-agency response to the sexual exploitation of children and young people include:',
      '- CSE is a form of Child Sexual Abuse.',
      '- Sexually exploited children should be treated as victims of abuse, not as offenders.',
      '- Sexual exploitation includes sexual, physical and emotional abuse and, in some cases, neglect.',
      '- Children do not make informed choices to enter or remain in sexual exploitation, but do so from coercion, enticement, manipulation or desperation.',
      '- Young people who are, or are at risk of, being sexually exploited will have varying levels of needs. They may have multiple vulnerabilities, so an appropriate multi-agency response and effective coordination and communication are essential.',
      "- Law enforcement must direct resources against the coercers and sex abusers, who are often adults but could also be the child's peers. It needs to be recognised that these peers may also be victims themselves.",
      '- Sexually exploited children are children in need of services under the Children Act 1989 and 2004. They are also children in need of immediate protection.',
    ),
    audiences: ['all'],
    section: 'Section 1: Introduction – Principles',
    keywords: ['principles', 'victim not offender', 'child sexual abuse', 'CSA', 'coercion', 'manipulation', 'informed choice', 'peers', 'children in need', 'immediate protection'],
    related: ['section.1.aims', 'section.2.definition-of-cse', 'cse-type.peer-on-peer'],
    since2017: [change('change.hmicfrs')],
  },
  {
    id: 'section.2.definition-of-cse',
    kind: 'topic',
    title: 'Definition of child sexual exploitation',
    summary:
      'CSE is a form of child sexual abuse where an individual or group takes advantage of an imbalance of power to coerce, manipulate or deceive a child under 18 into sexual activity in exchange for something the victim needs or wants, and/or for the financial advantage or increased status of the perpetrator or facilitator.',
    body: md(
      'CSE is a form of child sexual abuse that affects both boys and girls. Sexual abuse may involve physical contact, including assault by penetration (e.g. rape or oral sex) or non-penetrative acts such as masturbation, kissing, rubbing and touching outside clothing. It may include non-contact activities, such as involving children in the production of sexual images, forcing children to look at sexual images or watch sexual activities, encouraging children to behave in sexually inappropriate ways, or grooming a child in preparation for abuse (including via the internet).',
      '',
      'The definition (Department for Education, February 2017):',
      '',
      '> Child sexual exploitation is a form of child sexual abuse. It occurs where an individual or group takes advantage of an imbalance of power to coerce, manipulate or deceive a child or young person under the age of 18 into sexual activity (a) in exchange for something the victim needs or wants, and/or (b) for the financial advantage or increased status of the perpetrator or facilitator. The victim may have been sexually exploited even if the sexual activity appears consensual. Child sexual exploitation does not always involve physical contact; it can also occur through the use of technology.',
      '',
      'Source named by the protocol: Department for Education, February 2017, *Child sexual exploitation: Definition and a guide for practitioners, local leaders and decision makers working to protect children from child sexual exploitation*.',
    ),
    audiences: ['all'],
    section: 'Section 2: Definitions – Child Sexual Exploitation',
    keywords: ['boys', 'young men', 'male victims', 'who can be a victim', 'definition', 'what is CSE', 'child sexual exploitation', 'child sexual abuse', 'power imbalance', 'imbalance of power', 'coerce', 'manipulate', 'deceive', 'under 18', 'exchange', 'grooming', 'non-contact', 'online', 'DfE 2017'],
    related: ['section.1.principles', 'section.3.types-of-cse', 'section.10.age-and-consent'],
    since2017: [
      {
        what: 'The statutory definition was changed in February 2017, before this protocol, which already uses it; no later statutory redefinition was found. The Casey national audit (June 2025) flagged inconsistent definitions and data.',
        when: 'February 2017; Casey audit 16 June 2025',
        source: 'https://www.communitycare.co.uk/2017/02/16/government-changes-statutory-definition-child-sexual-exploitation/',
      },
    ],
  },
];
