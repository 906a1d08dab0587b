import { readFileSync } from 'node:fs';

/**
 * A process's memory as the kernel sees it, read from /proc (Linux only): RSS and its parts
 * (status: RssAnon, RssFile, RssShmem), smaps_rollup, and the resident pages of each kind of
 * mapping in smaps, so growth can be put down to the V8 heap, malloc or a file mapping.
 */

export interface KernelMemory {
  rss: number;
  /** The resident bytes of every mapping in smaps, summed: the total the breakdown adds up to. */
  rssOfMappings: number;
  rssAnon: number;
  rssFile: number;
  rssShmem: number;
  /** The high-water mark of RSS since the process started (VmHWM). */
  rssPeak: number;
  threads: number;
  /** smaps_rollup's totals, in bytes: Rss, Pss, Anonymous, Private_Dirty, Shared_Clean and so on. */
  rollup: Record<string, number>;
  /** Resident bytes by kind of mapping: the main malloc arena, threads' malloc arenas, V8's heap pages, other anonymous, or a file's name. */
  byMapping: Record<string, number>;
}

const KIB = 1024;
/** V8 allocates its heap in pages of 256 KiB, each its own anonymous mapping. */
const V8_PAGE = 256 * 1024;
/** glibc reserves each thread's malloc arena as 64 MiB, aligned to 64 MiB; only its start is read-write at first. */
const ARENA = 64 * 1024 * 1024;

function kibFields(text: string): Record<string, number> {
  const fields: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const match = /^(\w+):\s+(\d+) kB$/.exec(line);
    if (match?.[1] !== undefined && match[2] !== undefined) fields[match[1]] = Number(match[2]) * KIB;
  }
  return fields;
}

interface Mapping {
  start: number;
  end: number;
  perms: string;
  name: string;
  rss: number;
}

function mappingsOf(smaps: string): Mapping[] {
  const mappings: Mapping[] = [];
  for (const line of smaps.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) (\S+) \S+ \S+ \d+\s*(.*)$/.exec(line);
    if (head?.[1] !== undefined && head[2] !== undefined && head[3] !== undefined) {
      mappings.push({ start: parseInt(head[1], 16), end: parseInt(head[2], 16), perms: head[3], name: head[4] ?? '', rss: 0 });
      continue;
    }
    const rss = /^Rss:\s+(\d+) kB$/.exec(line);
    const last = mappings[mappings.length - 1];
    if (rss?.[1] !== undefined && last !== undefined) last.rss = Number(rss[1]) * KIB;
  }
  return mappings;
}

/** A read-write anonymous mapping that starts on a 64 MiB boundary and, with the reserve after it, fills 64 MiB. */
function isThreadArena(mapping: Mapping, next: Mapping | undefined): boolean {
  if (mapping.name !== '' || mapping.start % ARENA !== 0) return false;
  const reserveEnd = next !== undefined && next.name === '' && next.perms.startsWith('---') && next.start === mapping.end ? next.end : mapping.end;
  return reserveEnd - mapping.start === ARENA;
}

function kindOf(mapping: Mapping, next: Mapping | undefined): string {
  if (mapping.name === '[heap]') return '[heap] (main malloc arena)';
  if (isThreadArena(mapping, next)) return "threads' malloc arenas";
  if (mapping.name === '' && mapping.end - mapping.start === V8_PAGE) return 'V8 heap pages (256 KiB anonymous mappings)';
  if (mapping.name === '') return 'other anonymous (V8 large objects and code, thread stacks, large mallocs)';
  if (mapping.name.startsWith('[')) return mapping.name;
  return mapping.name.split('/').pop() ?? mapping.name;
}

/** smaps is read first: when memory is being handed back, status (read after it) may already show less than the mappings summed. */
export function kernelMemoryOf(pid: number): KernelMemory {
  const mappings = mappingsOf(readFileSync(`/proc/${pid}/smaps`, 'utf8'));
  const statusText = readFileSync(`/proc/${pid}/status`, 'utf8');
  const status = kibFields(statusText);
  const threads = /^Threads:\s+(\d+)$/m.exec(statusText)?.[1];
  const byMapping: Record<string, number> = {};
  mappings.forEach((mapping, i) => {
    const kind = kindOf(mapping, mappings[i + 1]);
    byMapping[kind] = (byMapping[kind] ?? 0) + mapping.rss;
  });
  return {
    rss: status.VmRSS ?? 0,
    rssOfMappings: mappings.reduce((sum, mapping) => sum + mapping.rss, 0),
    rssAnon: status.RssAnon ?? 0,
    rssFile: status.RssFile ?? 0,
    rssShmem: status.RssShmem ?? 0,
    rssPeak: status.VmHWM ?? 0,
    threads: Number(threads ?? 0),
    rollup: kibFields(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8')),
    byMapping,
  };
}
