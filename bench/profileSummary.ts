import { readFileSync } from 'node:fs';

/**
 * What a V8 CPU profile (.cpuprofile) spends, for bench/profile.ts: busy time per turn by area (a
 * package, a room of the project, Node's internals, the collector), set against a second profile
 * (the echo bot's), then the project's own functions by self and by inclusive time. Also runnable
 * alone: `node --import tsx bench/profileSummary.ts <profile> [<floor profile>] [turns]`.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const TOP = 25;
const ROOMS = ['bot', 'dialogs', 'machines', 'cards', 'knowledge', 'bench'];

export function areaOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (url === '') return functionName.startsWith('(') ? functionName : '(native)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg?.[1] !== undefined) return pkg[1];
  if (url.startsWith('node:')) return 'node';
  const room = ROOMS.find((r) => url.includes(`/${r}/`));
  return room === undefined ? url : `project ${room}/`;
}

const shortUrl = (url: string) => url.replace(/^.*?\/(node_modules\/|bot\/|dialogs\/|machines\/|cards\/|knowledge\/|bench\/)/, '$1');
export const keyOf = (frame: CallFrame) => `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`;
const isProject = (frame: CallFrame) => frame.url !== '' && !frame.url.includes('node_modules') && !frame.url.startsWith('node:');

interface Spent {
  /** Microseconds of samples not idle. */
  busy: number;
  byArea: Map<string, number>;
  selfByFunction: Map<string, number>;
  inclusiveByFunction: Map<string, number>;
}

const add = (map: Map<string, number>, key: string, us: number) => map.set(key, (map.get(key) ?? 0) + us);

export function spentIn(file: string): Spent {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const spent: Spent = { busy: 0, byArea: new Map(), selfByFunction: new Map(), inclusiveByFunction: new Map() };
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    // A sample's time is the gap to the next one.
    const us = profile.timeDeltas[i + 1] ?? 0;
    if (node === undefined || node.callFrame.functionName === '(idle)') return;
    spent.busy += us;
    add(spent.byArea, areaOf(node.callFrame), us);
    add(spent.selfByFunction, keyOf(node.callFrame), us);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame === undefined || !isProject(frame)) continue;
      const key = keyOf(frame);
      if (!seen.has(key)) add(spent.inclusiveByFunction, key, us);
      seen.add(key);
    }
  });
  return spent;
}

export function summariseProfile(file: string, floorFile?: string, turns = 1_500): string {
  const spent = spentIn(file);
  const floor = floorFile === undefined ? undefined : spentIn(floorFile);
  const perTurn = (us: number) => `${(us / turns / 1000).toFixed(3)} ms`;
  const share = (us: number) => `${((100 * us) / spent.busy).toFixed(1)} %`;
  const lines: string[] = [`busy per turn: ${perTurn(spent.busy)}${floor === undefined ? '' : ` (floor ${perTurn(floor.busy)})`}`, '', 'by area (self), per turn: this profile, the floor, the difference'];
  const areas = [...new Set([...spent.byArea.keys(), ...(floor?.byArea.keys() ?? [])])];
  const diff = (area: string) => (spent.byArea.get(area) ?? 0) - (floor?.byArea.get(area) ?? 0);
  for (const area of areas.sort((a, b) => diff(b) - diff(a)).slice(0, TOP)) {
    lines.push(`  ${perTurn(spent.byArea.get(area) ?? 0).padStart(10)} ${perTurn(floor?.byArea.get(area) ?? 0).padStart(10)} ${perTurn(diff(area)).padStart(10)}  ${area}`);
  }
  const top = (map: Map<string, number>, title: string) => {
    lines.push('', title);
    for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, TOP)) lines.push(`  ${share(us).padStart(7)} ${perTurn(us).padStart(10)}  ${key}`);
  };
  top(spent.selfByFunction, 'by function, self (share of busy time, per turn)');
  top(spent.inclusiveByFunction, "the project's functions, inclusive");
  return `${lines.join('\n')}\n`;
}

if (require.main === module) {
  const [file, floorFile, turns] = process.argv.slice(2);
  if (file === undefined) throw new Error('usage: profileSummary.ts <profile> [<floor profile>] [turns]');
  process.stdout.write(summariseProfile(file, floorFile, turns === undefined ? undefined : Number(turns)));
}
