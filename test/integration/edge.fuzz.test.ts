import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { fuzzRequest, type FuzzRequest } from '../support/edgeFuzz';
import { startProcess, type AssistantProcess } from '../support/process';
import { judgeSlow, slowUnderLoadWithinShare, verdictOf, type Verdict } from '../support/edgeFuzzVerdict';
import { rssMb } from '../support/rawHttp';

/**
 * Property-based fuzzing of the HTTP edge against the server as a child process, in both modes
 * (an app id with absent and forged tokens; local mode), on the embedded store always and on
 * MongoDB when MONGODB_URI is set. For every request: no 5xx, an answer within 2 s (the bound
 * issue 9 asks for), except that /readyz saying the store is not ready is right when the store is slow
 * (on a loaded machine MongoDB's ping can pass the probe's deadline): counted apart and printed, never
 * another 5xx (test/support/edgeFuzzVerdict.ts). A slow answer is sent again alone and fails only if
 * it is slow alone too, or if such answers are more than a small share of the run (judgeSlow there).
 * After each run: the process is alive, /healthz answers, and its resident
 * memory grew by less than RSS_GROWTH_BOUND_MB over its start throughout.
 */

/**
 * Measured: the child starts at about 170 MB on Node 20 and 210 MB on Node 24; under this fuzzing it
 * grew by 150 MB (Node 20) to 210 MB (Node 24) in local mode on the embedded store (bodies up to the
 * 256 KB limit, eight at a time, parsed and refused) and by under 70 MB otherwise. The bound is on
 * growth, since each Node line starts at its own size. The probe's gzip bomb had added 800 MB.
 */
const RSS_GROWTH_BOUND_MB = 300;
/** Requests in flight at once against one process. */
const BATCH = 8;
const APP_ID = '00000000-0000-0000-0000-0000000000f1';

interface Mode {
  name: string;
  cases: number;
  env: Record<string, string>;
}

const modes: Mode[] = [
  { name: 'local mode, embedded store', cases: 2_500, env: {} },
  { name: 'app id, embedded store', cases: 2_500, env: { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'fictional-secret', HOST: '127.0.0.1' } },
];
if (process.env.MONGODB_URI !== undefined) {
  const mongo = { MONGODB_URI: process.env.MONGODB_URI, MONGODB_DB: `fuzz_${Date.now()}` };
  modes.push({ name: 'local mode, MongoDB', cases: 500, env: mongo });
  modes.push({ name: 'app id, MongoDB', cases: 400, env: { ...mongo, MONGODB_DB: `fuzz_app_${Date.now()}`, MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'fictional-secret', HOST: '127.0.0.1' } });
}

interface Outcome {
  status: number;
  ms: number;
  request: FuzzRequest;
  verdict: Verdict;
}

async function send(url: string, request: FuzzRequest): Promise<Outcome> {
  const started = performance.now();
  const response = await fetch(`${url}${request.path}`, { method: request.method, headers: request.headers, body: request.body });
  const body = await response.text();
  const ms = performance.now() - started;
  return { status: response.status, ms, request, verdict: verdictOf({ method: request.method, path: request.path, status: response.status, ms, body }) };
}

const describeRequest = (o: Outcome): string =>
  `${o.request.method} ${o.request.path} ${JSON.stringify(o.request.headers)} body ${typeof o.request.body === 'string' ? `${o.request.body.length} chars: ${o.request.body.slice(0, 160)}` : `${o.request.body?.length ?? 0} bytes`}`;

describe.each(modes)('the HTTP edge under fuzzing ($name)', (mode) => {
  let server: AssistantProcess;
  beforeAll(async () => {
    // Generous turn limits: the fuzzing is one fast client, and a 429 would hide what lies behind it.
    server = await startProcess({
      DATA_FILE: join(mkdtempSync(join(tmpdir(), 'cse-fuzz-')), 'assistant.db'),
      RATE_CONVERSATION_PER_MINUTE: '6000',
      RATE_USER_PER_MINUTE: '6000',
      ...mode.env,
    });
  });
  afterAll(async () => {
    server.child.kill('SIGTERM');
    await server.exited;
  });

  it(`answers ${mode.cases} generated requests without a crash, a 5xx (but the store not ready) or a slow answer, in bounded memory`, async () => {
    const pid = server.child.pid ?? 0;
    const startRss = rssMb(pid);
    let peakRss = startRss;
    let slowest: Outcome | undefined;
    const statuses = new Map<number, number>();
    let storeNotReady = 0;
    const slowUnderLoad: string[] = [];
    const run = await fc.check(
      fc.asyncProperty(fc.array(fuzzRequest, { minLength: BATCH, maxLength: BATCH }), async (batch) => {
        const outcomes = await Promise.all(batch.map((request) => send(server.url, request)));
        peakRss = Math.max(peakRss, rssMb(pid));
        for (const outcome of outcomes) {
          statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
          if (slowest === undefined || outcome.ms > slowest.ms) slowest = outcome;
          const verdict = outcome.verdict.kind === 'slow' ? await judgeSlow(outcome.verdict, async () => (await send(server.url, outcome.request)).verdict) : outcome.verdict;
          if (verdict.kind === 'failed') throw new Error(`${verdict.why}: ${describeRequest(outcome)}`);
          if (verdict.kind === 'storeNotReady') storeNotReady += 1;
          if (verdict.kind === 'slowUnderLoad') slowUnderLoad.push(verdict.why);
        }
      }),
      { numRuns: Math.ceil(mode.cases / BATCH), endOnFailure: true },
    );
    // The failing request, short, with the seed to replay it; never the whole generated batch.
    expect(run.failed ? `seed ${run.seed}: ${run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance)}` : 'no failure').toBe('no failure');
    expect(slowUnderLoadWithinShare(slowUnderLoad.length, mode.cases) ? 'within share' : `${slowUnderLoad.length} answers slow among others: ${slowUnderLoad.join(', ')}`).toBe('within share');
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(peakRss - startRss).toBeLessThan(RSS_GROWTH_BOUND_MB);
    const counts = [...statuses.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}:${n}`).join(' ');
    console.log(`${mode.name}: ${mode.cases} cases; statuses ${counts}; readiness 503 (store not ready) ${storeNotReady}; slow only among others ${slowUnderLoad.length}; slowest ${Math.round(slowest?.ms ?? 0)} ms; RSS ${Math.round(startRss)} -> peak ${Math.round(peakRss)} MB`);
  });
});
