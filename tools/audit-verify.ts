import { existsSync } from 'node:fs';
import { runAuditVerify } from '../bot/commands/auditVerify';

// `npm run audit:verify`: the settings the server reads (a .env beside package.json, the environment winning).
if (existsSync('.env')) process.loadEnvFile('.env');
runAuditVerify(process.env, (line) => process.stdout.write(`${line}\n`)).then(
  (code) => process.exit(code),
  () => process.exit(2),
);
