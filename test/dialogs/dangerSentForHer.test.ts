import { detectDanger } from '../../dialogs/danger';
import { verdict } from '../support/dangerVerdict';

/**
 * Issue 8, the eleventh round: "safe with us at the counter but he has sent a taxi for her, its outside" got no 999 card: a taxi or
 * a car sent for a child by the adult is the pick-up about to happen (the protocol's cars and taxis paid for by adults), so it is
 * force with its own time, live beside any claim of safety. The writer's own taxi home is not. Fictional.
 */

describe('a taxi or car sent for the child by someone else', () => {
  it.each([
    'safe with us at the counter but he has sent a taxi for her, its outside',
    'she is safe with her mum now but he has sent an uber for her',
    'they have booked her a cab to the hotel',
    'a man has just sent a car for her',
  ])('alarms: %s', (text) => {
    const decision = detectDanger(text);
    expect({ text, urgent: decision.urgent, vetoed: decision.vetoed }).toEqual({ text, urgent: true, vetoed: false });
  });

  it.each(['i have booked her a taxi home, she is safe with her mum now', 'we sent a taxi for her to bring her back to the unit last night, she is settled'])(
    'the writer\'s own taxi stays calm: %s',
    (text) => {
      expect(verdict(text)).toEqual({ text, urgent: false, why: expect.any(String) });
    },
  );
});
