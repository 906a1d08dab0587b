import type { ActionView, CitationView, ContactView, TextRef } from './viewParts';

/** The replies outside a form: the welcome menu, the 999 card, notices and knowledge answers. */

export interface WelcomeView {
  kind: 'welcome';
  /** "If a child is in danger now, call 999" at the top. */
  safetyLine: boolean;
  menu: ActionView[];
  /** Journeys that start from what has happened, offered after the role menu. */
  situations: ActionView[];
  resumable: ActionView[];
  citations: CitationView[];
}

/**
 * Who the 999 card is for: what they can do at the scene, and what comes after the call. Social workers are
 * children's social care: they do not refer to it, they convene the strategy discussion (Section 7). Health
 * staff tell their named nurse or doctor, or the trust's safeguarding team (Appendix C, C3); school staff, their
 * safeguarding lead (`professional`).
 */
export const URGENT_AUDIENCES = ['business', 'police', 'socialCare', 'health', 'professional', 'anyone'] as const;
export type UrgentAudience = (typeof URGENT_AUDIENCES)[number];

/**
 * Where business staff work, as far as the conversation knows: a taxi or private-hire vehicle, a hotel, or other
 * premises (a takeaway, a pub, a care home). Not known, they may be driving: the card fits any of them.
 */
export const BUSINESS_WORKPLACES = ['vehicle', 'hotel', 'premises'] as const;
export type BusinessWorkplace = (typeof BUSINESS_WORKPLACES)[number];

/**
 * A hotel room in the scene told: asked for and not yet let ("trying to book a room", "checking in"), or let, with the
 * child in it or taken to it ("booked a room", "room 214", "went up to his room").
 */
export const HOTEL_ROOMS = ['booking', 'let'] as const;
export type HotelRoom = (typeof HOTEL_ROOMS)[number];

/**
 * A child away from the reader of the 999 card: messaging them ("just messaged me"), just gone from where the reader is
 * ("shes gone out the gate now"), or told to be somewhere else ("shes at a party").
 */
export const CHILD_AWAY = ['messaging', 'left', 'elsewhere'] as const;
export type ChildAway = (typeof CHILD_AWAY)[number];

/**
 * Who reads the 999 card: business staff with their workplace when it is known; for hotel staff, whether a room is being
 * booked or is let (only a let room gets the room lines); for social care, school and health staff, whether the child is
 * on the phone to them, messaging them or somewhere else.
 */
export interface UrgentReader {
  audience: UrgentAudience;
  workplace?: BusinessWorkplace;
  hotelRoom?: HotelRoom;
  childOnPhone?: true;
  /** For the same readers, a child not on the phone and not with them: messaging them, just gone, or told to be somewhere else. */
  childAway?: ChildAway;
}

export interface UrgentView extends UrgentReader {
  kind: 'urgent';
  /** Present when a journey was interrupted: "carry on where I was". */
  resume?: ActionView;
  /** Beside the way back: what carrying on does not bring back (a form page's values typed and not sent). */
  resumeNote?: TextRef;
  menu: ActionView;
  citations: CitationView[];
}

export interface NoticeView {
  kind: 'notice';
  tone: 'info' | 'warning';
  /** "If a child is in danger now, call 999" at the top: every notice is a reply that is not a confident answer. */
  safetyLine: boolean;
  title: TextRef;
  lines: TextRef[];
  /** Choices offered in the message itself, each set under its heading ("Did you mean…", "Choose your role"). */
  groups?: Array<{ heading: TextRef; lines?: TextRef[]; actions: ActionView[] }>;
  actions: ActionView[];
}

/** A knowledge entry as an answer: the key facts first, then detail, the section, what changed since 2017. */
export interface AnswerView {
  kind: 'answer';
  /** Reviewed knowledge text (never user input). */
  title: string;
  summary: string;
  body: string;
  facts: Array<{ label: TextRef; value: string }>;
  citations: CitationView[];
  related: ActionView[];
  /** The search's next entries, when the answer is to a typed question: offered in case this is not the one asked for. */
  others?: ActionView[];
  actions: ActionView[];
  /** Beside its way back to the journey: what carrying on does not bring back (a form page's values typed and not sent). */
  resumeNote?: TextRef;
  contacts?: ContactView[];
  contactsMissing?: TextRef;
}
