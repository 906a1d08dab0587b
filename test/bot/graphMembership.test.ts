import { graphMembership, type GraphMembership } from '../../bot/graph/graphMembership';
import { GraphRequestError } from '../../bot/graph/graphRequestError';
import type { GraphClient } from '../../bot/graph/graphClient';
import { createLogger } from '../../bot/logger';
import { groupSnapshot } from '../../bot/settings/groupSnapshot';

/**
 * The membership snapshot and its refresh, on a manual clock and a recorded schedule: read at
 * start; a failed refresh keeps the last good membership, is logged by group id (never a user id) and
 * tried again after a back-off or the service's Retry-After; a membership too old is dropped; a group
 * never read has nobody. All ids are fictional.
 */

const id = (n: number): string => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const TEAM = id(900);
const MASE = id(901);
const MINUTE = 60_000;
const REFRESH = 15 * MINUTE;
const MAX_AGE = 24 * 60 * MINUTE;

type Answer = Set<string> | GraphRequestError;

function harness(answers: Record<string, Answer[]>, groupIds = [TEAM]) {
  let now = Date.parse('2031-03-06T10:00:00Z');
  const asked: string[] = [];
  const client: GraphClient = {
    transitiveUserIds(groupId) {
      asked.push(groupId);
      const next = answers[groupId]?.shift() ?? new GraphRequestError('graph', 'unavailable', 500, undefined);
      return next instanceof GraphRequestError ? Promise.reject(next) : Promise.resolve(next);
    },
  };
  const lines: string[] = [];
  const logger = createLogger('trace', { write: (line: string) => lines.push(line) });
  const snapshot = groupSnapshot(MAX_AGE, () => now);
  const scheduled: Array<{ ms: number; run: () => void; cancelled: boolean }> = [];
  const membership: GraphMembership = graphMembership({
    groupIds,
    client,
    snapshot,
    logger,
    refreshMs: REFRESH,
    clock: () => now,
    schedule: (run, ms) => {
      const entry = { ms, run, cancelled: false };
      scheduled.push(entry);
      return () => {
        entry.cancelled = true;
      };
    },
  });
  return { membership, snapshot, asked, lines, scheduled, advance: (ms: number) => (now += ms), logText: () => lines.join('') };
}

const members = (...ns: number[]) => new Set(ns.map(id));
const throttled = (seconds: number) => new GraphRequestError('graph', 'throttled', 429, seconds * 1000, 'TooManyRequests');
const unavailable = () => new GraphRequestError('graph', 'unavailable', 500, undefined);

describe('the snapshot', () => {
  it('gives a group never read nobody, a group read its members (any case), and a membership past its age nobody', () => {
    let now = 0;
    const snapshot = groupSnapshot(MAX_AGE, () => now);
    expect(snapshot.membersOf(TEAM).size).toBe(0);
    snapshot.replace(TEAM.toUpperCase(), new Set([id(1).toUpperCase()]), now);
    expect([...snapshot.membersOf(TEAM)]).toEqual([id(1)]);
    now = MAX_AGE;
    expect([...snapshot.membersOf(TEAM)]).toEqual([id(1)]);
    now = MAX_AGE + 1;
    expect(snapshot.membersOf(TEAM).size).toBe(0);
    expect(snapshot.dropStale(now)).toEqual([TEAM]);
    expect(snapshot.readAt(TEAM)).toBeUndefined();
  });
});

