import type { HotelRoom, UrgentAudience, UrgentReader } from '../../cards/view';
import type { FlowCatalogue } from '../catalogue';
import type { ConversationState } from '../conversationState.schema';
import type { RoleId } from '../router';
import type { LiveJourney } from '../turn';
import { roleIdOf } from '../situation';
import { writerRole } from '../writerRole';
import { CALL_TO_WRITER_EN_GB, CHILD_ELSEWHERE_EN_GB, CHILD_LEFT_EN_GB, MESSAGES_TO_WRITER_EN_GB, OTHER_CALLER_EN_GB, OTHER_SENDER_EN_GB, ROOM_ASKED_EN_GB, ROOM_LET_EN_GB, ROOM_NAMED_EN_GB } from './sceneWords.en-GB';
import { recordOf, workplaceOf, type JourneyRecord } from './workplace';

/**
 * Who the 999 card speaks to. Business staff and taxi drivers need what to do at the scene, as fits where
 * they work (dialogs/danger/workplace.ts); officers need police protection; school staff tell their
 * safeguarding lead, health staff their named nurse or doctor or the trust's safeguarding team; social workers convene
 * the strategy discussion with the police (Section 7); anyone
 * else gets words that fit anyone. The role comes from how the message introduces its writer ("im a
 * cab driver"), else the conversation's (the last role journey's, or one the writer gave since), else the running
 * journey's (its role is the catalogue's: FlowCatalogue.roleOf).
 */

const AUDIENCE_OF_ROLE: Record<RoleId, UrgentAudience> = {
  business: 'business',
  police: 'police',
  school: 'professional',
  health: 'health',
  socialCare: 'socialCare',
};

export function audienceOf(role: RoleId | undefined): UrgentAudience {
  return role === undefined ? 'anyone' : AUDIENCE_OF_ROLE[role];
}

/** A child on the phone to the writer: a call to them, made by no one else named. */
const childOnPhone = (text: string): boolean => CALL_TO_WRITER_EN_GB.test(text) && !OTHER_CALLER_EN_GB.test(text);

/** Readers whose card keeps a child's call to them open (the child is not with them, so not kept with staff). */
const TAKES_A_CHILD_S_CALL: ReadonlySet<UrgentAudience> = new Set(['socialCare', 'professional', 'health']);

/** A child messaging the reader, else just gone from them, else told to be somewhere else, else (nothing said) perhaps with them. */
function withChildAway(audience: UrgentAudience, text: string): UrgentReader {
  if (MESSAGES_TO_WRITER_EN_GB.test(text) && !OTHER_SENDER_EN_GB.test(text)) return { audience, childAway: 'messaging' };
  if (CHILD_LEFT_EN_GB.test(text)) return { audience, childAway: 'left' };
  return CHILD_ELSEWHERE_EN_GB.test(text) ? { audience, childAway: 'elsewhere' } : { audience };
}

/** A hotel room told: a room let wins over one asked for ("booked a room last night … now checking in"). */
function hotelRoomOf(text: string): HotelRoom | undefined {
  if (ROOM_LET_EN_GB.test(text)) return 'let';
  if (ROOM_ASKED_EN_GB.test(text)) return 'booking';
  return ROOM_NAMED_EN_GB.test(text) ? 'let' : undefined;
}

/**
 * The reader of the 999 card: the role's audience; for business staff where they work, from the message and the journey
 * running or last run, and for hotel staff whether a room is being booked or is let; for social care, school and health
 * staff, whether the child is on the phone to them, messaging them, just gone from them or somewhere else (issue 8).
 */
export function readerOf(role: RoleId | undefined, known: { text?: string; journey?: JourneyRecord }): UrgentReader {
  const audience = audienceOf(role);
  const text = known.text ?? '';
  if (TAKES_A_CHILD_S_CALL.has(audience)) return childOnPhone(text) ? { audience, childOnPhone: true } : withChildAway(audience, text);
  const workplace = audience === 'business' ? workplaceOf(known) : undefined;
  if (workplace === undefined) return { audience };
  const hotelRoom = workplace === 'hotel' ? hotelRoomOf(text) : undefined;
  return hotelRoom === undefined ? { audience, workplace } : { audience, workplace, hotelRoom };
}

/** The role a message's writer gives themselves ("officer here", "im a cab driver"), if any: the same words the search reads (knowledge/roleWords.ts), corrections included (dialogs/writerRole.ts). */
export function speakerOf(text: string): RoleId | undefined {
  const self = writerRole(text);
  return self === undefined ? undefined : roleIdOf(self.role);
}

/**
 * The conversation's role: the last role journey's, or one the writer gave since (issue 8: "sorry im actually a hotel
 * manager not health", typed with the health journey just opened, is business from then on); a conversation stored
 * with no role, the running journey's.
 */
function roleOf(state: ConversationState, live: LiveJourney | undefined, catalogue: FlowCatalogue): ConversationState['role'] {
  return state.role ?? (live === undefined ? undefined : catalogue.roleOf(live.active.flowId));
}

/**
 * Who reads the 999 card: the role a typed message gives its writer, else the journey's or the conversation's; for
 * business staff, where they work, from the message and what the journey recorded (dialogs/danger/workplace.ts). Words
 * written in a card's boxes are read as typed, and its posted answers as recorded, even when the page is refused (issue 8,
 * the ninth exploratory test: a Makesafe report's "Hotel" and "in room 4 … right now", on a page refused for its postcode,
 * got the card for someone who may be driving).
 */
export function urgentReaderOf(state: ConversationState, live: LiveJourney | undefined, catalogue: FlowCatalogue, typed?: string, posted?: Record<string, string>): UrgentReader {
  // A box's words tell of others ("the school nurse saw…"), not who is writing: only a typed message names its writer.
  const role = (typed === undefined || posted !== undefined ? undefined : speakerOf(typed)) ?? roleOf(state, live, catalogue);
  const journey = live === undefined ? undefined : { flowId: live.active.flowId, context: withPosted(live.journey.context, posted) };
  return readerOf(role, { ...(typed === undefined ? {} : { text: typed }), ...(journey === undefined ? {} : { journey }) });
}

/** A journey's context with a card's posted values over its stored answers. */
function withPosted(context: Record<string, unknown>, posted: Record<string, string> | undefined): Record<string, unknown> {
  if (posted === undefined) return context;
  return { ...context, answers: { ...recordOf(context.answers), ...posted } };
}
