import { adaptiveCard, textBlock, type AdaptiveCard, type CardElement } from './adaptive';
import { citationBlock, heading, say, styledBox, toActions } from './fragments';
import type { BusinessWorkplace, ChildAway, Translate, UrgentAudience, UrgentReader, UrgentView } from './view';

/**
 * What business staff can do at the scene, by where they work. Only someone who may be driving (a taxi or
 * private-hire driver, or staff whose workplace is not known) is told to pull over; a driver is asked for the road, not
 * a room number. Hotel staff with a room let give the
 * room number, note who goes in and out (the child is behind its door, not in sight) and keep the room as it is; with a
 * room asked for and not yet let, they are told not to let it if they safely can (the Met's Makesafe hotel tests, a note
 * since 2017); otherwise (a lobby, a bar, the car park), as staff at other premises do, they say where on the premises
 * the child is (Operation Makesafe guidance: the call checklist, recording visitors to a room, preserving the room).
 */
const MAY_BE_DRIVING = ['urgent:business.stayOnLine', 'urgent:business.doNotConfront', 'urgent:business.pullOver', 'urgent:business.sayWhere'];
const DRIVING = ['urgent:business.stayOnLine', 'urgent:business.doNotConfront', 'urgent:business.pullOver', 'urgent:business.sayWhereVehicle'];
const ON_PREMISES = ['urgent:business.stayOnLine', 'urgent:business.doNotConfront', 'urgent:business.sayWherePremises'];
const ROOM_ASKED_FOR = [...ON_PREMISES, 'urgent:business.refuseRoom'];
const IN_A_ROOM = ['urgent:business.stayOnLine', 'urgent:business.watchRoom', 'urgent:business.sayWhereHotel', 'urgent:business.keepRoom'];
const BUSINESS_AT_THE_SCENE: Record<BusinessWorkplace, string[]> = { vehicle: DRIVING, hotel: ON_PREMISES, premises: ON_PREMISES };

/** What each audience can do at the scene, after "call 999" and what to tell the call handler. */
const AT_THE_SCENE: Record<Exclude<UrgentAudience, 'business'>, string[]> = {
  police: ['urgent:police.assistance', 'urgent:police.protection'],
  socialCare: ['urgent:stayWithChild'],
  // Children are quite often brought to health settings by those exploiting them (Appendix I: Positive action in
  // relation to locations of CSE, Hospitals…); the police can stop a child's removal from a hospital (s46).
  health: ['urgent:health.withAdult', 'urgent:health.keepChild'],
  // A pupil may be met at the gates by the adult exploiting them (Appendix I, schools): kept inside, as in health.
  professional: ['urgent:stayWithChild', 'urgent:professional.keepChild'],
  anyone: ['urgent:stayWithChild'],
};

/**
 * A child on the phone to the reader (issue 8): the line kept open, 999 on another phone. The child is not with them,
 * so nothing of keeping the child inside or with staff.
 */
const ON_THE_PHONE: Partial<Record<UrgentAudience, string[]>> = {
  socialCare: ['urgent:onPhone', 'urgent:stayWithChild'],
  professional: ['urgent:onPhone', 'urgent:stayWithChild'],
  health: ['urgent:onPhone', 'urgent:health.withAdult'],
};

/**
 * A child away from the reader (issue 8: a pupil messaging her teacher from a party): nothing of keeping the child inside
 * or with staff; one messaging them is kept in touch with, by message; one just gone (out of the gate to a man's car)
 * is followed by what the reader saw: the car, its number plate and the way they went.
 */
const CHILD_AWAY_LINES: Record<ChildAway, Partial<Record<UrgentAudience, string[]>>> = {
  messaging: {
    socialCare: ['urgent:onMessages', 'urgent:stayWithChild'],
    professional: ['urgent:onMessages', 'urgent:stayWithChild'],
    health: ['urgent:onMessages', 'urgent:health.withAdult'],
  },
  left: {
    socialCare: ['urgent:childLeft', 'urgent:stayWithChild'],
    professional: ['urgent:childLeft', 'urgent:stayWithChild'],
    health: ['urgent:childLeft', 'urgent:health.withAdult'],
  },
  elsewhere: {
    professional: ['urgent:stayWithChild'],
    health: ['urgent:health.withAdult'],
  },
};

