/**
 * `samverka admin create`, started as `npx samverka` starts it: the password comes from standard
 * input or SAMVERKA_ADMIN_PASSWORD and never from the command line; on PGlite the data folder
 * must not be in use; against a PostgreSQL server (DATABASE_URL) it works while a server runs.
 */
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase } from "#src/adapters/db/connect.ts";
import { withDatabase } from "../support/test-db.ts";

const ROOT = join(import.meta.dirname, "..", "..");
const BIN = join(ROOT, "bin", "samverka.js");
const PASSWORD = "ett långt lösenord på kommandoraden";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], opts: { env?: NodeJS.ProcessEnv; stdin?: string } = {}): Promise<Run> {
  return new Promise((resolve) => {
    const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
    for (const [k, v] of Object.entries(opts.env ?? {})) if (v === undefined) delete env[k];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("close", (code) => resolve({ code: code ?? 1, stdout, stderr }));
    child.stdin.end(opts.stdin ?? "");
  });
}

/**
 * Where the command writes: a PGlite data folder, or (when the run has DATABASE_URL) a fresh
 * database on that server. One target for the whole file: a cold PGlite start migrates for a while.
 */
interface Target {
  env: NodeJS.ProcessEnv;
  admins(): Promise<Array<{ email: string; name: string; role: string }>>;
  drop(): Promise<void>;
}

async function target(base: string): Promise<Target> {
  const url = process.env.DATABASE_URL;
  const read = async (opts: Parameters<typeof openDatabase>[0]) => {
    const handle = await openDatabase(opts);
    try {
      return await handle.db.selectFrom("app_user").select(["email", "name", "role"]).orderBy("email").execute();
    } finally {
      await handle.close();
    }
  };
  if (!url) {
    const dataDir = join(base, "data");
    return { env: { DATA_DIR: dataDir, DATABASE_URL: undefined, SAMVERKA_ADMIN_PASSWORD: undefined }, admins: () => read({ dataDir: join(dataDir, "pglite") }), drop: async () => {} };
  }
  const name = `samverka_cli_${randomBytes(4).toString("hex")}`;
  const server = await openDatabase({ databaseUrl: url, poolSize: 1 });
  await sql.raw(`create database ${name}`).execute(server.db);
  await server.close();
  return {
    env: { DATABASE_URL: withDatabase(url, name), DATA_DIR: join(base, "unused"), SAMVERKA_ADMIN_PASSWORD: undefined },
    admins: () => read({ databaseUrl: withDatabase(url, name), poolSize: 1 }),
    async drop() {
      const s = await openDatabase({ databaseUrl: url, poolSize: 1 });
      await sql.raw(`drop database if exists ${name} with (force)`).execute(s.db);
      await s.close();
    },
  };
}

let dir: string;
let db: Target;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "samverka-admin-cli-"));
  db = await target(dir);
});
afterAll(async () => {
  await db.drop();
  await rm(dir, { recursive: true, force: true });
});

describe("samverka admin create", () => {
  it("creates an administrator with the password from standard input, and refuses the same address twice", async () => {
    const created = await run(["admin", "create", "--email", "Anna@Malmo.test", "--name", "Anna Andersson", "--department", "Stadskontoret"], { env: db.env, stdin: `${PASSWORD}\n` });
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toContain("Administrator created: Anna Andersson <anna@malmo.test>");
    expect(created.stdout).not.toContain(PASSWORD);
    expect(await db.admins()).toEqual([{ email: "anna@malmo.test", name: "Anna Andersson", role: "administrator" }]);

    const again = await run(["admin", "create", "--email", "anna@malmo.test", "--name", "Anna Igen", "--lang", "sv"], { env: db.env, stdin: `${PASSWORD}\n` });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("det finns redan ett konto med adressen anna@malmo.test");
  }, 180_000);

  it("takes the password from SAMVERKA_ADMIN_PASSWORD", async () => {
    const created = await run(["admin", "create", "--email", "bo@malmo.test", "--name", "Bo"], { env: { ...db.env, SAMVERKA_ADMIN_PASSWORD: PASSWORD } });
    expect(created.code).toBe(0);
    expect((await db.admins()).map((a) => a.email)).toEqual(["anna@malmo.test", "bo@malmo.test"]);
  }, 180_000);

  it("never takes the password on the command line, and says what to do instead", async () => {
    for (const args of [["--password", PASSWORD], [`--password=${PASSWORD}`]]) {
      const r = await run(["admin", "create", "--email", "c@malmo.test", "--name", "C", ...args], { env: db.env });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain("never given on the command line");
      expect(r.stderr).toContain("SAMVERKA_ADMIN_PASSWORD");
    }
  });

  it("refuses a short password, a missing name, a bad address and no password with exit code 2, creating nothing", async () => {
    const weak = await run(["admin", "create", "--email", "d@malmo.test", "--name", "D"], { env: db.env, stdin: "kort\n" });
    expect(weak.code).toBe(2);
    expect(weak.stderr).toContain("at least 12");
    const missing = await run(["admin", "create", "--email", "d@malmo.test"], { env: db.env, stdin: `${PASSWORD}\n` });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("--email and --name are required");
    const bad = await run(["admin", "create", "--email", "inte-en-adress", "--name", "D"], { env: db.env, stdin: `${PASSWORD}\n` });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("--email: write an e-mail address");
    const none = await run(["admin", "create", "--email", "d@malmo.test", "--name", "D"], { env: db.env, stdin: "" });
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("no password");
    expect((await db.admins()).map((a) => a.email)).not.toContain("d@malmo.test");
  }, 180_000);

  it("on PGlite, says the data folder is in use while a server holds it, and exits 2", async () => {
    const dataDir = join(dir, "busy");
    await mkdir(dataDir, { recursive: true });
    const server = spawn(process.execPath, ["-e", "setTimeout(() => {}, 60000)"]);
    try {
      await writeFile(join(dataDir, "samverka.lock"), JSON.stringify({ pid: server.pid, host: hostname(), purpose: "samverka server" }));
      const r = await run(["admin", "create", "--email", "e@malmo.test", "--name", "E"], { env: { DATA_DIR: dataDir, DATABASE_URL: undefined }, stdin: `${PASSWORD}\n` });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`is in use by a running Samverka (process ${server.pid})`);
      expect(r.stderr).toContain("DATABASE_URL");
    } finally {
      server.kill();
    }
  });
});