describe('reading and refreshing', () => {
  it('reads every group at start and then every refresh interval; a member removed in Entra is gone after the next refresh', async () => {
    const h = harness({ [TEAM]: [members(1, 2), members(1)], [MASE]: [members(3), members(3)] }, [TEAM, MASE]);
    expect(await h.membership.start()).toEqual({ read: [TEAM, MASE], failed: [], nextInMs: REFRESH });
    expect([...h.snapshot.membersOf(TEAM)]).toEqual([id(1), id(2)]);
    expect(h.scheduled.map((s) => s.ms)).toEqual([REFRESH]);
    h.advance(REFRESH);
    await h.membership.refresh();
    expect([...h.snapshot.membersOf(TEAM)]).toEqual([id(1)]);
  });

  it('before the first good read a group has nobody, and the read is tried again after a growing back-off, never longer than the refresh interval', async () => {
    const h = harness({ [TEAM]: [unavailable(), unavailable(), unavailable(), unavailable(), unavailable(), unavailable(), members(1)] });
    const waits: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      const outcome = await h.membership.refresh();
      expect(outcome.failed).toEqual([TEAM]);
      expect(h.snapshot.membersOf(TEAM).size).toBe(0);
      waits.push(outcome.nextInMs);
    }
    expect(waits).toEqual([30_000, 60_000, 120_000, 300_000, 600_000, 600_000]);
    expect(await h.membership.refresh()).toMatchObject({ failed: [], nextInMs: REFRESH });
    expect([...h.snapshot.membersOf(TEAM)]).toEqual([id(1)]);
    expect(h.logText()).toContain('until it is, its members hold no role through it');
    expect(h.logText()).toContain('group membership read from Microsoft Graph again');
  });

  it('a failed refresh keeps the last good membership, and logs the group, never who is in it', async () => {
    const h = harness({ [TEAM]: [members(1, 2), unavailable()] });
    await h.membership.refresh();
    h.advance(REFRESH);
    expect((await h.membership.refresh()).failed).toEqual([TEAM]);
    expect([...h.snapshot.membersOf(TEAM)]).toEqual([id(1), id(2)]);
    const log = h.logText();
    expect(log).toContain('the last good membership is kept');
    expect(log).toContain(TEAM);
    expect(log).toContain('"members":2');
    expect(log).not.toContain(id(1));
    expect(log).not.toContain(id(2));
  });

  it('honours Retry-After when it is longer than the back-off, and stops the pass (the other groups would be throttled too)', async () => {
    const h = harness({ [TEAM]: [throttled(90)], [MASE]: [members(3)] }, [TEAM, MASE]);
    expect(await h.membership.refresh()).toEqual({ read: [], failed: [TEAM, MASE], nextInMs: 90_000 });
    expect(h.asked).toEqual([TEAM]);
    expect(h.logText()).toContain('"code":"TooManyRequests"');
  });

  it('keeps the back-off when Retry-After is shorter', async () => {
    const h = harness({ [TEAM]: [throttled(2)] });
    expect((await h.membership.refresh()).nextInMs).toBe(30_000);
  });

  it('goes on to the other groups when one cannot be read, and retries soon', async () => {
    const h = harness({ [TEAM]: [new GraphRequestError('graph', 'notFound', 404, undefined, 'Request_ResourceNotFound')], [MASE]: [members(3)] }, [TEAM, MASE]);
    expect(await h.membership.refresh()).toEqual({ read: [MASE], failed: [TEAM], nextInMs: 30_000 });
    expect([...h.snapshot.membersOf(MASE)]).toEqual([id(3)]);
  });

  it('a token that cannot be had stops the pass', async () => {
    const h = harness({ [TEAM]: [new GraphRequestError('token', 'unauthorized', 401, undefined, 'invalid_client')], [MASE]: [members(3)] }, [TEAM, MASE]);
    expect((await h.membership.refresh()).failed).toEqual([TEAM, MASE]);
    expect(h.asked).toEqual([TEAM]);
  });

  it('drops a membership that no refresh has replaced for longer than the age limit, and says so', async () => {
    const h = harness({ [TEAM]: [members(1), ...Array.from({ length: 200 }, unavailable)] });
    await h.membership.refresh();
    h.advance(MAX_AGE);
    await h.membership.refresh();
    expect([...h.snapshot.membersOf(TEAM)]).toEqual([id(1)]);
    h.advance(1);
    await h.membership.refresh();
    expect(h.snapshot.membersOf(TEAM).size).toBe(0);
    expect(h.logText()).toContain('too old and was dropped');
  });

  it('a fault of its own is a failed read, logged by its kind: the last good membership is kept and the server goes on', async () => {
    const h = harness({ [TEAM]: [members(1)] });
    await h.membership.refresh();
    const broken = graphMembership({
      groupIds: [TEAM],
      client: { transitiveUserIds: () => Promise.reject(new TypeError('fictional fault')) },
      snapshot: h.snapshot,
      logger: createLogger('trace', { write: (line: string) => h.lines.push(line) }),
      refreshMs: REFRESH,
    });
    expect(await broken.refresh()).toMatchObject({ failed: [TEAM], nextInMs: 30_000 });
    expect([...h.snapshot.membersOf(TEAM)]).toEqual([id(1)]);
    expect(h.logText()).toContain('"kind":"TypeError"');
  });

  it('warns of a group Graph says is empty: a role given through it reaches nobody', async () => {
    const h = harness({ [TEAM]: [new Set()] });
    await h.membership.refresh();
    expect(h.logText()).toContain('has no user members');
  });

  it('runs one pass at a time, and stops: no further pass is scheduled', async () => {
    const h = harness({ [TEAM]: [members(1), members(1, 2), members(1, 2, 3)] });
    await h.membership.start();
    const [a, b] = await Promise.all([h.membership.refresh(), h.membership.refresh()]);
    expect(a).toBe(b);
    expect(h.asked).toEqual([TEAM, TEAM]);
    // The scheduled pass runs, and schedules the next one.
    h.scheduled[0]?.run();
    await new Promise((resolve) => setImmediate(resolve));
    expect(h.asked).toEqual([TEAM, TEAM, TEAM]);
    expect(h.scheduled).toHaveLength(2);
    await h.membership.stop();
    expect(h.scheduled[1]?.cancelled).toBe(true);
  });
});
