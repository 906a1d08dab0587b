import { errorFields, type Logger } from '../logger';
import type { GroupSnapshot } from '../settings/groupSnapshot';
import type { GraphClient } from './graphClient';
import { GraphRequestError } from './graphRequestError';

/**
 * Keeps the membership of the settings file's Graph groups: read at start, then every `refreshMs`.
 * A group that cannot be read keeps its last good membership (until the snapshot's age limit) and
 * the pass is tried again after a back-off, or after the service's Retry-After if that is longer.
 * Logs name groups by id and say how many members they have; never who.
 */

export interface GraphMembershipOptions {
  groupIds: readonly string[];
  client: GraphClient;
  snapshot: GroupSnapshot;
  logger: Logger;
  refreshMs: number;
  /** The wait after the 1st, 2nd, ... failed pass (the last repeats), never longer than refreshMs. */
  retryDelaysMs?: readonly number[];
  clock?: () => number;
  /** Tests: runs `next` after `ms` and returns how to cancel it (by default an unref'd timer). */
  schedule?: (next: () => void, ms: number) => () => void;
}

export interface RefreshOutcome {
  read: string[];
  failed: string[];
  /** When the next pass runs. */
  nextInMs: number;
}

export interface GraphMembership {
  /** One pass over every group now (a pass already running is joined, not doubled). */
  refresh(): Promise<RefreshOutcome>;
  /** The first pass, awaited, then a pass every refreshMs (sooner after a failure). */
  start(): Promise<RefreshOutcome>;
  stop(): Promise<void>;
}

export const DEFAULT_RETRY_DELAYS_MS = [30_000, 60_000, 120_000, 300_000, 600_000];

const defaultSchedule = (next: () => void, ms: number): (() => void) => {
  const timer = setTimeout(next, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

/** A failure that every other group would meet too: the token, or the service asking us to slow down. */
const stopsThePass = (error: GraphRequestError): boolean => error.step === 'token' || error.kind === 'throttled';

export function graphMembership(options: GraphMembershipOptions): GraphMembership {
  const { groupIds, client, snapshot, logger, refreshMs } = options;
  const clock = options.clock ?? Date.now;
  const schedule = options.schedule ?? defaultSchedule;
  const delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
  let failedPasses = 0;
  let inFlight: Promise<RefreshOutcome> | undefined;
  let cancel: (() => void) | undefined;
  let stopped = false;

  const readGroup = async (groupId: string): Promise<GraphRequestError | undefined> => {
    try {
      const members = await client.transitiveUserIds(groupId);
      const first = snapshot.readAt(groupId) === undefined;
      snapshot.replace(groupId, members, clock());
      if (members.size === 0) logger.warn({ groupId }, 'Microsoft Graph says this group has no user members: a role given through it reaches nobody');
      else if (first) logger.info({ groupId, members: members.size }, 'group membership read from Microsoft Graph');
      return undefined;
    } catch (caught) {
      // A fault of ours is logged by its kind and frames, and counts as a failed read: Graph never stops the server.
      if (!(caught instanceof GraphRequestError)) logger.error({ groupId, ...errorFields(caught) }, 'reading group membership from Microsoft Graph failed unexpectedly');
      const error = caught instanceof GraphRequestError ? caught : new GraphRequestError('graph', 'malformed', undefined, undefined);
      const kept = snapshot.readAt(groupId) !== undefined;
      logger.warn(
        { groupId, step: error.step, kind: error.kind, status: error.status, code: error.code },
        kept ? 'group membership could not be read from Microsoft Graph; the last good membership is kept' : 'group membership could not be read from Microsoft Graph; until it is, its members hold no role through it',
      );
      return error;
    }
  };

  const pass = async (): Promise<RefreshOutcome> => {
    const read: string[] = [];
    const failures: Array<{ groupId: string; error: GraphRequestError }> = [];
    for (const groupId of groupIds) {
      const error = await readGroup(groupId);
      if (error === undefined) read.push(groupId);
      else {
        failures.push({ groupId, error });
        if (stopsThePass(error)) break;
      }
    }
    for (const groupId of snapshot.dropStale(clock())) {
      logger.error({ groupId }, 'the membership of this group read from Microsoft Graph is too old and was dropped: its members hold no role through it until it is read again');
    }
    const failed = groupIds.filter((id) => !read.includes(id));
    if (failed.length === 0) {
      if (failedPasses > 0) logger.info({ groups: groupIds.length }, 'group membership read from Microsoft Graph again');
      failedPasses = 0;
      return { read, failed, nextInMs: refreshMs };
    }
    failedPasses += 1;
    const backOff = Math.min(delays[Math.min(failedPasses, delays.length) - 1] ?? refreshMs, refreshMs);
    const asked = Math.max(0, ...failures.map((f) => f.error.retryAfterMs ?? 0));
    const nextInMs = Math.max(backOff, asked);
    logger.warn({ failedGroups: failed.length, failedPasses, retryInSeconds: Math.round(nextInMs / 1000) }, 'Microsoft Graph group membership: tried again later');
    return { read, failed, nextInMs };
  };

  const refresh = (): Promise<RefreshOutcome> => {
    inFlight ??= pass().finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  const loop = (outcome: RefreshOutcome): void => {
    if (stopped) return;
    cancel = schedule(() => {
      refresh().then(loop, () => loop({ read: [], failed: [...groupIds], nextInMs: refreshMs }));
    }, outcome.nextInMs);
  };

  return {
    refresh,
    async start() {
      const outcome = await refresh();
      loop(outcome);
      return outcome;
    },
    async stop() {
      stopped = true;
      cancel?.();
      await inFlight?.catch(() => undefined);
    },
  };
}
