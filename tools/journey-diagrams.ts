import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOGUE_ENTRIES } from '../dialogs/catalogue.content';
import type { FlowDialog } from '../dialogs/flow';

/**
 * docs/journeys/: each journey's diagram generated from its statechart (Mermaid). Run with
 * `npm run docs:journeys`; `--check` exits 1 when a committed diagram is out of date (CI runs
 * the same comparison as a test).
 */

const DIR = join(__dirname, '..', 'docs', 'journeys');

function guardName(guard: unknown): string | undefined {
  if (typeof guard === 'string') return guard;
  if (typeof guard === 'object' && guard !== null && 'type' in guard && typeof guard.type === 'string') {
    // A parameterised guard shows its parameters: isNext(question=suspect).
    const params = 'params' in guard && typeof guard.params === 'object' && guard.params !== null ? Object.entries(guard.params).map(([k, v]) => `${k}=${String(v)}`) : [];
    return params.length === 0 ? guard.type : `${guard.type}(${params.join(', ')})`;
  }
  return undefined;
}

export function diagramOf(flow: FlowDialog): string {
  const lines = ['stateDiagram-v2', `    [*] --> ${String(flow.machine.root.initial?.target[0]?.key ?? '')}`];
  for (const [name, node] of Object.entries(flow.machine.root.states)) {
    for (const [event, transitions] of node.transitions) {
      for (const t of transitions) {
        for (const target of t.target ?? []) {
          const guard = guardName(t.guard);
          lines.push(`    ${name} --> ${target.key}: ${event}${guard === undefined ? '' : ` [${guard}]`}`);
        }
      }
    }
    // Eventless transitions: a journey moving on by itself once a state has nothing left to ask.
    for (const t of node.always ?? []) {
      for (const target of t.target ?? []) {
        const guard = guardName(t.guard);
        lines.push(`    ${name} --> ${target.key}: always${guard === undefined ? '' : ` [${guard}]`}`);
      }
    }
    if (node.type === 'final') lines.push(`    ${name} --> [*]`);
  }
  return lines.join('\n');
}

export function documentOf(flow: FlowDialog): string {
  return [
    `# ${flow.id}`,
    '',
    `Generated from \`machines/${flow.machine.id}.machine.ts\` by \`npm run docs:journeys\`; do not edit by hand.`,
    ...(flow.input === undefined ? [] : [`Started with input \`${JSON.stringify(flow.input)}\`: states that input makes unreachable are still drawn.`]),
    '',
    '```mermaid',
    diagramOf(flow),
    '```',
    '',
  ].join('\n');
}

export function expectedFiles(): Map<string, string> {
  return new Map(CATALOGUE_ENTRIES.map(({ flow }) => [join(DIR, `${flow.id}.md`), documentOf(flow)]));
}

function main(): void {
  const check = process.argv.includes('--check');
  const stale: string[] = [];
  mkdirSync(DIR, { recursive: true });
  for (const [file, text] of expectedFiles()) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current === text) continue;
    if (check) stale.push(file);
    else writeFileSync(file, text);
  }
  if (stale.length > 0) {
    console.error(`Out of date (run npm run docs:journeys):\n${stale.join('\n')}`);
    process.exit(1);
  }
}

if (require.main === module) main();
