import { readerOf } from '../../dialogs/danger/audience';

/**
 * Where business staff work, as far as the conversation knows, so the 999 card fits them (the fifth exploratory test: the
 * card told hotel staff to pull over): the way the writer introduces themselves first, then the business type the
 * Makesafe journey or report recorded, then what the message's words point to. Not known, the card fits anyone.
 */

const journey = (flowId: string, context: Record<string, unknown>) => ({ flowId, context });

describe('where the reader of the business 999 card works', () => {
  it.each([
    ['im a cab driver, young girl in the back, im driving now', 'vehicle'],
    ['cabby here got a girl in the back crying', 'vehicle'],
    ['uber driver: passenger about 13 with a man, he wants me to take them to a flat', 'vehicle'],
    ['hotel receptionist here, girl about 14 going up to a room with two older men right now', 'hotel'],
    ['hotel recepshun here theres a man just checked in with a young girl looks about 13 room 12 now', 'hotel'],
    ['night manager. lad about 14 in room 212 with 3 men, he is locked in', 'hotel'],
    ['im a recepshunist at a b&b, girl in room 3 with two men', 'hotel'],
    // The writer's own job wins over what else the message names: a hotel worker may mention a taxi.
    ['hotel receptionist here, a taxi just dropped a girl of 13 with two men, they are in room 9 now', 'hotel'],
    ['bar staff here, girl about 14 with older men buying her shots', 'premises'],
    ['i work at a chicken shop, a girl is being pulled into a car outside right now', 'premises'],
  ] as const)('"%s" is read as %s', (text, workplace) => {
    expect(readerOf('business', { text })).toEqual({ audience: 'business', workplace });
  });

  it('reads the words of a message with no introduction: the car first, as the writer may be driving', () => {
    expect(readerOf('business', { text: 'girl in the back of my cab is crying, a man is following us' }).workplace).toBe('vehicle');
    expect(readerOf('business', { text: 'girl about 14 checking in with two older men right now' }).workplace).toBe('hotel');
    expect(readerOf('business', { text: 'a man has locked her in a flat right now' }).workplace).toBeUndefined();
  });

  it('takes the business type the Makesafe journey or the Makesafe report recorded over the words of the message', () => {
    const text = 'a man just pulled up in a car and is dragging a girl of 12 out of it';
    expect(readerOf('business', { text, journey: journey('business.firstSteps', { sector: 'hotel', signs: {} }) }).workplace).toBe('hotel');
    expect(readerOf('business', { text, journey: journey('business.firstSteps', { sector: 'taxi', signs: {} }) }).workplace).toBe('vehicle');
    expect(readerOf('business', { text, journey: journey('business.firstSteps', { sector: 'fastFood', signs: {} }) }).workplace).toBe('premises');
    expect(readerOf('business', { journey: journey('form.makesafeReport', { page: 'whereAndWhen', answers: { premisesType: 'careHome' }, returnToCheck: false, submitFailed: false }) }).workplace).toBe('premises');
    expect(readerOf('business', { journey: journey('form.makesafeReport', { page: 'premises', answers: {}, prefill: { sector: 'taxi' }, returnToCheck: false, submitFailed: false }) }).workplace).toBe('vehicle');
  });

  it('does not know the workplace of "somewhere else", nor from a journey that does not ask it', () => {
    expect(readerOf('business', { journey: journey('business.firstSteps', { sector: 'other', signs: {} }) }).workplace).toBeUndefined();
    expect(readerOf('business', { journey: journey('business.firstSteps', { signs: {} }) }).workplace).toBeUndefined();
    expect(readerOf('business', { journey: journey('school.firstSteps', { sector: 'hotel' }) }).workplace).toBeUndefined();
  });

  it('gives a workplace to business staff only', () => {
    expect(readerOf('health', { text: 'nurse in A&E, a girl of 13 came in with a man who will not leave her side' })).toEqual({ audience: 'health' });
    expect(readerOf(undefined, { text: 'girl in the back of a cab crying' })).toEqual({ audience: 'anyone' });
  });
});
