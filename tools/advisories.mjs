// Reads `npm audit --omit=dev --json` on stdin and says plainly what it found. Exit 0: no advisory at
// high or critical, or the check could not be made (said so on its own line, never as a pass);
// exit 1: high or critical advisories in what ships.
import { readFileSync } from 'node:fs';

const text = readFileSync(0, 'utf8');
let report;
try {
  report = JSON.parse(text);
} catch {
  report = undefined;
}

const counts = report?.metadata?.vulnerabilities;
if (counts === undefined || typeof counts !== 'object') {
  const why = typeof report?.statusCode === 'number' ? `the package registry refused the audit request (HTTP ${report.statusCode})` : 'the audit request got no readable answer';
  console.log(`advisories: NOT CHECKED: ${why}; no advisory database was consulted, so nothing is known about advisories in this run.`);
  process.exit(0);
}

const severities = ['critical', 'high', 'moderate', 'low', 'info'];
const summary = severities.map((level) => `${Number(counts[level] ?? 0)} ${level}`).join(', ');
const serious = Number(counts.critical ?? 0) + Number(counts.high ?? 0);
for (const [name, entry] of Object.entries(report.vulnerabilities ?? {})) {
  if (entry?.severity === 'critical' || entry?.severity === 'high') console.log(`  ${entry.severity}: ${name} (${entry.range ?? 'range unknown'})`);
}
console.log(`advisories: checked the dependencies that ship: ${summary}`);
process.exit(serious > 0 ? 1 : 0);
