import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { getHeapSpaceStatistics } from 'node:v8';
import { RESVG_OPTIONS, chartDrawer } from '../bot/chart/drawChart';
import { CHART_FONT_FAMILY } from '../cards/chart/profileChart.spec';
import { benchChartSpecs } from './chartSpecs';

/**
 * `npm run bench:chart:memory [part]`: does drawing the problem profile's charts keep memory? Draws
 * CHART_MEMORY_DRAWS charts (1,000 by default), the months and themes charts in turn, and after every
 * CHART_MEMORY_BATCH (100) forces a garbage collection and prints RSS, V8's heapTotal and heapUsed,
 * external and arrayBuffers, with the wall time and the process's CPU time (all threads) per draw; at the end, what
 * each of V8's heap spaces gained since the libraries were loaded. Run each
 * part in a process of its own, so one part's pools and caches do not count against another's:
 * - chart: the whole drawing, as the assistant does it (bot/chart/drawChart.ts);
 * - compile: vega-lite's compile alone;
 * - view: vega's parse, View, toSVG and finalize alone, from the compiled spec;
 * - view-unfinalized: the same without finalize, to see what finalize frees;
 * - resvg: resvg's renderAsync alone (on libuv's thread pool), from the SVG, and the PNG encoding;
 * - resvg-sync: new Resvg(...).render() on the main thread, to tell the thread pool's share apart;
 * - fonts: renderAsync of a one-word SVG with the fonts, so the font loading is most of the work.
 */

const DRAWS = Number(process.env.CHART_MEMORY_DRAWS ?? 1_000);
const BATCH = Number(process.env.CHART_MEMORY_BATCH ?? 100);
const PARTS = ['chart', 'compile', 'view', 'view-unfinalized', 'resvg', 'resvg-sync', 'fonts'] as const;
type Part = (typeof PARTS)[number];

const ONE_WORD_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="20"><text x="2" y="14" font-family="${CHART_FONT_FAMILY}" font-size="11">Month</text></svg>`;

async function libraries() {
  const [vegaLite, vega, resvg] = await Promise.all([import('vega-lite'), import('vega'), import('@resvg/resvg-js')]);
  return { compile: vegaLite.compile, parse: vega.parse, View: vega.View, renderAsync: resvg.renderAsync, Resvg: resvg.Resvg };
}

/** One unit of work of the part, for the i-th chart; returns something so nothing is optimised away. */
async function partDrawer(part: Part): Promise<(i: number) => Promise<number>> {
  const specs = await benchChartSpecs();
  const { compile, parse, View, renderAsync, Resvg } = await libraries();
  const vegaSpecs = specs.map((spec) => compile(spec).spec);
  const svgs = await Promise.all(vegaSpecs.map(async (spec) => {
    const view = new View(parse(spec), { renderer: 'none' });
    const svg = await view.toSVG();
    view.finalize();
    return svg;
  }));
  const pick = <T>(items: T[], i: number): T => items[i % items.length] ?? (items[0] as T);
  const draw = chartDrawer();
  const workers: Record<Part, (i: number) => Promise<number>> = {
    chart: async (i) => (await draw(pick(specs, i))).png.length,
    compile: (i) => Promise.resolve(JSON.stringify(compile(pick(specs, i)).spec).length),
    view: async (i) => {
      const view = new View(parse(pick(vegaSpecs, i)), { renderer: 'none' });
      try {
        return (await view.toSVG()).length;
      } finally {
        view.finalize();
      }
    },
    'view-unfinalized': async (i) => (await new View(parse(pick(vegaSpecs, i)), { renderer: 'none' }).toSVG()).length,
    resvg: async (i) => (await renderAsync(pick(svgs, i), RESVG_OPTIONS)).asPng().length,
    'resvg-sync': (i) => Promise.resolve(new Resvg(pick(svgs, i), RESVG_OPTIONS).render().asPng().length),
    fonts: async () => (await renderAsync(ONE_WORD_SVG, RESVG_OPTIONS)).width,
  };
  return workers[part];
}

const mib = (bytes: number) => (bytes / 1_048_576).toFixed(1).padStart(7);

/** Two collections with a turn between them, so native objects' finalizers have run and what they held is freed. */
async function settled(): Promise<NodeJS.MemoryUsage> {
  if (global.gc === undefined) throw new Error('run with node --expose-gc');
  global.gc();
  await nextTurn();
  global.gc();
  return process.memoryUsage();
}

function row(label: string, memory: NodeJS.MemoryUsage, wallEach = '-', cpuEach = '-'): string {
  return `${label.padStart(6)} ${mib(memory.rss)} ${mib(memory.heapTotal)} ${mib(memory.heapUsed)} ${mib(memory.external)} ${mib(memory.arrayBuffers)} ${wallEach.padStart(9)} ${cpuEach.padStart(8)}\n`;
}

const spacesUsed = (): Map<string, number> => new Map(getHeapSpaceStatistics().map((space) => [space.space_name, space.space_used_size]));

async function main(): Promise<void> {
  const part = (process.argv[2] ?? 'chart') as Part;
  if (!PARTS.includes(part)) throw new Error(`the part is one of ${PARTS.join(', ')}`);
  const before = await settled();
  const work = await partDrawer(part);
  process.stdout.write(`node ${process.version}, part "${part}", ${DRAWS} draws; MiB after a forced GC\n`);
  process.stdout.write(`${'draws'.padStart(6)} ${'rss'.padStart(7)} ${'heapTot'.padStart(7)} ${'heapUsed'.padStart(7)} ${'external'.padStart(7)} ${'arrayBuf'.padStart(7)} ${'wall ms'.padStart(9)} ${'cpu ms'.padStart(8)}\n`);
  process.stdout.write(row('start', before));
  process.stdout.write(row('ready', await settled()));
  const ready = spacesUsed();
  let checksum = 0;
  for (let done = 0; done < DRAWS; ) {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const end = Math.min(DRAWS, done + BATCH);
    const draws = end - done;
    for (; done < end; done += 1) checksum += await work(done);
    const used = process.cpuUsage(cpu);
    process.stdout.write(row(String(done), await settled(), ((performance.now() - started) / draws).toFixed(1), ((used.user + used.system) / 1000 / draws).toFixed(1)));
  }
  const gained = [...spacesUsed()].map(([name, size]) => `${name} ${((size - (ready.get(name) ?? 0)) / 1024).toFixed(0)} KiB`);
  process.stdout.write(`V8 heap spaces, gained since ready: ${gained.join(', ')}\n(checksum ${checksum})\n`);
}

void main();
