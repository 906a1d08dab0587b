import { READY_TIMEOUT_MS } from '../../bot/routes/health';
import { RESPONSE_BOUND_MS, verdictOf, type EdgeAnswer } from '../support/edgeFuzzVerdict';

/**
 * How the edge fuzzing judges one answer. The readiness probe answering 503 "not_ready" is the right
 * answer when the store is slow (a loaded machine's MongoDB ping past its deadline), so it is counted,
 * not failed, and given the probe's deadline on top of the answer bound; anything else at 5xx, a 503
 * from elsewhere or with another body, and any other slow answer still fails the run.
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
    ['a slow message', { method: 'POST', path: '/api/messages', status: 202, ms: RESPONSE_BOUND_MS, body: '' }, `took ${RESPONSE_BOUND_MS} ms`],
    ['a slow liveness probe', { path: '/healthz', ms: RESPONSE_BOUND_MS + 10, body: '{"status":"ok"}' }, `took ${RESPONSE_BOUND_MS + 10} ms`],
    ['a readiness probe slower than its deadline and the bound', { status: 503, ms: READY_TIMEOUT_MS + RESPONSE_BOUND_MS, body: NOT_READY }, `took ${READY_TIMEOUT_MS + RESPONSE_BOUND_MS} ms`],
  ])('%s fails the run', (_name, given, why) => {
    expect(verdictOf(answer(given))).toEqual({ kind: 'failed', why });
  });
});
