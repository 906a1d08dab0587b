import { readFileSync } from 'node:fs';
import { decide } from '../../dialogs/access/decide';
import { operationSchema, type Operation } from '../../dialogs/access/access.schema';
import { MATRIX_ACTORS, MATRIX_RECORDS, MATRIX_ROLES, matrixRecord, type MatrixRecord, type MatrixRole } from '../support/accessMatrix';

/**
 * docs/roles-and-alerts.md shows what each role may do as a table drawn from `decide` itself: a
 * change to the function fails here until the page is updated (the expected table is in the failure).
 */

const ROLE_HEADINGS: Record<MatrixRole, string> = {
  reporter: 'reporter',
  settingLead: 'school lead',
  deputyLead: 'school deputy lead',
  maseCoordinator: 'MASE coordinator',
  hostMaseCoordinator: 'host borough MASE coordinator',
  analyst: 'MASE analyst',
  boroughContact: 'borough contact',
  police: 'police lead',
  noRole: 'no role',
  anotherTenant: 'another tenant',
  retentionJob: 'retention job',
};

const RECORD_WORDS: Record<MatrixRecord, string> = {
  'form.concernRecord': 'concern record',
  'form.makesafeReport': 'Makesafe report',
  'form.maseInformation': 'MASE form',
  'form.outOfBoroughNotification': 'out-of-borough notification',
  'form.returnHomeInterview': 'return home interview',
  'form.policeClosingReport': 'police closing report',
  escalatedConcernRecord: 'escalated concern record',
  escalatedTwiceConcernRecord: 'concern record escalated to the MASH',
  hostBoroughNotification: 'out-of-borough notification to their borough',
};

const RECORDLESS: ReadonlySet<Operation> = new Set(['submit', 'listForMe', 'readProblemProfile']);

function cell(role: MatrixRole, operation: Operation): string {
  const actor = MATRIX_ACTORS[role];
  if (RECORDLESS.has(operation)) return decide(actor, operation).allowed ? 'yes' : 'no';
  const allowed = MATRIX_RECORDS.filter((record) => decide(actor, operation, matrixRecord(record)).allowed);
  if (allowed.length === MATRIX_RECORDS.length) return 'every form';
  return allowed.length === 0 ? 'no' : allowed.map((record) => RECORD_WORDS[record]).join(', ');
}

function table(): string {
  const head = `| operation | ${MATRIX_ROLES.map((r) => ROLE_HEADINGS[r]).join(' | ')} |`;
  const rule = `|---|${MATRIX_ROLES.map(() => '---').join('|')}|`;
  const rows = operationSchema.options.map((operation) => `| \`${operation}\` | ${MATRIX_ROLES.map((role) => cell(role, operation)).join(' | ')} |`);
  return [head, rule, ...rows].join('\n');
}

it('docs/roles-and-alerts.md shows the matrix as the function decides it', () => {
  const doc = readFileSync('docs/roles-and-alerts.md', 'utf8');
  const start = doc.indexOf('<!-- matrix:start -->\n');
  const end = doc.indexOf('\n<!-- matrix:end -->');
  expect(start).toBeGreaterThan(-1);
  expect(doc.slice(start + '<!-- matrix:start -->\n'.length, end)).toBe(table());
});
