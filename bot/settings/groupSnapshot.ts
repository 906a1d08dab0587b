/**
 * The members of the Entra groups read from Microsoft Graph, as the settings directory asks for
 * them: synchronously, from the last membership read well. A group never read, or last read longer
 * ago than `maxAgeMs`, has no members: a role given through it is held by nobody until it is read
 * again (failing closed: access is never granted on membership that old).
 */

/** The members of a group not listed in the settings file, by its id (lower-case object ids). */
export interface GroupMembers {
  membersOf(groupId: string): ReadonlySet<string>;
}

export interface GroupSnapshot extends GroupMembers {
  /** A group's membership as just read; ids are kept lower-case. */
  replace(groupId: string, members: ReadonlySet<string>, readAt: number): void;
  /** When the group's membership in use was read, if one is. */
  readAt(groupId: string): number | undefined;
  /** Forgets every membership older than the limit, and names the groups forgotten. */
  dropStale(now: number): string[];
}

const NOBODY: ReadonlySet<string> = new Set();

export function groupSnapshot(maxAgeMs: number, clock: () => number = Date.now): GroupSnapshot {
  const groups = new Map<string, { members: ReadonlySet<string>; readAt: number }>();
  const fresh = (entry: { readAt: number }, now: number): boolean => now - entry.readAt <= maxAgeMs;
  return {
    membersOf(groupId) {
      const entry = groups.get(groupId.toLowerCase());
      return entry !== undefined && fresh(entry, clock()) ? entry.members : NOBODY;
    },
    replace(groupId, members, readAt) {
      groups.set(groupId.toLowerCase(), { members: new Set([...members].map((id) => id.toLowerCase())), readAt });
    },
    readAt(groupId) {
      return groups.get(groupId.toLowerCase())?.readAt;
    },
    dropStale(now) {
      const dropped = [...groups].filter(([, entry]) => !fresh(entry, now)).map(([id]) => id);
      for (const id of dropped) groups.delete(id);
      return dropped;
    },
  };
}
