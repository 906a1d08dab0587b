import { existsSync } from 'node:fs';
import { runPurge } from '../bot/commands/purge';

// `npm run purge`: the settings the server reads (a .env beside package.json, the environment winning).
if (existsSync('.env')) process.loadEnvFile('.env');
runPurge(process.env, (line) => process.stdout.write(`${line}\n`)).then(
  (code) => process.exit(code),
  () => process.exit(1),
);
