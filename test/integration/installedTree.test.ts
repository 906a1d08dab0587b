import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/**
 * A clean install prints no peer-dependency warning (README, "a clean install"; .ci/run checks
 * npm ci's own output too). npm only warns and carries on when a peer range is not met, so this
 * asks npm, offline, whether any installed package sits outside a range that asks for it.
 * "missing" and "extraneous" are left out: they say node_modules is older than package.json.
 */

const ROOT = resolve(__dirname, '../..');
const listing = z.object({ problems: z.array(z.string()).optional() }).passthrough();

function outOfRange(directory: string): string[] {
  const npm = spawnSync('npm', ['ls', '--all', '--json'], { cwd: directory, encoding: 'utf8', env: { ...process.env, npm_config_offline: 'true' } });
  const problems = listing.parse(JSON.parse(npm.stdout)).problems ?? [];
  return problems.filter((problem) => problem.startsWith('invalid:'));
}

function writePackage(directory: string, manifest: Record<string, unknown>): void {
  mkdirSync(directory, { recursive: true });
  writeFileSync(join(directory, 'package.json'), JSON.stringify(manifest));
}

describe('the installed dependency tree', () => {
  it('has every package within the ranges its dependents and peers ask for', () => {
    expect(outOfRange(ROOT)).toEqual([]);
  });

  it('would name a peer dependency outside its range (the check can fail)', () => {
    const project = mkdtempSync(join(tmpdir(), 'cse-peers-'));
    writePackage(project, { name: 'fictional-project', version: '1.0.0', dependencies: { 'fictional-widget': '1.0.0', 'fictional-runtime': '2.0.0' } });
    writePackage(join(project, 'node_modules', 'fictional-widget'), { name: 'fictional-widget', version: '1.0.0', peerDependencies: { 'fictional-runtime': '^1.0.0' } });
    writePackage(join(project, 'node_modules', 'fictional-runtime'), { name: 'fictional-runtime', version: '2.0.0' });
    expect(outOfRange(project)).toEqual([`invalid: fictional-runtime@2.0.0 ${join(project, 'node_modules', 'fictional-runtime')}`]);
  });
});
