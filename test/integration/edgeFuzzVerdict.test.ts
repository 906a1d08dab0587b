import { READY_TIMEOUT_MS } from '../../bot/routes/health';
import { judgeSlow, RESPONSE_BOUND_MS, SLOW_REPLAYS, slowUnderLoadWithinShare, verdictOf, type EdgeAnswer, type Verdict } from '../support/edgeFuzzVerdict';

/**
 * How the edge fuzzing judges one answer. The readiness probe answering 503 "not_ready" is the right
 * answer when the store is slow (a loaded machine's MongoDB ping past its deadline), so it is counted,
 * not failed, and given the probe's deadline on top of the answer bound; anything else at 5xx, a 503
 * from elsewhere or with another body still fails the run. A slow answer is judged again by sending
 * its request alone: slow alone too, it fails; in time alone, it was the machine's load, and only a
 * small share of a run may be so.
 */

const NOT_READY = JSON.stringify({ status: 'not_ready', storage: 'mongodb' });
const READY = JSON.stringify({ status: 'ready', storage: 'mongodb' });
const answer = (given: Partial<EdgeAnswer>): EdgeAnswer => ({ method: 'GET', path: '/readyz', status: 200, ms: 5, body: READY, ...given });

describe('the edge fuzzing verdict on one answer', () => {
  it.each<[string, Partial<EdgeAnswer>]>([
    ['a refused message', { method: 'POST', path: '/api/messages', status: 400, body: '{}' }],
    ['the readiness probe, ready', {}],
    ['the readiness probe, ready, just inside its own bound', { ms: READY_TIMEOUT_MS + RESPONSE_BOUND_MS - 1 }],
    ['a quick answer just inside the bound', { method: 'POST', path: '/api/messages', status: 202, ms: RESPONSE_BOUND_MS - 1, body: '' }],
  ])('%s is answered', (_name, given) => {
    expect(verdictOf(answer(given))).toEqual({ kind: 'answered' });
  });

  it.each<[string, Partial<EdgeAnswer>]>([
    ['at once', { status: 503, body: NOT_READY }],
    ['when the store ping ran out its deadline on a loaded machine', { status: 503, ms: READY_TIMEOUT_MS + 350, body: NOT_READY }],
    ['on the embedded store', { status: 503, body: JSON.stringify({ status: 'not_ready', storage: 'embedded' }) }],
  ])('the readiness probe saying the store is not ready %s is counted apart', (_name, given) => {
    expect(verdictOf(answer(given))).toEqual({ kind: 'storeNotReady' });
  });

  it.each<[string, Partial<EdgeAnswer>, string]>([
    ['an unhandled error on a message', { method: 'POST', path: '/api/messages', status: 500, body: '{"code":"Internal"}' }, 'answered 500'],
    ['an unhandled error on the readiness probe', { status: 500, body: '{"code":"Internal"}' }, 'answered 500'],
    ['a 503 from anything but the readiness probe', { method: 'POST', path: '/api/messages', status: 503, body: NOT_READY }, 'answered 503'],
    ['a 503 from the liveness probe', { path: '/healthz', status: 503, body: NOT_READY }, 'answered 503'],
    ['a 503 from the probe path by another method', { method: 'POST', status: 503, body: NOT_READY }, 'answered 503'],
    ['a 503 from a path that only begins as the probe', { path: '/readyz/x', status: 503, body: NOT_READY }, 'answered 503'],
    ['a 500 from a path the fuzzing makes up', { path: '//', status: 500, body: '' }, 'answered 500'],
    ['a 503 from the readiness probe that does not say the store is not ready', { status: 503, body: '{"code":"ServiceUnavailable"}' }, 'answered 503'],
    ['a 503 from the readiness probe whose body is not JSON', { status: 503, body: 'Service Unavailable' }, 'answered 503'],
    ['a 502 from the readiness probe with a not-ready body', { status: 502, body: NOT_READY }, 'answered 502'],
    ['a slow 500', { method: 'POST', path: '/api/messages', status: 500, ms: RESPONSE_BOUND_MS * 2, body: '' }, 'answered 500'],
  ])('%s fails the run', (_name, given, why) => {
    expect(verdictOf(answer(given))).toEqual({ kind: 'failed', why });
  });

  it.each<[string, Partial<EdgeAnswer>, string]>([
    ['a slow message', { method: 'POST', path: '/api/messages', status: 202, ms: RESPONSE_BOUND_MS, body: '' }, `took ${RESPONSE_BOUND_MS} ms`],
    ['a slow liveness probe', { path: '/healthz', ms: RESPONSE_BOUND_MS + 10, body: '{"status":"ok"}' }, `took ${RESPONSE_BOUND_MS + 10} ms`],
    ['a readiness probe slower than its deadline and the bound', { status: 503, ms: READY_TIMEOUT_MS + RESPONSE_BOUND_MS, body: NOT_READY }, `took ${READY_TIMEOUT_MS + RESPONSE_BOUND_MS} ms`],
  ])('%s is slow, to be sent again alone', (_name, given, why) => {
    expect(verdictOf(answer(given))).toEqual({ kind: 'slow', why });
  });
});

describe('a slow answer sent again alone', () => {
  const first = { kind: 'slow', why: 'took 3094 ms' } as const;
  /** A replay that answers with each verdict in turn, counting its calls. */
  const replaying = (...verdicts: Verdict[]): { replay: () => Promise<Verdict>; calls: () => number } => {
    let calls = 0;
    return {
      replay: async () => {
        const verdict = verdicts[calls] ?? verdicts[verdicts.length - 1];
        calls += 1;
        if (verdict === undefined) throw new Error('no verdict to replay');
        return verdict;
      },
      calls: () => calls,
    };
  };

  it('was slow only among others when it is answered in time alone', async () => {
    const replays = replaying({ kind: 'answered' });
    await expect(judgeSlow(first, replays.replay)).resolves.toEqual({ kind: 'slowUnderLoad', why: 'took 3094 ms' });
    expect(replays.calls()).toBe(1);
  });

  it('is given a second chance alone before it counts as the server\'s', async () => {
    const replays = replaying({ kind: 'slow', why: 'took 2100 ms' }, { kind: 'storeNotReady' });
    await expect(judgeSlow(first, replays.replay)).resolves.toEqual({ kind: 'slowUnderLoad', why: 'took 3094 ms' });
    expect(replays.calls()).toBe(2);
  });

  it('fails when it is slow every time it is sent alone', async () => {
    const replays = replaying({ kind: 'slow', why: 'took 2500 ms' }, { kind: 'slow', why: 'took 2600 ms' });
    await expect(judgeSlow(first, replays.replay)).resolves.toEqual({ kind: 'failed', why: 'took 3094 ms, then took 2500 ms, then took 2600 ms (sent alone after the first)' });
    expect(replays.calls()).toBe(SLOW_REPLAYS);
  });

  it('fails at once when sent alone it is answered with a 5xx', async () => {
    const replays = replaying({ kind: 'failed', why: 'answered 500' }, { kind: 'answered' });
    await expect(judgeSlow(first, replays.replay)).resolves.toEqual({ kind: 'failed', why: 'took 3094 ms among others, then answered 500 alone' });
    expect(replays.calls()).toBe(1);
  });

  it.each<[number, number, boolean]>([
    [0, 400, true],
    [4, 400, true],
    [5, 400, false],
    [1, 50, true],
    [2, 50, false],
    [25, 2_500, true],
    [26, 2_500, false],
  ])('%i answers slow only among others in a run of %i are within its share: %s', (slow, requests, within) => {
    expect(slowUnderLoadWithinShare(slow, requests)).toBe(within);
  });
});
