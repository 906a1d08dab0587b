import { z } from 'zod';

/**
 * The shape of one locale's danger cues (dialogs/danger/cues.<locale>.ts). The combiner reads
 * only this shape, so a new locale is one new cue file, never a change to the combiner.
 */

/** What a cue says about the message. */
export const CUE_CLASSES = [
  /** Words that name danger outright: "in danger", "emergency", "999", "help me". */
  'alarm',
  /** Now or imminent: "right now", "tonight", "in 10 mins", "is being", "on his way". */
  'now',
  /** Harm done to a child: assault, rape, beating, being sold or filmed. */
  'harm',
  /** Force, coercion and control: forced, made to, picked up, driven, taken to meet. */
  'force',
  /** Being held or taken: locked in, won't let her leave, dragged into a car, kidnapped. */
  'captivity',
  /** Drunk, drugged, unconscious, not breathing. */
  'intoxication',
  /** A child somewhere risky, or with someone risky, now: in the back of the cab, with older men, in room 12. */
  'presence',
  /** A threat, especially one with a deadline: "or else", "will kill her", "by midnight". */
  'threat',
  /** The child's fear or distress: "she is scared", "terrified", "hysterical". A sign, not a danger: it only corroborates another cue. */
  'fear',
  /** Missing now: "is missing", "hasn't come home", "can't find her". */
  'missing',
  /** Self-harm or suicide now: "going to kill herself", "took all her tablets", "on the roof". */
  'selfHarm',
  /** A weapon: knife, gun, machete. */
  'weapon',
] as const;
export const cueClassSchema = z.enum(CUE_CLASSES);
export type CueClass = z.infer<typeof cueClassSchema>;

/**
 * What tempers or supports a cue: it happened long ago, it is denied (the child is safe), the
 * child has come back or been found (which answers "missing" only), it is a question about a power
 * or a procedure, it is a general "what if", it is a case imagined ("what if a child says",
 * "hypothetically") or words framed as something other than a child now (a training scenario, a
 * statement, the news, a song, a definition) unless it says the danger is happening this minute
 * ("right now", "as we speak"), it is about a particular child, it is told in the
 * present tense ("is being", "has got", "keeps") without naming a time, or it names a worry or
 * someone else with the child ("scared", "not answering", "someone", "he").
 */
export const MODIFIERS = ['past', 'denial', 'returned', 'procedure', 'hypothetical', 'supposed', 'framed', 'immediate', 'specific', 'ongoing', 'concern'] as const;
export const modifierSchema = z.enum(MODIFIERS);
/** The modifiers that can only take an alarm away: spelling is never corrected towards their words, since that could only hide danger. */
export const TEMPERING_MODIFIERS = ['past', 'denial', 'returned', 'procedure', 'hypothetical', 'supposed', 'framed'] as const satisfies readonly (typeof MODIFIERS)[number][];
export type Modifier = z.infer<typeof modifierSchema>;

const patternSchema = z.string().min(1).refine((source) => {
  try {
    new RegExp(source);
    return true;
  } catch {
    return false;
  }
}, 'not a valid regular expression');

