/**
 * `samverka admin create --email E --name N [--department D]`: creates an administrator, so that
 * a city can sign in to a Samverka started without demo data. The password is read from
 * standard input (asked for, hidden, when it is a terminal) or from SAMVERKA_ADMIN_PASSWORD,
 * never from the command line, where the process list and the shell's history would keep it.
 * On PGlite the server must be stopped (one process per data folder); against a PostgreSQL
 * server (DATABASE_URL) it works at any time.
 */
import { join } from "node:path";
import { parseArgs } from "node:util";
import { read } from "read";
import { checkAdministratorInput, FirstRun } from "../application/admin/index.ts";
import { KyselyUnitOfWork } from "../adapters/db/repositories.ts";
import { openDatabase } from "#src/adapters/db/connect.ts";
import { DataDirInUse, lockDataDir, type DataDirLock } from "../adapters/db/data-dir-lock.ts";
import { migrateToLatest } from "../adapters/db/migrate.ts";
import { ensureProcessTypes } from "../adapters/db/process-types.ts";
import { argon2idHasher } from "../adapters/crypto/argon2-hasher.ts";
import { ConfigError, loadConfig } from "../adapters/config/config.ts";
import { type CliKey, en, sv } from "#src/text/cli.ts";
import type { Locale } from "#src/text/locale.ts";
import { catalogueTranslator } from "#src/text/translate.ts";

export const ADMIN_USAGE = `  samverka admin create      --email E --name N [--department D] [--lang en|sv]
             the password: typed when asked, on standard input, or in SAMVERKA_ADMIN_PASSWORD`;

export interface AdminIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  /** The password from standard input; null when stdin is a terminal and nobody typed one. */
  readPassword: (prompt: string) => Promise<string | null>;
}

/** The command's messages in `--lang` (src/text/cli.ts). */
function messages(lang: Locale) {
  const t = catalogueTranslator(CATALOGUES[lang]);
  return { t, field: (f: string): string => (Object.hasOwn(FIELDS, f) ? t(FIELDS[f]!) : f) };
}
const CATALOGUES: Record<Locale, Record<CliKey, string>> = { sv, en };
const FIELDS: Record<string, CliKey> = { email: "cli.admin.field.email", name: "cli.admin.field.name", department: "cli.admin.field.department" };

/** Reads a password from the terminal without echo, or the first line of piped standard input. */
export async function readPasswordFromStdin(prompt: string): Promise<string | null> {
  if (process.stdin.isTTY) {
    try {
      return String(await read({ prompt, silent: true, replace: "*", output: process.stderr }));
    } catch {
      return null;
    }
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const first = Buffer.concat(chunks).toString("utf8").split(/\r?\n/)[0] ?? "";
  return first === "" ? null : first;
}

export async function runAdmin(argv: string[], io: AdminIo): Promise<number> {
  const [command, ...rest] = argv;
  const langIndex = rest.indexOf("--lang");
  const lang: Locale = langIndex >= 0 && rest[langIndex + 1] === "sv" ? "sv" : "en";
  const { t, field } = messages(lang);
  const where = `samverka admin${command ? ` ${command}` : ""}`;
  const fail = (message: string) => {
    io.err(`${where}: ${message}\n`);
    return 2;
  };
  if (rest.some((a) => a === "--password" || a.startsWith("--password=") || a === "-p")) return fail(t("cli.admin.noPasswordFlag"));
  if (command !== "create") return fail(t("cli.admin.unknown", { command: command ?? "" }));
  let options;
  try {
    options = parseArgs({ args: rest, options: { email: { type: "string" }, name: { type: "string" }, department: { type: "string" }, lang: { type: "string" } } }).values;
  } catch (e) {
    return fail((e as Error).message);
  }
  if (!options.email || !options.name) return fail(t("cli.admin.missing"));

  let config;
  try {
    config = loadConfig(io.env);
  } catch (e) {
    if (e instanceof ConfigError) return fail(`${t("cli.admin.config")}\n${e.problems.map((p) => `  ${p}`).join("\n")}`);
    throw e;
  }

  let password = io.env.SAMVERKA_ADMIN_PASSWORD ?? null;
  if (password === null) {
    password = await io.readPassword(t("cli.admin.prompt"));
    if (password !== null && process.stdin.isTTY) {
      const again = await io.readPassword(t("cli.admin.again"));
      if (again !== password) return fail(t("cli.admin.mismatch"));
    }
  }
  if (password === null || password === "") return fail(t("cli.admin.noPassword"));
  const input = { email: options.email, name: options.name, password, ...(options.department !== undefined && { department: options.department }) };
  // Wrong input is refused before the database is opened (and, on PGlite, before a cold start migrates it).
  const checked = checkAdministratorInput(input);
  if (!checked.ok) return checked.error === "weak_password" ? fail(t("cli.admin.weak")) : fail(`${t("cli.admin.invalid")}\n${Object.keys(checked.detail ?? {}).map((f) => `  ${field(f)}`).join("\n")}`);

  let lock: DataDirLock | null = null;
  if (!config.databaseUrl) {
    try {
      lock = lockDataDir(config.dataDir, "samverka admin create");
    } catch (e) {
      if (e instanceof DataDirInUse) return fail(t("cli.admin.inUse", { dir: config.dataDir, pid: e.pid }));
      throw e;
    }
  }
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: join(config.dataDir, "pglite"), poolSize: 1 });
  try {
    await migrateToLatest(database.db);
    await ensureProcessTypes(database.db);
    const firstRun = new FirstRun({ uow: new KyselyUnitOfWork(database.db), clock: { now: () => new Date() }, hasher: argon2idHasher, config: { publicUrl: config.publicUrl, sessionIdleMinutes: 120 } });
    const result = await firstRun.createAdministrator(input);
    if (!result.ok) {
      if (result.error === "weak_password") return fail(t("cli.admin.weak"));
      if (result.error === "email_taken") return fail(t("cli.admin.taken", { email: options.email.trim().toLowerCase() }));
      const fields = Object.keys(result.detail ?? {}).map((f) => `  ${field(f)}`);
      return fail(`${t("cli.admin.invalid")}\n${fields.join("\n")}`);
    }
    io.out(t("cli.admin.created", { name: options.name.trim(), email: options.email.trim().toLowerCase(), url: config.publicUrl }) + "\n");
    return 0;
  } finally {
    await database.close();
    lock?.release();
  }
}
