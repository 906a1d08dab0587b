import type { KnowledgeEntryInput } from '../entry.schema';
import { APPENDIX_I_SECTIONS } from './text';

/**
 * What health staff may see, as the protocol describes it, for the health journey's first
 * checklist card. Each is a prompt, never a score: Appendix I on health settings, and the A&E
 * attendance the Appendix F MASE information form records.
 */

const HEALTH_SETTINGS = `${APPENDIX_I_SECTIONS.locations} (hospitals, GP surgeries, termination centres, pharmacies)`;
const related = ['tactic.location.health-settings'];

export const healthSignEntries: KnowledgeEntryInput[] = [
  {
    id: 'health-sign.morning-after-pill',
    kind: 'topic',
    searchable: false,
    title: 'Asks for the morning-after pill',
    summary: 'Victims of CSE attend health settings looking for health advice such as the morning-after pill.',
    body: 'Staff at hospitals, GP surgeries, termination centres and pharmacies need to be aware of CSE: victims will attend looking for health advice, such as the morning-after pill.',
    audiences: ['health'],
    section: HEALTH_SETTINGS,
    keywords: ['morning after pill', 'emergency contraception', 'pharmacy'],
    related,
  },
  {
    id: 'health-sign.sti-treatment',
    kind: 'topic',
    searchable: false,
    title: 'Seeks treatment for sexually transmitted infections',
    summary: 'Victims of CSE attend health settings for treatment for sexually transmitted infections, particularly repeat infections.',
    body: 'Victims will attend looking for treatment for sexually transmitted infections (Appendix I). Repeat infections are a SAFEGUARD sign (Appendix A).',
    audiences: ['health'],
    section: HEALTH_SETTINGS,
    keywords: ['STI', 'sexual health clinic', 'repeat infections', 'GUM'],
    related: ['indicator.sexual-health.repeat-sti', ...related],
  },
  {
    id: 'health-sign.pregnancy-advice',
    kind: 'topic',
    searchable: false,
    title: 'Seeks advice about pregnancy or a termination',
    summary: 'Victims of CSE attend health settings looking for advice or treatment for pregnancy, including at termination centres.',
    body: 'Victims will attend looking for health advice such as treatment for pregnancy; termination centres are named among the health settings (Appendix I). Pregnancy and terminations are SAFEGUARD signs (Appendix A).',
    audiences: ['health'],
    section: HEALTH_SETTINGS,
    keywords: ['pregnancy test', 'termination', 'abortion'],
    related: ['indicator.sexual-health.pregnancy', 'indicator.sexual-health.terminations', ...related],
  },
  {
    id: 'health-sign.accompanied',
    kind: 'topic',
    searchable: false,
    title: 'Accompanied by an older adult or someone who may be exploiting them',
    summary: 'Children attending health settings for sexual health advice are quite often accompanied by perpetrators.',
    body: 'When victims of CSE attend for health advice, quite often they are accompanied by perpetrators (Appendix I). Involvement with older individuals is a SAFEGUARD sign (Appendix A).',
    audiences: ['health'],
    section: HEALTH_SETTINGS,
    keywords: ['accompanied', 'older man', 'older adult', 'came in with'],
    related: ['indicator.gangs-groups.older-individuals', ...related],
  },
  {
    id: 'health-sign.ae-attendances',
    kind: 'topic',
    searchable: false,
    title: 'A&E attendances',
    summary: 'A&E attendances (hospital and dates) are among the information the MASE information form records about a child.',
    body: 'The example MASE information form (Appendix F) records A&E attendance: the hospital, the attendance dates and information. Unexplained injuries are a SAFEGUARD sign (Appendix A).',
    audiences: ['health'],
    section: 'Appendix F: Example of a MASE information form (A&E attendance)',
    keywords: ['A&E', 'emergency department', 'attendances', 'hospital'],
    related: ['indicator.emotional-health.unexplained-injuries', 'meeting.mase'],
  },
];
