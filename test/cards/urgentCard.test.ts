import { renderView } from '../../cards/render';
import { BUSINESS_WORKPLACES, type Translate } from '../../cards/view';
import { urgentView } from '../../dialogs/views';
import { cardProblems } from '../support/adaptiveCards';
import { strictT } from '../support/i18n';

/**
 * The 999 card fits the person reading it (the fifth exploratory test): the driving line only for someone who may be
 * driving, what fits hotel and other premises staff instead, and what health staff need.
 */

let t: Translate;
beforeAll(async () => {
  t = await strictT();
});

const PULL_OVER = 'pull over';
const cardText = (view: Parameters<typeof renderView>[0]) => JSON.stringify(renderView(view, t));

describe('the business 999 card', () => {
  it.each([undefined, ...BUSINESS_WORKPLACES])('is a valid card for workplace %s', (workplace) => {
    const reader = workplace === undefined ? { audience: 'business' as const } : { audience: 'business' as const, workplace };
    expect(cardProblems(renderView(urgentView(undefined, reader), t))).toEqual([]);
  });

  it('tells someone who may be driving to pull over: a taxi or private-hire driver, or business staff whose workplace is not known', () => {
    expect(cardText(urgentView(undefined, { audience: 'business', workplace: 'vehicle' }))).toContain(PULL_OVER);
    expect(cardText(urgentView(undefined, { audience: 'business' }))).toContain(PULL_OVER);
  });

  it('never tells hotel staff to pull over: with a room let, they are asked for the room number, and to keep the room as it is', () => {
    const text = cardText(urgentView(undefined, { audience: 'business', workplace: 'hotel', hotelRoom: 'let' }));
    expect(text).not.toContain(PULL_OVER);
    expect(text).toContain(t('urgent:business.sayWhereHotel'));
    expect(text).toContain(t('urgent:business.keepRoom'));
  });

  it('never tells staff at other premises (a takeaway, a pub, a care home) to pull over: they say where on the premises the child is', () => {
    const text = cardText(urgentView(undefined, { audience: 'business', workplace: 'premises' }));
    expect(text).not.toContain(PULL_OVER);
    expect(text).toContain(t('urgent:business.sayWherePremises'));
    expect(text).not.toContain(t('urgent:business.keepRoom'));
  });

  // The ninth exploratory test: a cab driver's card asked for "the address, the room number, or the road".
  it('asks a driver for the road, not a room number; staff whose workplace is not known for any of them', () => {
    const driver = cardText(urgentView(undefined, { audience: 'business', workplace: 'vehicle' }));
    expect(driver).toContain(t('urgent:business.sayWhereVehicle'));
    expect(driver).not.toContain('room number');
    expect(cardText(urgentView(undefined, { audience: 'business' }))).toContain(t('urgent:business.sayWhere'));
  });

  // Issue 8: a takeaway's card said "keep the booking, payment and CCTV records"; a takeaway takes no booking.
  it('asks each business to keep the records it has: a hotel its booking, a takeaway or shop its orders, a driver the fare', () => {
    const hotel = cardText(urgentView(undefined, { audience: 'business', workplace: 'hotel' }));
    expect(hotel).toContain('booking, payment and CCTV records');
    const premises = cardText(urgentView(undefined, { audience: 'business', workplace: 'premises' }));
    expect(premises).toContain('order, payment and CCTV records');
    expect(premises).not.toContain('booking');
    const driver = cardText(urgentView(undefined, { audience: 'business', workplace: 'vehicle' }));
    expect(driver).toContain('the booking or app record of the fare');
    expect(driver).not.toContain('CCTV');
    for (const text of [hotel, premises, driver]) expect(text).toContain('(Operation Makesafe)');
  });
});

