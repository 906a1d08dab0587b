import type { OptionList } from '../forms/vocabulary';

/**
 * What the person a record was routed to decided, as the protocol offers it; labels are
 * `records:decision.options.<value>`. The decision and its reason are the professional's own:
 * nothing here chooses for them. No further action needs its reason written down.
 */
export const LEAD_DECISIONS = {
  id: 'leadDecision',
  values: ['referredToMash', 'passedToAllocatedSocialWorker', 'called999', 'noFurtherAction'],
  source:
    'Appendix C (reconstructed), C2 (immediate danger: 999) and C4 (no allocated social worker: refer to the MASH; an allocated social worker: pass it to them, who refers by an 87A to the CAIT referral desk); Section 6 (the MASH and the 87A); Section 5 (the reasons recorded, never a score)',
} as const satisfies OptionList;

export type LeadDecision = (typeof LEAD_DECISIONS.values)[number];

/** The decisions that cannot be recorded without their reason. */
export const REASON_REQUIRED: ReadonlySet<LeadDecision> = new Set(['noFurtherAction']);
