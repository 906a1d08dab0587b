import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { captureChildOutput } from '../support/logCapture';

/** CI's advisory step (tools/advisories.mjs): a refused check is said to be NOT CHECKED, never passed; serious advisories fail. */

function judge(auditJson: string): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, [join(__dirname, '../../tools/advisories.mjs')], { stdio: ['pipe', 'pipe', 'pipe'] });
  captureChildOutput(child);
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  child.stdin.end(auditJson);
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, out })));
}

const report = (counts: Record<string, number>, vulnerabilities: Record<string, unknown> = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts } } });

it.each([
  ['the registry refuses the request', JSON.stringify({ message: '405 Method Not Allowed', statusCode: 405 }), 0, 'advisories: NOT CHECKED: the package registry refused the audit request (HTTP 405); no advisory database was consulted'],
  ['npm prints nothing', '', 0, 'advisories: NOT CHECKED: the audit request got no readable answer'],
  ['there is nothing to report', report({}), 0, 'advisories: checked the dependencies that ship: 0 critical, 0 high, 0 moderate, 0 low, 0 info'],
  ['only moderate advisories are found', report({ moderate: 2 }), 0, 'advisories: checked the dependencies that ship: 0 critical, 0 high, 2 moderate'],
  ['a high advisory is found', report({ high: 1 }, { 'fictional-package': { severity: 'high', range: '<1.2.3' } }), 1, 'high: fictional-package (<1.2.3)'],
])('when %s, says so plainly and exits as CI should', async (_name, input, code, said) => {
  const result = await judge(input);
  expect(result.out).toContain(said);
  expect(result.code).toBe(code);
});
