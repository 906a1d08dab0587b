import { z } from 'zod';

/** Who an entry is written for; the menu roles plus everyone. */
export const audienceSchema = z.enum(['school', 'health', 'business', 'police', 'social-care', 'all']);

export const entryKindSchema = z.enum([
  'topic', // a passage of sections 1 to 11
  'cse-type', // section 3
  'indicator', // Appendix A, one SAFEGUARD indicator
  'vulnerability', // section 5 vulnerability factors
  'category', // police categories 1 to 3, CSC tiers 1 to 4
  'meeting', // strategy discussion, MASE, pre-MASE, police meetings
  'flag', // Appendix E flag
  'outcome-code', // Appendix E outcome code
  'tactic', // Appendix I tactical option
  'power', // an order, notice or power with structured facts
  'offence', // Appendix I legislation: an offence or group of offences
  'checklist', // Appendix J
  'glossary', // an abbreviation
]);

/** Where law or procedure moved on after June 2017 (../shared/protocol/changes-since-2017.md). */
export const since2017Schema = z.object({
  what: z.string().min(10),
  when: z.string().min(4),
  source: z.string().url(),
  /** Whom the change concerns (from its change in knowledge/changes.ts); a card leaves it out for other readers. Absent: everyone. */
  audiences: z.array(audienceSchema).min(1).readonly().optional(),
});

/** Structured facts for an order or power, wherever the protocol gives them. */
export const powerFactsSchema = z.object({
  whoApplies: z.string().optional(),
  whoAuthorises: z.string().optional(),
  threshold: z.string().optional(),
  duration: z.string().optional(),
  notification: z.string().optional(),
  breach: z.string().optional(),
  statute: z.string().optional(),
});

export const knowledgeEntrySchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, 'ids are lower-case words joined by dots or hyphens'),
  kind: entryKindSchema,
  title: z.string().min(2),
  /** The key facts first: what a practitioner needs in one or two sentences. */
  summary: z.string().min(10),
  /** The detail, as Markdown (bullets allowed). */
  body: z.string().min(1),
  audiences: z.array(audienceSchema).min(1),
  /** The protocol's own section, e.g. "Section 6: Referral desks" or "Appendix I: Positive action for offenders". */
  section: z.string().min(3),
  /** True where the text is general practice from the reconstructed pathways or Makesafe notes, not the protocol's words. */
  generalPractice: z.boolean().default(false),
  /** False for entries that exist to be prompted in a journey (a checklist item) but would only crowd out the real answer in search. */
  searchable: z.boolean().default(true),
  keywords: z.array(z.string().min(1)).default([]),
  related: z.array(z.string()).default([]),
  facts: powerFactsSchema.optional(),
  since2017: z.array(since2017Schema).default([]),
});

export type Audience = z.infer<typeof audienceSchema>;
export type EntryKind = z.infer<typeof entryKindSchema>;
export type KnowledgeEntryInput = z.input<typeof knowledgeEntrySchema>;
export type KnowledgeEntry = z.infer<typeof knowledgeEntrySchema>;
