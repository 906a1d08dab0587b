import { z } from 'zod';

/**
 * The facts of a case that decide which Appendix I options fit. Absent means not asked yet;
 * "notKnown" means asked and not known, which never rules an option out.
 */

const yesNoNotKnown = z.enum(['yes', 'no', 'notKnown']);

export const factSchemas = {
  /** A care order cannot be made once the child is 17 (s31(3) Children Act 1989), so 16 and 17 are apart. */
  age: z.enum(['under16', 'sixteen', 'seventeen', 'notKnown']),
  /** s49 and s50 Children Act 1989 turn on "in care": a care order, an EPO or police protection; s20 accommodation is not care. */
  legalStatus: z.enum(['careOrder', 'protection', 's20', 'none', 'notKnown']),
  /** Convicted or cautioned for a Schedule 3 or 5 (Sexual Offences Act 2003) offence; named with no such record; not identified. */
  suspect: z.enum(['convicted', 'identified', 'unidentified', 'notKnown']),
  sexualAct: yesNoNotKnown,
  foundWith: z.enum(['twiceOrMore', 'once', 'never', 'notKnown']),
  hotel: yesNoNotKnown,
  business: yesNoNotKnown,
  residence: yesNoNotKnown,
  vehicle: yesNoNotKnown,
  online: yesNoNotKnown,
  publicSpace: yesNoNotKnown,
  movement: yesNoNotKnown,
  group: yesNoNotKnown,
} as const;

export type FactId = keyof typeof factSchemas;
export const FACT_IDS = Object.keys(factSchemas) as FactId[];

export const caseFactsSchema = z.object({
  age: factSchemas.age.optional(),
  legalStatus: factSchemas.legalStatus.optional(),
  suspect: factSchemas.suspect.optional(),
  sexualAct: factSchemas.sexualAct.optional(),
  foundWith: factSchemas.foundWith.optional(),
  hotel: factSchemas.hotel.optional(),
  business: factSchemas.business.optional(),
  residence: factSchemas.residence.optional(),
  vehicle: factSchemas.vehicle.optional(),
  online: factSchemas.online.optional(),
  publicSpace: factSchemas.publicSpace.optional(),
  movement: factSchemas.movement.optional(),
  group: factSchemas.group.optional(),
});
export type CaseFacts = z.infer<typeof caseFactsSchema>;

export const PLACE_FACTS = ['hotel', 'business', 'residence', 'vehicle', 'online', 'publicSpace'] as const;
/** Asked together on one card, each yes, no or not known: where it happens, movement and groups. */
export const CIRCUMSTANCE_FACTS = [...PLACE_FACTS, 'movement', 'group'] as const;
export type CircumstanceFact = (typeof CIRCUMSTANCE_FACTS)[number];

/** The questions, in the order they are asked; the circumstances are one card. Each asks the facts it lists. */
export const QUESTIONS = {
  age: ['age'],
  legalStatus: ['legalStatus'],
  suspect: ['suspect'],
  sexualAct: ['sexualAct'],
  foundWith: ['foundWith'],
  circumstances: CIRCUMSTANCE_FACTS,
} as const satisfies Record<string, readonly FactId[]>;
export type QuestionId = keyof typeof QUESTIONS;
export const QUESTION_IDS = Object.keys(QUESTIONS) as QuestionId[];