function businessAtTheScene({ workplace, hotelRoom }: UrgentView): string[] {
  if (workplace === undefined) return MAY_BE_DRIVING;
  if (workplace === 'hotel' && hotelRoom === 'let') return IN_A_ROOM;
  if (workplace === 'hotel' && hotelRoom === 'booking') return ROOM_ASKED_FOR;
  return BUSINESS_AT_THE_SCENE[workplace];
}

function atTheScene(view: UrgentView): string[] {
  if (view.audience === 'business') return businessAtTheScene(view);
  const onPhone = view.childOnPhone === true ? ON_THE_PHONE[view.audience] : undefined;
  const away = view.childAway === undefined ? undefined : CHILD_AWAY_LINES[view.childAway][view.audience];
  return onPhone ?? away ?? AT_THE_SCENE[view.audience];
}

/** What comes once the child is safe: who is told next, per reader. */
const URGENT_AFTERWARDS: Record<UrgentAudience, string> = {
  business: 'urgent:business.afterwards',
  police: 'urgent:police.afterwards',
  socialCare: 'urgent:socialCare.afterwards',
  health: 'urgent:health.afterwards',
  professional: 'urgent:afterwards',
  anyone: 'urgent:anyone.afterwards',
};

/**
 * The records business staff keep for the police, as they have them (issue 8: a takeaway was asked for its booking): a
 * hotel its booking, a takeaway, shop or other premises its orders, a driver the booking or app record of the fare;
 * where they work not known, any of them.
 */
const BUSINESS_AFTERWARDS: Record<BusinessWorkplace, string> = {
  hotel: 'urgent:business.afterwardsHotel',
  premises: 'urgent:business.afterwardsPremises',
  vehicle: 'urgent:business.afterwardsVehicle',
};

/** Who the reader tells once the child is safe, and what they keep (also the follow-up's "then…", dialogs/whoFirst.ts). */
export function urgentAfterwards({ audience, workplace }: UrgentReader): string {
  return audience === 'business' && workplace !== undefined ? BUSINESS_AFTERWARDS[workplace] : URGENT_AFTERWARDS[audience];
}

/** How to get help now, per reader: an officer calls for urgent assistance on the radio; anyone else calls 999 (also a form's confirmation). */
export const URGENT_CALL: Record<UrgentAudience, string> = {
  business: 'urgent:call999',
  police: 'urgent:police.call',
  socialCare: 'urgent:call999',
  health: 'urgent:call999',
  professional: 'urgent:call999',
  anyone: 'urgent:call999',
};

/**
 * How to get help now on a line of its own, away from the 999 card (a journey's summary or a form page after danger):
 * the card's call line, and for an officer police protection too, as their card says.
 */
export const URGENT_CALL_NOW: Record<UrgentAudience, string> = { ...URGENT_CALL, police: 'urgent:police.callNow' };

/** Immediate danger: 999 before anything else, whatever journey was running, in words that fit who is reading. */
export function urgentCard(view: UrgentView, t: Translate): AdaptiveCard {
  const actions = view.resume === undefined ? [view.menu] : [view.resume, view.menu];
  const call = URGENT_CALL[view.audience];
  const scene: CardElement[] = atTheScene(view).map((key) => textBlock(t(key)));
  return adaptiveCard(
    [
      styledBox([heading(t('urgent:title')), textBlock(t(call), { weight: 'Bolder' }), textBlock(t('urgent:tell')), ...scene], 'attention'),
      textBlock(t(urgentAfterwards(view))),
      ...citationBlock(t, view.citations),
      ...(view.resume === undefined || view.resumeNote === undefined ? [] : [textBlock(say(t, view.resumeNote))]),
    ],
    toActions(t, actions),
    t('urgent:title'),
  );
}
