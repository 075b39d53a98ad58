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

export const ADMIN_USAGE = `  samverka admin create      --email E --name N [--department D] [--lang en|sv]
             the password: typed when asked, on standard input, or in SAMVERKA_ADMIN_PASSWORD`;

export interface AdminIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
  /** The password from standard input; null when stdin is a terminal and nobody typed one. */
  readPassword: (prompt: string) => Promise<string | null>;
}

const TEXT = {
  en: {
    noPasswordFlag: "the password is never given on the command line (the process list and the shell's history would keep it): type it when asked, send it on standard input, or set SAMVERKA_ADMIN_PASSWORD",
    unknown: (c: string) => `unknown command "admin ${c}"; the command is: samverka admin create --email E --name N`,
    missing: "--email and --name are required, e.g. samverka admin create --email anna@malmo.se --name \"Anna Andersson\"",
    prompt: "Password for the new administrator (at least 12 characters): ",
    again: "The same password again: ",
    mismatch: "the two passwords differ; nothing was created",
    noPassword: "no password: type it when asked, send it on standard input, or set SAMVERKA_ADMIN_PASSWORD",
    weak: "the password must have at least 12 and at most 200 characters; nothing was created",
    taken: (e: string) => `there already is an account with the address ${e}; nothing was created`,
    invalid: "the details are not valid; nothing was created:",
    fields: { email: "--email: write an e-mail address", name: "--name: write the administrator's name", department: "--department: write the department" } as Record<string, string>,
    inUse: (dir: string, pid: number) => `the data folder ${dir} is in use by a running Samverka (process ${pid}). Stop the server first, or run against the server's database with DATABASE_URL.`,
    config: "the configuration is not valid:",
    created: (name: string, email: string, url: string) => `Administrator created: ${name} <${email}>. Sign in at ${url}/logga-in`,
  },
  sv: {
    noPasswordFlag: "lösenordet anges aldrig på kommandoraden (processlistan och skalets historik skulle spara det): skriv det när du blir tillfrågad, skicka det på standard in eller sätt SAMVERKA_ADMIN_PASSWORD",
    unknown: (c: string) => `okänt kommando "admin ${c}"; kommandot är: samverka admin create --email E --name N`,
    missing: "--email och --name behövs, t.ex. samverka admin create --email anna@malmo.se --name \"Anna Andersson\"",
    prompt: "Lösenord för den nya administratören (minst 12 tecken): ",
    again: "Samma lösenord igen: ",
    mismatch: "lösenorden skiljer sig åt; inget skapades",
    noPassword: "inget lösenord: skriv det när du blir tillfrågad, skicka det på standard in eller sätt SAMVERKA_ADMIN_PASSWORD",
    weak: "lösenordet ska ha minst 12 och högst 200 tecken; inget skapades",
    taken: (e: string) => `det finns redan ett konto med adressen ${e}; inget skapades`,
    invalid: "uppgifterna är inte giltiga; inget skapades:",
    fields: { email: "--email: skriv en e-postadress", name: "--name: skriv administratörens namn", department: "--department: skriv förvaltningen" } as Record<string, string>,
    inUse: (dir: string, pid: number) => `datakatalogen ${dir} används av en körande Samverka (process ${pid}). Stoppa servern först, eller kör mot serverns databas med DATABASE_URL.`,
    config: "konfigurationen är inte giltig:",
    created: (name: string, email: string, url: string) => `Administratören är skapad: ${name} <${email}>. Logga in på ${url}/logga-in`,
  },
};

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
  const lang = langIndex >= 0 && rest[langIndex + 1] === "sv" ? "sv" : "en";
  const m = TEXT[lang];
  const where = `samverka admin${command ? ` ${command}` : ""}`;
  const fail = (message: string) => {
    io.err(`${where}: ${message}\n`);
    return 2;
  };
  if (rest.some((a) => a === "--password" || a.startsWith("--password=") || a === "-p")) return fail(m.noPasswordFlag);
  if (command !== "create") return fail(m.unknown(command ?? ""));
  let options;
  try {
    options = parseArgs({ args: rest, options: { email: { type: "string" }, name: { type: "string" }, department: { type: "string" }, lang: { type: "string" } } }).values;
  } catch (e) {
    return fail((e as Error).message);
  }
  if (!options.email || !options.name) return fail(m.missing);

  let config;
  try {
    config = loadConfig(io.env);
  } catch (e) {
    if (e instanceof ConfigError) return fail(`${m.config}\n${e.problems.map((p) => `  ${p}`).join("\n")}`);
    throw e;
  }

  let password = io.env.SAMVERKA_ADMIN_PASSWORD ?? null;
  if (password === null) {
    password = await io.readPassword(m.prompt);
    if (password !== null && process.stdin.isTTY) {
      const again = await io.readPassword(m.again);
      if (again !== password) return fail(m.mismatch);
    }
  }
  if (password === null || password === "") return fail(m.noPassword);
  const input = { email: options.email, name: options.name, password, ...(options.department !== undefined && { department: options.department }) };
  // Wrong input is refused before the database is opened (and, on PGlite, before a cold start migrates it).
  const checked = checkAdministratorInput(input);
  if (!checked.ok) return checked.error === "weak_password" ? fail(m.weak) : fail(`${m.invalid}\n${Object.keys(checked.detail ?? {}).map((f) => `  ${m.fields[f] ?? f}`).join("\n")}`);

  let lock: DataDirLock | null = null;
  if (!config.databaseUrl) {
    try {
      lock = lockDataDir(config.dataDir, "samverka admin create");
    } catch (e) {
      if (e instanceof DataDirInUse) return fail(m.inUse(config.dataDir, e.pid));
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
      if (result.error === "weak_password") return fail(m.weak);
      if (result.error === "email_taken") return fail(m.taken(options.email.trim().toLowerCase()));
      const fields = Object.keys(result.detail ?? {}).map((f) => `  ${m.fields[f] ?? f}`);
      return fail(`${m.invalid}\n${fields.join("\n")}`);
    }
    io.out(m.created(options.name.trim(), options.email.trim().toLowerCase(), config.publicUrl) + "\n");
    return 0;
  } finally {
    await database.close();
    lock?.release();
  }
}
