import { randomBytes } from 'node:crypto';
import { closeSync, chmodSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { ConfigError } from '../config';

/**
 * Writes a new secret file (mode 0600, in a 0700 folder) atomically and without replacing one: a
 * temporary file, synced, is hard-linked into place, so two processes starting at once end up
 * sharing one secret and nobody ever reads a half-written file. Returns false when another
 * process got there first.
 */
export function createSecretFileOnce(file: string, text: string): boolean {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    chmodSync(temporary, 0o600); // whatever the umask
    linkSync(temporary, file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') return false;
    throw error;
  } finally {
    unlinkSync(temporary);
  }
  syncDirectory(dirname(file));
  return true;
}

/** Reads a secret file; an error names the setting and the path, never the content. */
export function readSecretFile(file: string, setting: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = error instanceof Error && 'code' in error ? String(error.code) : 'unknown error';
    throw new ConfigError([`${setting}: cannot read the file ${file} (${code})`]);
  }
}

/** Makes the new directory entry durable: losing a key file loses every record it protected. */
function syncDirectory(directory: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(directory, 'r');
    fsyncSync(fd);
  } catch {
    // Not every platform can sync a directory; the file itself is synced.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