describe('the health 999 card', () => {
  const text = () => cardText(urgentView(undefined, { audience: 'health' }));

  it('is a valid card', () => {
    expect(cardProblems(renderView(urgentView(undefined, { audience: 'health' }), t))).toEqual([]);
  });

  it('says to tell the named nurse or doctor, or the trust safeguarding team, rather than the generic safeguarding lead (Appendix C, C3)', () => {
    expect(text()).toContain('named nurse or doctor for safeguarding');
    expect(text()).toContain("trust's safeguarding team");
    expect(text()).not.toContain(t('urgent:afterwards'));
  });

  it('says what fits a health setting: an adult of concern with the child, and not letting the child leave with them if it is safe not to', () => {
    expect(text()).toContain(t('urgent:health.withAdult'));
    expect(text()).toContain(t('urgent:health.keepChild'));
    expect(text()).not.toContain(PULL_OVER);
  });

  // Issue 8: the same call kept as for social care, and no "keep the child with staff" for a child who is not there.
  it('with the child on the phone to them, says to keep them on the line, and nothing of keeping them with staff', () => {
    const onPhone = cardText(urgentView(undefined, { audience: 'health', childOnPhone: true }));
    expect(onPhone).toContain(t('urgent:onPhone'));
    expect(onPhone).not.toContain(t('urgent:health.keepChild'));
    expect(cardProblems(renderView(urgentView(undefined, { audience: 'health', childOnPhone: true }), t))).toEqual([]);
  });

  it('cites the protocol sections its lines come from, the synthesis shown as such', () => {
    expect(text()).toContain('Appendix C, multi-agency referral pathway, step C3 (reconstructed)');
    expect(text()).toContain('Hospitals, General Practitioner surgeries');
  });
});

// Issue 8: a hotel lobby got "the address and the room number" and "once the room is empty, keep it as it is"; so did a
// room being booked, with nothing said of not letting it.
describe('the hotel 999 card', () => {
  const HOTEL_ROOMS = [undefined, 'booking', 'let'] as const;
  const hotel = (hotelRoom: (typeof HOTEL_ROOMS)[number]) =>
    urgentView(undefined, hotelRoom === undefined ? { audience: 'business', workplace: 'hotel' } : { audience: 'business', workplace: 'hotel', hotelRoom });

  it.each(HOTEL_ROOMS)('is a valid card, the room %s', (hotelRoom) => {
    expect(cardProblems(renderView(hotel(hotelRoom), t))).toEqual([]);
  });

  it('gives the room lines only when a room is let', () => {
    const room = cardText(hotel('let'));
    expect(room).toContain(t('urgent:business.sayWhereHotel'));
    expect(room).toContain(t('urgent:business.keepRoom'));
  });

  it('does not ask someone to keep a child in sight behind a closed room door: it asks them to note who goes in and out', () => {
    const room = cardText(hotel('let'));
    expect(room).not.toContain('Keep the child in sight');
    expect(room).toContain(t('urgent:business.watchRoom'));
    expect(room).toContain('note who goes in and out of the room');
  });

  it('asks where on the premises the child is when no room is named (a lobby, a bar, the car park), and says nothing of keeping a room', () => {
    const lobby = cardText(hotel(undefined));
    expect(lobby).toContain(t('urgent:business.sayWherePremises'));
    expect(lobby).toContain('Keep the child in sight if you safely can');
    expect(lobby).not.toContain(t('urgent:business.sayWhereHotel'));
    expect(lobby).not.toContain(t('urgent:business.keepRoom'));
    expect(lobby).not.toContain(t('urgent:business.refuseRoom'));
    expect(lobby).not.toContain(PULL_OVER);
  });

  it('with a room being booked and not yet let, asks where on the premises the child is and says not to let the room, if safe', () => {
    const booking = cardText(hotel('booking'));
    expect(booking).toContain(t('urgent:business.sayWherePremises'));
    expect(booking).toContain(t('urgent:business.refuseRoom'));
    expect(booking).not.toContain(t('urgent:business.sayWhereHotel'));
    expect(booking).not.toContain(t('urgent:business.keepRoom'));
  });

  it('cites the Met\'s Makesafe hotel tests for not letting the room, as a note since 2017', () => {
    const booking = cardText(hotel('booking'));
    expect(booking).toContain('refuse to rent out the room');
    expect(booking).toContain('Since 2017');
    expect(cardText(hotel(undefined))).not.toContain('refuse to rent out the room');
  });
});

