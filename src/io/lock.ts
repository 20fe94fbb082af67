import { closeSync, linkSync, lstatSync, openSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { IoFailure, ioFailure } from './failure.js';
import { processAlive } from './process.js';
import { removeStaleTemps } from './write-atomic.js';

/** The locks this process holds now, by lock path: one with this process's id and not here is a dead namesake's. */
const held = new Set<string>();

/** A lock is held for the few milliseconds of a compare and a rename: one this old was left by a killed run. */
const staleAfterMs = 60_000;

export interface LockOptions {
  /** How long to wait for another command's lock before giving up (default 10 s). */
  waitMs?: number;
}

export interface FileLock {
  release(): void;
}

interface Seen {
  text: string;
  holder?: { pid: number; host: string };
  ageMs: number;
}

/**
 * An exclusive lock on one file among `plan` commands, so that two of them never both write it
 * from what they read: the file `<path>.lock`, made only where none is, holding the process id,
 * the host and a token. It appears whole (a temp file hard-linked into place, which fails when the
 * name is taken) or, where the file system has no hard links, created exclusively then written.
 *
 * A lock whose process has died on this host (killed, or its machine rebooted), or older than a
 * minute (a lock from another host, a process id reused), is stale: it is moved aside and checked
 * to be the one seen stale before it is removed, so that two commands breaking it at once never
 * take each other's fresh lock. Waits up to `waitMs`, then throws an IoFailure ('lock', ELOCKED)
 * naming the holder.
 *
 * Process ids, not modification times, tell a live lock: a lock library that refreshes its lock's
 * time from a timer (proper-lockfile) sees a command busy parsing a big file for some seconds as
 * dead, and makes the next command wait out the staleness period after every kill.
 */
export async function lockFile(path: string, options: LockOptions = {}): Promise<FileLock> {
  const lockPath = `${path}.lock`;
  // What killed commands left of their own tries: `<path>.lock.<pid>.tmp`, `<path>.lock.stale.<pid>.tmp`.
  removeStaleTemps(lockPath);
  removeStaleTemps(`${lockPath}.stale`);
  const host = hostname();
  const mine = `${JSON.stringify({ pid: process.pid, host, token: `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}` })}\n`;
  const deadline = Date.now() + (options.waitMs ?? 10_000);
  let delay = 5;
  for (;;) {
    if (tryCreate(lockPath, mine, path)) {
      held.add(lockPath);
      return { release: () => release(lockPath, mine) };
    }
    const seen = readLock(lockPath);
    if (!seen) continue; // let go between our try and our look
    if (isStale(seen, host, held.has(lockPath))) {
      breakStale(lockPath, seen.text);
      continue;
    }
    if (Date.now() >= deadline) throw new IoFailure('lock', path, 'ELOCKED', seen.holder);
    await new Promise((resolve) => setTimeout(resolve, delay));
    delay = Math.min(delay * 2, 100);
  }
}

/** Makes the lock file if there is none; false when another has it. */
function tryCreate(lockPath: string, content: string, path: string): boolean {
  const temp = `${lockPath}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, content);
    try {
      linkSync(temp, lockPath);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw error;
    }
    // No hard links here (FAT, some network shares): create it exclusively, then write it.
    let fd: number;
    try {
      fd = openSync(lockPath, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
    try {
      writeSync(fd, content);
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    throw ioFailure('lock', path, error);
  } finally {
    rmSync(temp, { force: true });
  }
}

function readLock(lockPath: string): Seen | undefined {
  try {
    const text = readFileSync(lockPath, 'utf8');
    const ageMs = Date.now() - lstatSync(lockPath).mtimeMs;
    let holder: Seen['holder'];
    try {
      const data = JSON.parse(text) as { pid?: unknown; host?: unknown };
      if (typeof data.pid === 'number' && typeof data.host === 'string') holder = { pid: data.pid, host: data.host };
    } catch {
      // being written (no hard links), or not ours: judged by its age alone
    }
    return { text, ageMs, ...(holder ? { holder } : {}) };
  } catch {
    return undefined;
  }
}

function isStale(seen: Seen, host: string, heldHere: boolean): boolean {
  const { holder } = seen;
  // A lock with this process's id that this process does not hold was left by a dead process
  // whose id has come round again (after a reboot, in a container).
  if (holder && holder.host === host && (holder.pid === process.pid ? !heldHere : !processAlive(holder.pid))) return true;
  return seen.ageMs > staleAfterMs;
}

/** Removes the stale lock seen, and only it: a fresh one taken meanwhile is put back. */
function breakStale(lockPath: string, seenText: string): void {
  const aside = `${lockPath}.stale.${process.pid}.tmp`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return; // broken by another command already
  }
  try {
    if (readFileSync(aside, 'utf8') !== seenText) linkSync(aside, lockPath);
  } catch {
    // the place was taken again meanwhile: that lock stands
  } finally {
    rmSync(aside, { force: true });
  }
}

function release(lockPath: string, mine: string): void {
  held.delete(lockPath);
  try {
    if (readFileSync(lockPath, 'utf8') === mine) unlinkSync(lockPath);
  } catch {
    // gone: nothing to let go
  }
}
