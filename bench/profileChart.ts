import { performance } from 'node:perf_hooks';
import { chartDrawer } from '../bot/chart/drawChart';
import { benchChartSpecs } from './chartSpecs';

/**
 * `npm run bench:chart`: how long one problem profile chart takes to draw (vega-lite → vega → SVG →
 * resvg → PNG) and the memory the chart libraries add. The first chart loads the libraries; the next
 * ones are the steady state. Twelve months and the ten themes, counts from 0 to four figures. Bounded:
 * one cold chart and WARM warm ones.
 */

const WARM = Number(process.env.CHART_BENCH_DRAWS ?? 40);

const mib = (bytes: number) => `${(bytes / 1_048_576).toFixed(1)} MiB`;
const rss = () => {
  global.gc?.();
  return process.memoryUsage().rss;
};

async function main(): Promise<void> {
  const specs = await benchChartSpecs();
  const draw = chartDrawer();
  const [first] = specs;
  const before = rss();
  let started = performance.now();
  await draw(first);
  const cold = performance.now() - started;
  const afterFirst = rss();
  const times: number[] = [];
  for (let i = 0; i < WARM; i += 1) {
    started = performance.now();
    await draw(specs[i % specs.length] ?? first);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => (times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? 0).toFixed(0);
  const after = rss();
  process.stdout.write(`node ${process.version}: first chart ${cold.toFixed(0)} ms (loads vega, vega-lite, resvg); then median ${at(0.5)} ms, p90 ${at(0.9)} ms over ${WARM}\n`);
  process.stdout.write(`RSS ${mib(before)} before, ${mib(afterFirst)} after the first chart (+${mib(afterFirst - before)}), ${mib(after)} after ${WARM} more (+${mib(after - before)})\n`);
}

void main();
