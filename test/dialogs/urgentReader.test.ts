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
    expect(readerOf('business', { text })).toMatchObject({ audience: 'business', workplace });
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

// Issue 8: a hotel lobby got the room lines ("the address and the room number", "keep the room as it is"); a room being
// booked, and not yet let, got them too.
describe('whether hotel staff have let a room, or are asked for one', () => {
  it.each([
    'hotel receptionist here, girl about 14 going up to a room with two older men right now',
    'hotel recepshun here theres a man just checked in with a young girl looks about 13 room 12 now',
    'night manager. lad about 14 in room 212 with 3 men, he is locked in',
    'hotel here, a man booked a double for him and a girl of 13, they are up there now',
    'hotel staff, a man booked a room last night and a girl of 13 went up to his room with him just now',
    'hotel receptionist, a girl of 14 is in room 214 with two men right now',
  ])('"%s" has a room let', (text) => {
    expect(readerOf('business', { text })).toEqual({ audience: 'business', workplace: 'hotel', hotelRoom: 'let' });
  });

  it.each([
    'im on reception at the hotel, a girl who looks about 14 is sat in the lobby w a man in his 40s, hes tryin to book a room cash no id. what do i do',
    'girl about 14 checking in with two older men right now',
    'hotel receptionist, a man in his 50s is booking a room for him and a girl of 13 right now',
    'hotel night manager, a man wants a room for him and a girl about 12, he is at the desk now',
    'hotel staff, a man with a young girl is trying to get a room, paying cash, right now',
  ])('"%s" asks for a room not yet let: a booking', (text) => {
    expect(readerOf('business', { text })).toEqual({ audience: 'business', workplace: 'hotel', hotelRoom: 'booking' });
  });

  it.each([
    'hotel staff here, girl about 13 in the lobby crying, older man keeps trying to take her upstairs',
    'hotel receptionist, a girl of 12 is in the bar with two men plying her with drinks right now',
    'hotel night manager, a man is dragging a girl across our car park now',
    'hotel staff here, a man is shouting at a young girl at reception right now, she looks terrified',
    'hotel receptionist, a girl of 13 is crying in the waiting room with a man right now',
  ])('"%s" names no room: where on the premises the child is', (text) => {
    expect(readerOf('business', { text })).toEqual({ audience: 'business', workplace: 'hotel' });
  });

  it('names a room only for hotel staff', () => {
    expect(readerOf('business', { text: 'chicken shop here, a girl is locked in the back room with men now' })).toEqual({ audience: 'business', workplace: 'premises' });
    expect(readerOf('health', { text: 'a girl of 13 is in room 4 with a man who will not leave' })).toEqual({ audience: 'health' });
  });
});

// Issue 8: a looked-after child ringing their social worker from a car: keep them talking, 999 on another phone.
describe('whether the child is on the phone to the social worker', () => {
  it.each([
    'LAC 15yo just rang me from a car, she says two men are driving her somewhere and she does not know where',
    'my yp is on the phone to me now crying, says a man has locked her in a flat',
    'she is ringing me right now from a flat, there are men there who will not let her leave',
    'i am on the phone with her now, she is in a car with older men',
    'the 14 year old i work with just phoned me saying a man has taken her to a hotel',
  ])('"%s" has the child on the phone', (text) => {
    expect(readerOf('socialCare', { text })).toEqual({ audience: 'socialCare', childOnPhone: true });
  });

  it.each([
    'her foster carer just rang me, she is in a car with two men right now',
    'police rang me, my yp is in a flat with older men now',
    'she has just been taken by her uncle to a house party, she is 14',
  ])('"%s" does not', (text) => {
    // Told to be in a car or a flat, the child may be away (childAway, test/dialogs/childAway.test.ts), but not on the phone.
    expect(readerOf('socialCare', { text }).childOnPhone).toBeUndefined();
  });

  // Issue 8: a pupil rang her teacher from a man's car; the school card kept "keep the child inside with staff".
  it('is asked for school and health staff too, as their cards have the same call to keep', () => {
    expect(readerOf('school', { text: 'a student just rang me crying, she says a man has her in his car and wont let her out' })).toEqual({ audience: 'professional', childOnPhone: true });
    expect(readerOf('health', { text: 'my 14 year old patient is ringing me now, a man is holding her in a flat' })).toEqual({ audience: 'health', childOnPhone: true });
    expect(readerOf('school', { text: 'her mum just rang me, a man has her in his car right now' })).toEqual({ audience: 'professional' });
  });

  // Issue 8, the ninth exploratory test: a patient on the phone to the writer or to the surgery now got "keep the child with
  // staff until the police arrive", though the child was not there.
  it.each([
    'im on the phone with a 13 yr old patient right now, she says shes in a car with men shes never met and theyre driving her somewhere, pls help',
    'a 15yo patient of mine just phoned the surgery, she says shes locked in a flat and a man wont let her leave, shes still on the phone to our receptionist',
    'we are on the line with a 14 year old girl now, she says two men are holding her in a flat',
  ])('"%s" has the child on the phone, for health staff', (text) => {
    expect(readerOf('health', { text })).toEqual({ audience: 'health', childOnPhone: true });
  });

  it.each([
    'im on the phone with her mum, she says a man has her daughter locked in a flat right now',
    'her mum phoned the surgery, a man is holding her 14 year old in a flat now',
    'on the phone to her social worker now, the girl is in a car with two men',
  ])('"%s" is someone else on the phone, not the child', (text) => {
    expect(readerOf('health', { text }).childOnPhone).toBeUndefined();
  });

  it('is not asked of business staff, the police or anyone', () => {
    const text = 'my yp is on the phone to me now crying, says a man has locked her in a flat';
    expect(readerOf('police', { text })).toEqual({ audience: 'police' });
    expect(readerOf(undefined, { text })).toEqual({ audience: 'anyone' });
  });
});
