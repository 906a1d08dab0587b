import { startPurgeJob } from '../../bot/retention/purgeJob';
import type { PurgeReport } from '../../bot/retention/purge';

describe('the purge job of the server', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs on its schedule, never twice at once in one process, and stop waits for a run in flight', async () => {
    const finishes: Array<(report: PurgeReport) => void> = [];
    const done: PurgeReport[] = [];
    const job = startPurgeJob({
      everyMs: 60_000,
      run: () => new Promise<PurgeReport>((resolve) => finishes.push(resolve)),
      onDone: (report) => done.push(report),
      onError: () => undefined,
    });
    expect(finishes).toHaveLength(0);
    await jest.advanceTimersByTimeAsync(60_000);
    expect(finishes).toHaveLength(1);
    // Still running at the next tick: that tick is skipped.
    await jest.advanceTimersByTimeAsync(60_000);
    expect(finishes).toHaveLength(1);
    finishes[0]?.({ purged: 2, alreadyGone: 0 });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(finishes).toHaveLength(2);
    expect(done).toEqual([{ purged: 2, alreadyGone: 0 }]);

    let stopped = false;
    const stopping = job.stop().then(() => {
      stopped = true;
    });
    await jest.advanceTimersByTimeAsync(0);
    expect(stopped).toBe(false);
    finishes[1]?.({ purged: 0, alreadyGone: 1 });
    await stopping;
    await jest.advanceTimersByTimeAsync(600_000);
    expect(finishes).toHaveLength(2);
  });

  it('reports a failed run and runs again at the next tick', async () => {
    const errors: unknown[] = [];
    let runs = 0;
    const job = startPurgeJob({
      everyMs: 1_000,
      run: async () => {
        runs += 1;
        if (runs === 1) throw new Error('store unavailable');
        return { purged: 0, alreadyGone: 0 };
      },
      onDone: () => undefined,
      onError: (error) => errors.push(error),
    });
    await jest.advanceTimersByTimeAsync(2_000);
    expect(runs).toBe(2);
    expect(errors).toHaveLength(1);
    await job.stop();
  });
});