export const cueSetSchema = z.object({
  locale: z.string().min(2),
  /** Whole-word rewrites after punctuation is stripped: text-speak, contractions, common misspellings. */
  rewrites: z.record(z.string().regex(/^[a-z0-9]+$/), z.string().min(1)),
  /** Common words within one letter of a cue word, never spelling-corrected towards it ("looked" is not "locked"). */
  keepAsTyped: z.array(z.string().regex(/^[a-z]+$/)),
  /** Names of orders, services and offences that contain a cue word, removed before matching ("emergency protection order"). */
  names: z.array(patternSchema),
  /** Words that, just before a harm or threat (one word may come between), tell it in the past tense: "was", "had been". */
  pastAuxiliaries: z.array(patternSchema).min(1),
  /**
   * Words that, just before a harm, tell it as happening now: "is" before "hurting", "is being" before "hit". No word that the
   * child is somewhere safe answers that, unless the harm is a lasting condition (see `conditions`).
   */
  progressiveAuxiliaries: z.array(patternSchema).min(1),
  /** How a harm word in the progressive form ends ("hurting"). */
  progressiveEnding: patternSchema,
  passiveProgressiveAuxiliaries: z.array(patternSchema).min(1),
  /** Harms that name a lasting condition, not an act ("exploited", "groomed"): told in the present they are a worry to refer. */
  conditions: z.array(patternSchema),
  /** Times that, said straight after a denial, belong to it ("she is safe now"). */
  denialTimes: z.array(patternSchema).min(1),
  /** Times too wide to make a worry current on their own ("today", "tomorrow", "every night"): they still time a harm, a threat or a place. */
  broadTimes: z.array(patternSchema),
  /** Clock times ("at 3am", "at midnight"): beside a past marker they are the time of that past event, not of now. */
  clockTimes: z.array(patternSchema),
  /** Someone else's word that the child is fine ("they're saying she's fine"), removed before denials are found: it denies nothing. */
  claims: z.array(patternSchema),
  /**
   * Words that tell something as happening now or about to ("is holding her", "still in the lobby", "just left with him",
   * "gone off with him", "in 10 mins"): what a box of a record of the past must say to bring the 999 card (presentTense.ts).
   */
  present: z.array(patternSchema).min(1),
  /**
   * A pattern that repeats ("keeps", "always", "every weekend") and a child seen with the adult or in the place now ("there is
   * one in there now", "two are at a table with a girl now", "a girl just went up with him"): together they alarm (detector.ts).
   */
  repeatedPattern: z.array(patternSchema).min(1),
  /**
   * A "missing" cue told as still going on ("has been missing since last night", "is missing"): a past time beside it is when
   * it began, so the past or a question in the same message does not temper it; being found or home still answers it.
   */
  missingStill: z.array(patternSchema).min(1),
  seenNow: z.array(patternSchema).min(1),
  /**
   * A child said by the writer to be safe now in a named safe place or company ("she is safe at home with mum now", "she is back at
   * her placement and safe"): with nothing live beside it, it tempers harms told in the past or as a pattern (detector.ts).
   */
  saidSafeNow: z.array(patternSchema).min(1),
  /**
   * A missing episode named as a kind ("missing from care", "misper"): beside a child said home now it is the episode she came
   * back from, not a child missing now, so it is not live there; "is missing" or "missing since" still are.
   */
  missingEpisodeNames: z.array(patternSchema).min(1),
  /**
   * Home named as the place of a harm ("there", "at home", "in the house") and a harm told without its word ("it happened"): after a
   * harm beside a child said home now, she is back where it happened (issue 8, the eleventh round).
   */
  homeAsPlaceOfHarm: z.array(patternSchema).min(1),
  harmUnnamed: z.array(patternSchema).min(1),
  /**
   * Injuries a child has now ("she has cuts on her arms"), read as `harm` cues but kept out of the spelling vocabulary, and a child's
   * words that she wants to die, said now, which alarm outright (issue 8, the eleventh round; selfHarmNow.en-GB.ts).
   */
  injuriesNow: z.array(patternSchema).min(1),
  selfHarmIntentNow: z.array(patternSchema).min(1),
  /** Intoxication cues that are a medical emergency now ("cannot wake", "unresponsive"): no home or safety answers them. */
  emergencyNow: z.array(patternSchema).min(1),
  /** A harm told in the present simple with the child as its object ("he hits her"): a habit going on, as a harm told as happening. */
  harmAsHabit: z.object({ verbs: patternSchema, object: patternSchema, notBefore: patternSchema }),
  /** Words of a home's staff ("staff", "worker"): beside a child said home now, named at all, they may be who harms her. */
  homeCompanyWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  /** Any claim of safety, however placed or whoever makes it: read only to find a live danger beside it, never to temper. */
  safeClaimAny: z.array(patternSchema).min(1),
  /** Words just before a claim of safety that make it someone else's ("she texted that", "mum says"): it then tempers nothing. */
  reportedSafeBefore: patternSchema,
  /** Times of the telling ("now", "today"), not of a danger: beside a child said safe now they make nothing live. */
  tellingTimes: z.array(patternSchema).min(1),
  /** The words of the safe company ("mum", "carer", "us"): named again outside the claim, the company may be who harms her. */
  safeCompanyWords: z.array(z.string().regex(/^[a-z]+$/)).min(1),
  /** Threat cues that only name what was sent or done ("threatening messages"): beside a claim of safety they are not live. */
  threatNames: z.array(patternSchema).min(1),
  /** Company never safe, whatever else is said: "left with", "gone off with", "with him". */
  neverSafeCompany: z.array(patternSchema).min(1),
  /**
   * Times of now that open a clause of their own after a past marker ("last month she was missing, today he turned up asking for
   * her"): the past tempers its own clause, and the clause told as now is judged as a message of its own (pastClause.ts).
   */
  clauseNowOpeners: z.array(patternSchema).min(1),
  /**
   * Past markers of the last day or two ("last night", "yesterday"): they temper as past markers do only when the rest is past too,
   * with nothing told as now or to come (`present`), no child missing or taken, and no child gone off with someone (`notOver`).
   */
  recentPast: z.array(patternSchema).min(1),
  notOver: z.array(patternSchema).min(1),
  /** Now cues that tell an arrival in the simple past ("he turned up"): beside a past marker they are the time of that past. */
  pastEventTimes: z.array(patternSchema).min(1),
  /** Someone there now in a state that goes on ("he is parked outside the school", "she is in his car"). */
  presentState: z.array(patternSchema).min(1),
  /** Cue patterns by class, over the normalised text (lower case, words separated by single spaces). */
  cues: z.record(cueClassSchema, z.array(patternSchema).min(1)),
  modifiers: z.record(modifierSchema, z.array(patternSchema).min(1)),
});
export type CueSet = z.infer<typeof cueSetSchema>;
