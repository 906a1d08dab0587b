/** What a measured server tells its parent when it is ready (bench/processes.ts), so the bench's header says how it ran. */
export function runningAs(): { execArgv: string[]; entry: string; sourceMaps: boolean } {
  return { execArgv: process.execArgv, entry: process.argv[1] ?? 'unknown', sourceMaps: process.sourceMapsEnabled };
}
