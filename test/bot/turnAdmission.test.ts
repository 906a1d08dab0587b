import { createTokenBuckets } from '../../bot/edge/tokenBuckets';
import { createTurnAdmission } from '../../bot/edge/turnAdmission';

/** The turn limits, on a clock the test moves. */

const turn = (conversation: string, user = 'user-fictional-1', channelId = 'test') => ({ channelId, from: { id: user }, conversation: { id: conversation } });

describe('token buckets', () => {
  it('allows a burst up to the rate, then refills continuously', () => {
    let now = 0;
    const buckets = createTokenBuckets({ perMinute: 30, now: () => now });
    for (let i = 0; i < 30; i += 1) expect(buckets.take('conv-a').ok).toBe(true);
    expect(buckets.take('conv-a')).toEqual({ ok: false, retryAfterS: 2 });
    now += 2_000;
    expect(buckets.take('conv-a').ok).toBe(true);
    expect(buckets.take('conv-a').ok).toBe(false);
  });

  it('keeps each key apart', () => {
    const buckets = createTokenBuckets({ perMinute: 1, now: () => 0 });
    expect(buckets.take('conv-a').ok).toBe(true);
    expect(buckets.take('conv-b').ok).toBe(true);
    expect(buckets.take('conv-a').ok).toBe(false);
  });

  it('forgets buckets that have refilled, so memory stays bounded', () => {
    let now = 0;
    const buckets = createTokenBuckets({ perMinute: 60, now: () => now });
    for (let i = 0; i < 1_000; i += 1) buckets.take(`conv-${i}`);
    expect(buckets.size()).toBe(1_000);
    now += 61_000;
    buckets.take('conv-new');
    expect(buckets.size()).toBe(1);
  });

  it('evicts the least recently used past its key limit', () => {
    const buckets = createTokenBuckets({ perMinute: 1, maxKeys: 3, now: () => 0 });
    for (const key of ['a', 'b', 'c', 'd']) buckets.take(key);
    expect(buckets.size()).toBe(3);
    // "a" was evicted, so it has a fresh bucket; "d" has none left.
    expect(buckets.take('a').ok).toBe(true);
    expect(buckets.take('d').ok).toBe(false);
  });
});

describe('turn admission', () => {
  it('refuses a conversation past its rate, naming the seconds to wait', () => {
    const admission = createTurnAdmission({ conversationTurnsPerMinute: 2, userTurnsPerMinute: 100, maxTurnsInFlight: 10 }, () => 0);
    admission.admit(turn('conv-a', 'u1'));
    admission.admit(turn('conv-a', 'u2'));
    expect(admission.admit(turn('conv-a', 'u3'))).toEqual({ ok: false, retryAfterS: 30, reason: 'conversation' });
  });

  it('refuses one person past their rate across conversations and channels apart', () => {
    const admission = createTurnAdmission({ conversationTurnsPerMinute: 100, userTurnsPerMinute: 2, maxTurnsInFlight: 10 }, () => 0);
    admission.admit(turn('conv-a'));
    admission.admit(turn('conv-b'));
    expect(admission.admit(turn('conv-c'))).toMatchObject({ ok: false, reason: 'user' });
    expect(admission.admit(turn('conv-c', 'user-fictional-1', 'msteams')).ok).toBe(true);
  });

  it('bounds the turns in flight and frees a place when one ends', () => {
    const admission = createTurnAdmission({ conversationTurnsPerMinute: 100, userTurnsPerMinute: 100, maxTurnsInFlight: 2 }, () => 0);
    const first = admission.admit(turn('conv-a'));
    const second = admission.admit(turn('conv-b'));
    expect(admission.admit(turn('conv-c'))).toEqual({ ok: false, retryAfterS: 1, reason: 'inFlight' });
    if (!first.ok || !second.ok) throw new Error('the first two turns should be admitted');
    first.release();
    first.release();
    expect(admission.inFlight()).toBe(1);
    expect(admission.admit(turn('conv-c')).ok).toBe(true);
  });
});
