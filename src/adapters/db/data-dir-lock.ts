/**
 * PGlite is a database inside one process: two processes on one data folder would corrupt it.
 * Whoever opens the folder (the server, `samverka admin create`) holds a lock file with its
 * process id. A lock whose process no longer runs (a crash, SIGKILL) is taken over; one whose
 * process runs on this machine means the folder is in use.
 */
import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

export class DataDirInUse extends Error {
  readonly pid: number;
  readonly lockFile: string;
  constructor(lockFile: string, pid: number) {
    super(`The data folder is in use by process ${pid} (lock file ${lockFile})`);
    this.pid = pid;
    this.lockFile = lockFile;
  }
}

export interface DataDirLock {
  readonly file: string;
  release(): void;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Takes the lock on `dataDir` for this process, or throws DataDirInUse. */
export function lockDataDir(dataDir: string, purpose: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const file = join(dataDir, "samverka.lock");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, "wx");
      writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), purpose, since: new Date().toISOString() }) + "\n");
      closeSync(fd);
      let released = false;
      return {
        file,
        release() {
          if (released) return;
          released = true;
          try {
            const held = JSON.parse(readFileSync(file, "utf8")) as { pid?: number };
            if (held.pid === process.pid) unlinkSync(file);
          } catch {
            // already gone
          }
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      let held: { pid?: unknown; host?: unknown } = {};
      try {
        held = JSON.parse(readFileSync(file, "utf8")) as typeof held;
      } catch {
        // unreadable or half-written: treat as stale
      }
      const pid = typeof held.pid === "number" ? held.pid : null;
      const sameHost = held.host === undefined || held.host === hostname();
      if (pid !== null && pid !== process.pid && sameHost && running(pid)) throw new DataDirInUse(file, pid);
      // Stale: the process that held it is gone.
      try {
        unlinkSync(file);
      } catch {
        // someone else removed it first
      }
    }
  }
  throw new Error(`Could not take the lock file ${file}`);
}