// Issue 8: the school card said only "do not confront anyone" and "tell your safeguarding lead" to a teacher whose pupil
// had a man waiting for her at the gates.
describe('the school 999 card', () => {
  it('is a valid card', () => {
    expect(cardProblems(renderView(urgentView(undefined, { audience: 'professional' }), t))).toEqual([]);
  });

  it.each([false, true])('is a valid card, the child on the phone or not (%s)', (childOnPhone) => {
    expect(cardProblems(renderView(urgentView(undefined, childOnPhone ? { audience: 'professional', childOnPhone: true } : { audience: 'professional' }), t))).toEqual([]);
  });

  // Issue 8: a pupil rang her teacher from a man's car; the card said to keep her inside with staff.
  it('with the child on the phone to the teacher, says to keep them on the line, and nothing of keeping them inside', () => {
    const text = cardText(urgentView(undefined, { audience: 'professional', childOnPhone: true }));
    expect(text).toContain(t('urgent:onPhone'));
    expect(text).not.toContain(t('urgent:professional.keepChild'));
    expect(text).toContain(t('urgent:afterwards'));
  });

  // Issue 8: a pupil messaging her teacher from a party got "keep the child inside" and nothing of the messages.
  it('with the child messaging the teacher, says to keep in touch by message; with the child elsewhere, nothing of keeping them inside', () => {
    const messaging = cardText(urgentView(undefined, { audience: 'professional', childAway: 'messaging' }));
    expect(messaging).toContain(t('urgent:onMessages'));
    expect(messaging).not.toContain(t('urgent:professional.keepChild'));
    expect(messaging).not.toContain(t('urgent:onPhone'));
    const elsewhere = cardText(urgentView(undefined, { audience: 'professional', childAway: 'elsewhere' }));
    expect(elsewhere).not.toContain(t('urgent:professional.keepChild'));
    expect(elsewhere).not.toContain(t('urgent:onMessages'));
    expect(elsewhere).toContain(t('urgent:stayWithChild'));
    expect(cardProblems(renderView(urgentView(undefined, { audience: 'professional', childAway: 'messaging' }), t))).toEqual([]);
  });

  // Issue 8: a pupil who had run out of the gate to a man's car was still to be "kept inside with staff".
  it('with the child just gone from the premises, asks for the car, its number plate and the way they went, and nothing of keeping them inside', () => {
    for (const audience of ['professional', 'health', 'socialCare'] as const) {
      const view = urgentView(undefined, { audience, childAway: 'left' });
      const text = cardText(view);
      expect(text).toContain(t('urgent:childLeft'));
      expect(text).not.toContain(t('urgent:professional.keepChild'));
      expect(text).not.toContain(t('urgent:health.keepChild'));
      expect(text).not.toContain(t('urgent:onMessages'));
      expect(cardProblems(renderView(view, t))).toEqual([]);
    }
  });

  it('says, as the health card does, to keep the child inside with staff rather than letting them go to that adult, if it is safe to', () => {
    const text = cardText(urgentView(undefined, { audience: 'professional' }));
    expect(text).toContain(t('urgent:professional.keepChild'));
    expect(text).toContain('keep the child inside with staff');
    expect(text).toContain(t('urgent:afterwards'));
  });
});

// Issue 8: a looked-after child ringing their social worker from a car: keep them on the line, 999 on another phone.
describe('the social care 999 card', () => {
  it.each([false, true])('is a valid card, the child on the phone or not (%s)', (childOnPhone) => {
    const reader = childOnPhone ? { audience: 'socialCare' as const, childOnPhone: true as const } : { audience: 'socialCare' as const };
    expect(cardProblems(renderView(urgentView(undefined, reader), t))).toEqual([]);
  });

  it('says to keep the child talking and call 999 on another phone, or ask a colleague to, when the child is on the phone to the social worker', () => {
    const text = cardText(urgentView(undefined, { audience: 'socialCare', childOnPhone: true }));
    expect(text).toContain(t('urgent:onPhone'));
    expect(text).toContain('call 999 on another phone');
  });

  it('says nothing of a call with the child when the child is not on the phone', () => {
    expect(cardText(urgentView(undefined, { audience: 'socialCare' }))).not.toContain('on another phone');
  });
});
