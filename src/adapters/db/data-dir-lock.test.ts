import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirInUse, lockDataDir } from "./data-dir-lock.ts";

const dirs: string[] = [];
const fresh = () => {
  const d = mkdtempSync(join(tmpdir(), "samverka-lock-"));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("lockDataDir", () => {
  it("holds the folder for one process and lets it go on release", () => {
    const dir = fresh();
    const lock = lockDataDir(dir, "test");
    expect(JSON.parse(readFileSync(lock.file, "utf8"))).toMatchObject({ pid: process.pid, purpose: "test" });
    lock.release();
    expect(existsSync(lock.file)).toBe(false);
    lockDataDir(dir, "again").release();
  });

  it("refuses a folder held by another running process", async () => {
    const dir = fresh();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(join(dir, "samverka.lock"), JSON.stringify({ pid: other.pid, host: hostname(), purpose: "server" }));
      expect(() => lockDataDir(dir, "cli")).toThrow(DataDirInUse);
    } finally {
      other.kill();
    }
  });

  it("takes over the lock of a process that is gone (a crash or SIGKILL)", async () => {
    const dir = fresh();
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => gone.once("exit", r));
    writeFileSync(join(dir, "samverka.lock"), JSON.stringify({ pid: gone.pid, host: hostname(), purpose: "server" }));
    const lock = lockDataDir(dir, "server");
    expect(JSON.parse(readFileSync(lock.file, "utf8")).pid).toBe(process.pid);
    lock.release();
  });
});
