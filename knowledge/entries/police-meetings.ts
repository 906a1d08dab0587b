import type { KnowledgeEntryInput } from '../entry.schema';
import { change } from '../changes';
import { md } from './text';

/** Appendix G: the police meetings (daily pacesetter, tasking, performance, CPS). */

export const policeMeetingsEntries: KnowledgeEntryInput[] = [
  {
    id: 'meeting.daily-pacesetter',
    kind: 'meeting',
    title: 'Daily Pacesetter (police)',
    summary:
      'CSE should be a standing item at the daily police Pacesetter meeting, which addresses immediate concerns and focuses on missing children showing warning signs.',
    body: md(
      'CSE should be a standing agenda item at these daily meetings.',
      '- Any immediate concerns identified must be addressed.',
      '- Focus on those reported missing who may be displaying warning signs of being at risk.',
      '- All agencies are expected to hold similar meetings, and new information/intelligence should be passed through the normal channels.',
      '- Each LSCB should have an identified sub-group and named strategic lead responsible for coordinating responses to CSE and able to target preventative work through the police, CSC, non-government organisations and others.',
    ),
    audiences: ['police'],
    section: 'Appendix G: Police meetings – Daily Pacesetter',
    keywords: ['pacesetter', 'daily meeting', 'daily management meeting', 'standing agenda', 'missing', 'immediate concerns'],
    related: ['meeting.police-specific', 'section.9.missing-children'],
    since2017: [change('change.working-together-2018')],
  },
  {
    id: 'meeting.tasking-coordinating-group',
    kind: 'meeting',
    title: 'Fortnightly Tasking and Coordinating Group (police)',
    summary:
      'CSE should be a standing item at fortnightly police tasking meetings, which review borough CSE activity and task resources to gather evidence and disrupt perpetrators in hotspots.',
    body: md(
      'CSE should be a standing agenda item at these police meetings. Police should review borough activity against CSE activity and task resources accordingly, to gather evidence and disrupt perpetrators in identified hotspots.',
    ),
    audiences: ['police'],
    section: 'Appendix G: Police meetings – Fortnightly Tasking & Coordinating Group Meetings',
    keywords: ['TCG', 'tasking', 'tasking and coordinating group', 'fortnightly', 'hotspots', 'disrupt perpetrators'],
    related: ['meeting.police-specific', 'section.7.police-disruptions'],
  },
  {
    id: 'meeting.crime-fighters-performance',
    kind: 'meeting',
    title: 'Monthly Crime-fighters Performance meeting (police)',
    summary:
      'CSE should be a standing item at monthly BOCU/OCU Crime-fighters performance meetings, with a performance framework once baseline data is agreed.',
    body: md(
      'CSE should be a standing agenda item at these monthly police meetings (BOCU/Operational Command Unit (OCU) Crime-fighters Performance Meetings). CSE should include a performance framework once a baseline set of data has been established and agreed.',
    ),
    audiences: ['police'],
    section: 'Appendix G: Police meetings – Monthly BOCU/OCU Crime-fighters Performance Meetings',
    keywords: ['crime-fighters', 'performance meeting', 'monthly', 'BOCU', 'OCU', 'performance framework', 'baseline data'],
    related: ['meeting.police-specific', 'glossary.bocu', 'glossary.ocu'],
    since2017: [change('change.bcu')],
  },
  {
    id: 'meeting.cps',
    kind: 'meeting',
    title: 'Police meetings with the CPS',
    summary:
      'Police should establish a workable CPS/MPS protocol for CSE and hold regular meetings with the CPS to develop best practice.',
    body: md(
      'Police should establish a workable CPS/MPS protocol for CSE and arrange regular meetings with the CPS to develop best practice.',
      '',
      "(The 2017 text heads this 'Monthly meetings with the CPS', but its sentence says 'arrange regular quarterly meetings with the CPS'; both are reported here as written.)",
    ),
    audiences: ['police'],
    section: 'Appendix G: Police meetings – Monthly meetings with the CPS',
    keywords: ['CPS', 'Crown Prosecution Service', 'CPS meeting', 'best practice', 'CPS/MPS protocol', 'quarterly', 'monthly'],
    related: ['meeting.police-specific', 'section.10.investigations', 'glossary.cps'],
  },
];
