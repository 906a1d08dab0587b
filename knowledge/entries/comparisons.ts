import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { APPENDIX_I_SECTIONS, md } from './text';

/**
 * Two things practitioners confuse, compared on one card: how they differ, each difference cited. A question
 * naming both ("difference between a CAWN and an SRO") finds this before the two entries (knowledge/searchComparison.ts).
 */

export const comparisonEntries: KnowledgeEntryInput[] = [
  {
    id: 'compare.cawn-or-sro',
    kind: 'topic',
    title: 'CAWN or Sexual Risk Order: how they differ',
    summary:
      'A CAWN is a police notice, authorised by an inspector, warning an adult away from a child under 16 (under 18 in care); breaching it can lead to abduction charges but is not itself an offence. An SRO is a civil order the magistrates’ court makes, on a police or NCA application, against someone who has done an act of a sexual nature; breaching it is an offence.',
    body: md(
      '**A CAWN or a Sexual Risk Order?**',
      '- **Who asks, who grants**: police issue a CAWN, authorised by an inspector, not by a court (Appendix I: Child Abduction Warning Notices). The police or the NCA apply for an SRO, and the magistrates’ court makes it (Appendix I: Sexual Risk Order).',
      '- **Ages**: a CAWN is about a child under 16, or under 18 if subject to a full care order (s2 Child Abduction Act 1984; s49 Children Act 1989). An SRO protects the public in the UK, or children and vulnerable adults overseas, from sexual harm; it names no age (Appendix I).',
      '- **When**: a CAWN when a child in the suspect’s company gives significant cause for concern, or a missing child has been found with the suspect two or more times. An SRO when the person has done an act of a sexual nature and as a result poses a risk of sexual harm; no conviction is needed (Appendix I).',
      '- **What it does**: a CAWN warns the adult away from the child. An SRO can prohibit anything described in it, including travel overseas, lasts at least two years and requires name and address notification within three days (Appendix I).',
      '- **Breach**: breaching an SRO is a criminal offence, up to five years’ imprisonment (Appendix I). Where a CAWN is breached, police may consider charges of abduction of a child under 16 (s2 Child Abduction Act 1984) or of a child in care (s49 Children Act 1989) (Appendix I); the breach is not itself an offence (not in the protocol’s text: a 2016 Home Office answer, https://ukpol.co.uk/sarah-champion-2016-parliamentary-question-to-the-home-office-2).',
    ),
    audiences: ['police', 'social-care'],
    section: `${APPENDIX_I_SECTIONS.offenders}; ${APPENDIX_I_SECTIONS.otherOrders}: Child Abduction Warning Notices; Sexual Risk Order (Mar 2015)`,
    keywords: ['CAWN or SRO', 'CAWN vs SRO', 'CAWN or sexual risk order', 'SRO or CAWN', 'warning notice or order', 'difference'],
    related: ['power.cawn', 'power.sro', 'power.shpo', 'tactic.offender.letter-of-concern'],
    since2017: [change('change.cawn-advice'), change('change.pcsc-sro')],
  },
];
