import type { PurgeReport } from './purge';

export interface PurgeJobOptions {
  everyMs: number;
  run: () => Promise<PurgeReport>;
  onDone: (report: PurgeReport) => void;
  onError: (error: unknown) => void;
}

/**
 * Runs the purge every `everyMs`, never two runs of one process at once (a slow run makes the next
 * tick skip). Several instances may run it together: each record is still deleted and audited once.
 */
export function startPurgeJob(options: PurgeJobOptions): { stop(): Promise<void> } {
  let running: Promise<void> | undefined;
  const tick = (): void => {
    if (running !== undefined) return;
    running = options
      .run()
      .then(options.onDone, options.onError)
      .finally(() => {
        running = undefined;
      });
  };
  const timer = setInterval(tick, options.everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
