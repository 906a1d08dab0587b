import { asksForPowers, route } from '../../dialogs/router';

/** Typed requests for the finder reach it; urgent danger still wins. */
describe('routing to Powers and tactics', () => {
  it('starts the finder for a pattern told as a habit ("keeps picking her up": not a danger now)', () => {
    expect(route('what can I do about the man who keeps picking her up')).toEqual({ kind: 'situation', flowId: 'tactics.powerFinder' });
  });

  it('sends danger now to 999 first, and still knows it asks for powers', () => {
    const text = 'what can we do about him, he has her in his car right now';
    expect(route(text).kind).toBe('urgent');
    expect(asksForPowers(text)).toBe(true);
  });

  it.each([
    'cawn for a 17yo thats s20 accomodated',
    'what powers do i have for a hotel',
  ])('offers the finder for "%s"', (text) => {
    expect(route(text)).toEqual({ kind: 'situation', flowId: 'tactics.powerFinder' });
  });

  it.each(['powers and tactics', 'tactics'])('starts the finder for "%s"', (text) => {
    expect(route(text)).toEqual({ kind: 'situation', flowId: 'tactics.powerFinder' });
  });

  it('still sends danger to 999 first', () => {
    expect(route('he is with her now in a hotel and she is in danger, what powers do i have').kind).toBe('urgent');
  });
});
