import { readFileSync } from 'node:fs';
import { areaOf, keyOf } from './profileSummary';

/**
 * What a V8 sampled allocation profile (.heapprofile, freed objects kept) allocated, for
 * bench/profile.ts: bytes per turn by area (a package, a room of the project, Node's internals),
 * set against a second profile (the echo bot's), then by allocating function. Also runnable alone:
 * `node --import tsx bench/allocationSummary.ts <profile> [<floor profile>] [turns]`.
 */

interface AllocationNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: AllocationNode[];
}

const TOP = 25;

interface Allocated {
  total: number;
  byArea: Map<string, number>;
  byFunction: Map<string, number>;
}

const add = (map: Map<string, number>, key: string, bytes: number) => map.set(key, (map.get(key) ?? 0) + bytes);

export function allocatedIn(file: string): Allocated {
  const { head } = JSON.parse(readFileSync(file, 'utf8')) as { head: AllocationNode };
  const allocated: Allocated = { total: 0, byArea: new Map(), byFunction: new Map() };
  const visit = (node: AllocationNode): void => {
    if (node.selfSize > 0) {
      allocated.total += node.selfSize;
      add(allocated.byArea, areaOf(node.callFrame), node.selfSize);
      add(allocated.byFunction, keyOf(node.callFrame), node.selfSize);
    }
    for (const child of node.children) visit(child);
  };
  visit(head);
  return allocated;
}

export function summariseAllocations(file: string, floorFile?: string, turns = 1_500): string {
  const spent = allocatedIn(file);
  const floor = floorFile === undefined ? undefined : allocatedIn(floorFile);
  const perTurn = (bytes: number) => `${(bytes / turns / 1024).toFixed(1)} KiB`;
  const lines = [`allocated per turn: ${perTurn(spent.total)}${floor === undefined ? '' : ` (floor ${perTurn(floor.total)})`}`, '', 'by area, per turn: this profile, the floor, the difference'];
  const diff = (area: string) => (spent.byArea.get(area) ?? 0) - (floor?.byArea.get(area) ?? 0);
  const areas = [...new Set([...spent.byArea.keys(), ...(floor?.byArea.keys() ?? [])])].sort((a, b) => diff(b) - diff(a));
  for (const area of areas.slice(0, TOP)) {
    lines.push(`  ${perTurn(spent.byArea.get(area) ?? 0).padStart(11)} ${perTurn(floor?.byArea.get(area) ?? 0).padStart(11)} ${perTurn(diff(area)).padStart(11)}  ${area}`);
  }
  lines.push('', 'by allocating function, per turn');
  for (const [key, bytes] of [...spent.byFunction].sort((a, b) => b[1] - a[1]).slice(0, TOP)) lines.push(`  ${perTurn(bytes).padStart(11)}  ${key}`);
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  const [file, floorFile, turns] = process.argv.slice(2);
  if (file === undefined) throw new Error('usage: allocationSummary.ts <profile> [<floor profile>] [turns]');
  process.stdout.write(summariseAllocations(file, floorFile, turns === undefined ? undefined : Number(turns)));
}
