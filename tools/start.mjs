// `npm start`: build if the compiled output is missing or older than the sources, then run it.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOMS = ['bot', 'dialogs', 'machines', 'cards', 'knowledge'];
const ENTRY = 'dist/bot/index.js';

function newest(dir) {
  let latest = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = statSync(path);
    latest = Math.max(latest, stat.isDirectory() ? newest(path) : stat.mtimeMs);
  }
  return latest;
}

const sourcesChanged = !existsSync(ENTRY) || Math.max(...ROOMS.map(newest), statSync('package.json').mtimeMs) > statSync(ENTRY).mtimeMs;
if (sourcesChanged) {
  const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// Settings may come from a .env file beside package.json (see .env.example); the environment wins.
const envFile = existsSync('.env') ? ['--env-file=.env'] : [];
// restify 11 reaches for a deprecated Node binding at load; the warning says nothing to the person starting it.
const child = spawn(process.execPath, ['--disable-warning=DEP0111', ...envFile, ENTRY], { stdio: 'inherit' });
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
