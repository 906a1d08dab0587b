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

  it('never tells hotel staff to pull over: with a room named, they are asked for the room number, and to keep the room as it is', () => {
    const text = cardText(urgentView(undefined, { audience: 'business', workplace: 'hotel', roomNamed: true }));
    expect(text).not.toContain(PULL_OVER);
    expect(text).toContain(t('urgent:business.sayWhereHotel'));
    expect(text).toContain(t('urgent:business.keepRoom'));
    expect(text).toContain('Keep the child in sight if you safely can');
  });

  it('never tells staff at other premises (a takeaway, a pub, a care home) to pull over: they say where on the premises the child is', () => {
    const text = cardText(urgentView(undefined, { audience: 'business', workplace: 'premises' }));
    expect(text).not.toContain(PULL_OVER);
    expect(text).toContain(t('urgent:business.sayWherePremises'));
    expect(text).not.toContain(t('urgent:business.keepRoom'));
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

  it('cites the protocol sections its lines come from, the synthesis shown as such', () => {
    expect(text()).toContain('Appendix C, multi-agency referral pathway, step C3 (reconstructed)');
    expect(text()).toContain('Hospitals, General Practitioner surgeries');
  });
});

// Issue 8: a hotel lobby got "the address and the room number" and "once the room is empty, keep it as it is".
describe('the hotel 999 card', () => {
  it.each([false, true])('is a valid card, a room named or not (%s)', (roomNamed) => {
    const reader = roomNamed ? { audience: 'business' as const, workplace: 'hotel' as const, roomNamed: true as const } : { audience: 'business' as const, workplace: 'hotel' as const };
    expect(cardProblems(renderView(urgentView(undefined, reader), t))).toEqual([]);
  });

  it('gives the room lines only when a room is named or booked', () => {
    const room = cardText(urgentView(undefined, { audience: 'business', workplace: 'hotel', roomNamed: true }));
    expect(room).toContain(t('urgent:business.sayWhereHotel'));
    expect(room).toContain(t('urgent:business.keepRoom'));
  });

  it('asks where on the premises the child is when no room is named (a lobby, a bar, the car park), and says nothing of keeping a room', () => {
    const lobby = cardText(urgentView(undefined, { audience: 'business', workplace: 'hotel' }));
    expect(lobby).toContain(t('urgent:business.sayWherePremises'));
    expect(lobby).not.toContain(t('urgent:business.sayWhereHotel'));
    expect(lobby).not.toContain(t('urgent:business.keepRoom'));
    expect(lobby).not.toContain(PULL_OVER);
  });
});

// Issue 8: the school card said only "do not confront anyone" and "tell your safeguarding lead" to a teacher whose pupil
// had a man waiting for her at the gates.
describe('the school 999 card', () => {
  it('is a valid card', () => {
    expect(cardProblems(renderView(urgentView(undefined, { audience: 'professional' }), t))).toEqual([]);
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
    expect(text).toContain(t('urgent:socialCare.onPhone'));
    expect(text).toContain('call 999 on another phone');
  });

  it('says nothing of a call with the child when the child is not on the phone', () => {
    expect(cardText(urgentView(undefined, { audience: 'socialCare' }))).not.toContain('on another phone');
  });
});
