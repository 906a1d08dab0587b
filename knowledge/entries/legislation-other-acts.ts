import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { APPENDIX_I_SECTIONS, md } from './text';

/** Appendix I legislation: the offences under other Acts (Serious Crime Act, Modern Slavery Act, Child Abduction Act). */

const LEGISLATION = APPENDIX_I_SECTIONS.legislation;
const OFFENDERS_AND_LEGISLATION = `${APPENDIX_I_SECTIONS.offenders}; Legislation`;

export const otherActsEntries: KnowledgeEntryInput[] = [
  {
    id: 'offence.sca-s67',
    kind: 'offence',
    title: 'Sexual communication with a child (Serious Crime Act 2015 s67)',
    summary:
      'An adult (18 or over) commits an offence by communicating with a child under 16, whom they do not reasonably believe to be 16 or over, for sexual gratification, where the communication is sexual or meant to draw a sexual reply; maximum two years’ imprisonment.',
    body: md(
      '- Section 67 of the Serious Crime Act 2015 creates an offence of sexual communication with a child, which helps make sure young people are fully protected by the law and allows the authorities to intervene earlier to prevent more serious offending against children.',
      '- It criminalises a person aged 18 or over who communicates with a child under 16 (whom the adult does not reasonably believe to be 16 or over), if the communication is sexual or is intended to elicit from the child a communication which is sexual.',
      '- The offence applies only where the defendant can be shown to have acted for the purpose of obtaining sexual gratification. Ordinary social or educational interactions between children and adults, or communications between young people themselves, are not caught.',
      '- The offence extends to England and Wales and carries a maximum of two years’ imprisonment.',
    ),
    audiences: ['police', 'school', 'social-care'],
    section: `${LEGISLATION}: Offences against children under the age of 18`,
    keywords: ['sexual communication with a child', 'section 67', 's67', 'section 15A', 's15A', 'sexting', 'sexual messages', 'online grooming', 'chat', 'Serious Crime Act 2015', 'under 16'],
    related: ['offence.soa-s15', 'offence.soa-ss9-15', 'cse-type.online', 'tactic.offender.open-source-checks'],
    since2017: [change('change.s15a'), change('change.online-safety-act')],
  },
  {
    id: 'offence.msa-s2',
    kind: 'offence',
    title: 'Human trafficking (Modern Slavery Act 2015 s2)',
    summary:
      'A person commits an offence by arranging or facilitating the travel of another person (V) with a view to V being exploited; it makes no difference whether V agreed to the travel, and travel includes travel within a country.',
    body: md(
      'Part 1, section 2 of the Modern Slavery Act 2015, as set out in the protocol:',
      '1. A person commits an offence if the person arranges or facilitates the travel of another person ("V") with a view to V being exploited.',
      '2. It is irrelevant whether V agrees to the travel (whether V is an adult or a child).',
      '3. A person may in particular arrange or facilitate V’s travel by recruiting V, transporting or transferring V, harbouring or receiving V, or transferring or exchanging control over V.',
      '4. A person arranges or facilitates V’s travel with a view to V being exploited only if: (a) the person intends to exploit V (in any part of the world) during or after the travel; or (b) the person knows or ought to know that another person is likely to exploit V (in any part of the world) during or after the travel.',
      '5. "Travel" means: (a) arriving in, or entering, any country; (b) departing from any country; or (c) travelling within any country.',
      '6. A UK national commits an offence under this section regardless of (a) where the arranging or facilitating takes place, or (b) where the travel takes place.',
      '7. A person who is not a UK national commits an offence under this section if (a) any part of the arranging or facilitating takes place in the UK, or (b) the travel consists of arrival in or entry into, departure from, or travel within, the UK.',
      '',
      'Section 10 of the protocol adds that children moved from (or through) one borough to another for the suspected purposes of sexual exploitation should be considered trafficked, and that for children only movement and exploitation need be shown.',
    ),
    audiences: ['police', 'social-care'],
    section: `${OFFENDERS_AND_LEGISLATION} (Modern Slavery Act s2)`,
    keywords: ['human trafficking', 'trafficking', 'Modern Slavery Act', 'MSA', 'section 2', 's2', 'arranging or facilitating travel', 'travel within the UK', 'internal trafficking', 'county lines', 'harbouring', 'exploitation'],
    related: ['tactic.victim.nrm-referral', 'section.10.trafficking-and-nrm', 'offence.soa-ss57-59', 'power.slavery-trafficking-risk-order', 'power.slavery-trafficking-prevention-order', 'power.vehicle-forfeiture', 'glossary.nrm'],
    since2017: [change('change.cce-2026')],
  },
  {
    id: 'offence.caa-s2',
    kind: 'offence',
    title: 'Abduction of a child by other persons (Child Abduction Act 1984 s2)',
    summary:
      'Where a Child Abduction Warning Notice is breached, consider criminal charges for abduction of a child under 16 by other persons under s2 of the Child Abduction Act 1984.',
    body: md(
      '- Abduction of a child by other persons: s2 Child Abduction Act 1984.',
      '- Where a CAWN is breached, consideration may be given to proceeding with criminal charges for the abduction of a child under 16 by other persons.',
      '- For a child in care (care order, EPO or police protection) see the s49 Children Act 1989 offence.',
    ),
    audiences: ['police'],
    section: 'Appendix I: Tactical options and legislation – Positive action for offenders',
    keywords: ['child abduction', 'abduction', 'Child Abduction Act 1984', 'section 2', 's2', 'CAWN breach', 'harbouring', 'under 16', 'taking or detaining a child'],
    related: ['power.cawn', 'power.abduction-child-in-care', 'glossary.cawn'],
  },
];
