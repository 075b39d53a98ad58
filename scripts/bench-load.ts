/**
 * npm run bench:load: the whole app under load, over loopback, with figures printed (never
 * asserted). On PGlite, and also on PostgreSQL when DATABASE_URL is set (a throwaway database).
 *
 * 1. The demo data set, grown to a realistic size: BENCH_CASES cases (10 000), BENCH_PROCESSES
 *    registered processes (50 000), the 14 demo areas with five years of indicators, and drafts
 *    ready to submit.
 * 2. Queries per page, counted by the server (QUERY_COUNT_HEADER) with 100 cases and again with
 *    the full set: the counts must be the same.
 * 3. Each page under load: BENCH_CONNECTIONS (20) connections for BENCH_SECONDS (10) seconds
 *    per page (a request times out after 30 s), gzip accepted, signed in as the role that uses
 *    the page; rps, p50, p95, p99,
 *    errors, and the page's share of the ceiling: a bare Node HTTP server answering a fixed page
 *    of the same size, measured in the same run.
 *
 * The server runs as `npm start` runs it (production build, NODE_ENV=production), in a child
 * process, so the benchmark's own work does not count against it. Set BENCH_PROFILE=1 to write
 * a CPU profile of the server under load (node --cpu-prof, into ./bench-profiles), and
 * BENCH_PAGES=register,equity to measure only the pages whose names hold one of the words, and
 * BENCH_DATA_DIR=folder to keep the PGlite data set there for the next run.
 */
import { spawn, spawnSync } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { sql } from "kysely";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { openDatabase, type DatabaseHandle } from "#src/adapters/db/connect.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { submittedFormOf } from "#src/domain/intake/answers.ts";
import { createServices, keepInOutbox } from "#src/web/server/services.ts";
import { freePort } from "../tests/support/free-port.ts";
import { startAppProcess, type Running } from "./support/app-process.ts";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const CASES = Number(process.env.BENCH_CASES ?? 10_000);
const PROCESSES = Number(process.env.BENCH_PROCESSES ?? 50_000);
const SMALL = 100;
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
/** Each page is measured for this many seconds (a submission: once per draft). */
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const SUBMISSIONS = Number(process.env.BENCH_SUBMISSIONS ?? 100);
const PROFILE = process.env.BENCH_PROFILE === "1";
/** BENCH_PAGES=register,equity: measure only the pages whose names contain one of these words ("submit": the submission). */
const ONLY = process.env.BENCH_PAGES?.split(",").map((w) => w.trim().toLowerCase()).filter(Boolean) ?? null;
const measured = (name: string) => !ONLY || ONLY.some((w) => name.toLowerCase().includes(w));
const PASSWORD = "Samverka-demo-2026";

interface Page {
  name: string;
  path: string;
  /** Who opens it (a demo account), or nobody. */
  as: string | null;
  public?: boolean;
}

const PAGES: Page[] = [
  { name: "public: start", path: "/", as: null, public: true },
  { name: "public: samverkansstöd", path: "/samverkansstod", as: null, public: true },
  { name: "public: contact form", path: "/samverkansstod/kontakt", as: null, public: true },
  { name: "applicant: start", path: "/start", as: "aktor@demo.samverka.invalid" },
  { name: "applicant: case page", path: "{case}", as: "aktor@demo.samverka.invalid" },
  { name: "contact person: queue", path: "/handlaggning", as: "kontaktperson@demo.samverka.invalid" },
  { name: "contact person: requests", path: "/kontaktforfragningar", as: "kontaktperson@demo.samverka.invalid" },
  { name: "officer: case list", path: "/arenden", as: "handlaggare@demo.samverka.invalid" },
  { name: "officer: register", path: "/processer", as: "handlaggare@demo.samverka.invalid" },
  { name: "analyst: equity view", path: "/fordelning", as: "analytiker@demo.samverka.invalid" },
  { name: "analyst: index", path: "/index", as: "analytiker@demo.samverka.invalid" },
];

// ---- the data set --------------------------------------------------------------------------

/** Adds cases until there are `total`, spread over the demo's organisations, committees and areas. */
async function growCases(handle: DatabaseHandle, total: number): Promise<void> {
  const db = handle.db;
  const have = Number((await sql<{ n: number }>`select count(*)::int as n from collaboration_case`.execute(db)).rows[0]!.n);
  const add = total - have;
  if (add <= 0) return;
  await sql`
    with orgs as (select array_agg(id order by name) ids from organisation where kind = 'aktor'),
         committees as (select array_agg(id order by code) ids from committee),
         areas as (select array_agg(id order by code) ids from area),
         pt as (select id from process_type where code = 'samverkansstod' order by version desc limit 1),
         made as (
           insert into collaboration_case (title, summary, applicant_organisation_id, committee_id, phase, status, geom, case_number, submitted_at, process_type_id, updated_at)
           select 'Belastningsärende ' || g, 'Ett ärende för belastningsmätningen.',
                  orgs.ids[1 + g % array_length(orgs.ids, 1)],
                  committees.ids[1 + g % array_length(committees.ids, 1)],
                  (array['initiering','samarbete','utforande','resultat'])[1 + g % 4],
                  (array['inskickat','under_bedomning','vantar_komplettering','klar_for_namnd','beslutat'])[1 + g % 5],
                  (select geom from area where id = areas.ids[1 + g % array_length(areas.ids, 1)]),
                  'BL-2025-' || lpad(g::text, 6, '0'), now() - (g || ' minutes')::interval, pt.id, now() - (g || ' minutes')::interval
           from generate_series(${have + 1}::int, ${total}::int) g, orgs, committees, areas, pt
           returning id, applicant_organisation_id, geom)
    , parties as (insert into application_party (case_id, organisation_id, role) select id, applicant_organisation_id, 'huvudsokande' from made)
    insert into case_area (case_id, area_id) select m.id, a.id from made m join area a on a.geom && m.geom and st_intersects(a.geom, m.geom)`.execute(db);
}

/** Adds registered processes until there are `total`, each over one or two areas. */
async function growProcesses(handle: DatabaseHandle, total: number): Promise<void> {
  const db = handle.db;
  const have = Number((await sql<{ n: number }>`select count(*)::int as n from local_process`.execute(db)).rows[0]!.n);
  if (total <= have) return;
  await sql`
    with areas as (select array_agg(id order by code) ids from area),
         made as (
           insert into local_process (name, owner_kind, owner_name, themes, geom, starts_on, ends_on, status)
           select 'Process ' || g, (array['namnd','forvaltning','bolag','civilsamhalle','naringsliv','annan'])[1 + g % 6], 'Ägare ' || (g % 300),
                  array[(array['trygghet','barn_och_unga','boende','delaktighet','arbete','naringsliv'])[1 + g % 6]],
                  (select geom from area where id = areas.ids[1 + g % array_length(areas.ids, 1)]),
                  date '2020-01-01' + (g % 2000), case when g % 3 = 0 then null else date '2020-01-01' + (g % 2000) + 400 end,
                  (array['planerad','pagaende','avslutad'])[1 + g % 3]
           from generate_series(${have + 1}::int, ${total}::int) g, areas
           returning id, geom)
    insert into local_process_area (process_id, area_id) select m.id, a.id from made m join area a on st_equals(a.geom, m.geom)`.execute(db);
}

/** Five years of indicators: the demo's three, and two earlier years derived from its first. */
async function fiveYearsOfIndicators(handle: DatabaseHandle): Promise<void> {
  await sql`
    insert into indicator_value (area_code, indicator_key, year, value, count, denominator, sex, age_band, disability, source, imported_at, import_id)
    select area_code, indicator_key, y, value * (1 + (y - 2022) * 0.03), count, denominator, sex, age_band, disability, source, imported_at, import_id
    from indicator_value, (values (2020), (2021)) years(y)
    where year = 2022
    on conflict do nothing`.execute(handle.db);
}

async function actorFor(handle: DatabaseHandle, email: string): Promise<Actor> {
  const u = await handle.db
    .selectFrom("app_user")
    .innerJoin("organisation", "organisation.id", "app_user.organisation_id")
    .select(["app_user.id", "app_user.name", "app_user.email", "app_user.role", "app_user.organisation_id", "organisation.name as organisation_name"])
    .where("app_user.email", "=", email)
    .executeTakeFirstOrThrow();
  return { userId: u.id, name: u.name, email: u.email, role: u.role, organisationId: u.organisation_id, organisationName: u.organisation_name, committeeIds: [] };
}

/** Drafts filled in through the application's own use cases, ready to be submitted. */
async function drafts(handle: DatabaseHandle, count: number): Promise<string[]> {
  const services = createServices({ db: handle.db, hasher: argon2idHasher, transport: keepInOutbox, publicUrl: "http://localhost" });
  const actor = await actorFor(handle, "aktor@demo.samverka.invalid");
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const started = await services.applications.start(actor, { submissionKey: randomUUID(), title: `Belastningsansökan ${i}` });
    if (!started.ok) throw new Error(`a draft could not be started: ${started.error}`);
    const id = started.value.caseId;
    const x = 12.98 + (i % 20) * 0.002;
    const y = 55.59 + Math.floor(i / 20) * 0.002;
    const ring = [[x, y], [x + 0.001, y], [x + 0.001, y + 0.001], [x, y + 0.001], [x, y]];
    const area = { areaIds: [], drawn: JSON.stringify({ type: "MultiPolygon", coordinates: [[ring]] }), drawnChanged: true, upload: null, clear: false };
    const steps: Array<[string, Record<string, string | string[]>, typeof area | null]> = [
      ["omrade", { title: `Belastningsansökan ${i}`, area_description: "Torget och gatorna runt det." }, area],
      ["aktorer", { actors_in_area: "Handlare", interested_actors: "Föreningen", contributions_rows: "1", contributions_0_actor: "Föreningen", contributions_0_money: "20000" }, null],
      ["forslaget", { challenges: "Otrygghet", added_value: "Tryggare torg", purpose: "Ett tryggare torg", city_goals: ["trygghet"] }, null],
      ["underlag", { evidence_basis: "Enkät till boende", children_impact: "Tryggare skolväg" }, null],
    ];
    for (const [step, values, a] of steps) {
      const saved = await services.applications.saveStep(actor, id, step, submittedFormOf(values), a);
      if (!saved.ok) throw new Error(`draft ${i}, step ${step}: ${saved.error}`);
    }
    ids.push(id);
  }
  return ids;
}

// ---- the server and the ceiling ------------------------------------------------------------

/** The app as `npm start` runs it, with the load benchmark's settings (counted queries, no rate limits in the way). */
const startApp = (env: Record<string, string>, profileName: string | null) =>
  startAppProcess({ ...env, QUERY_COUNT_HEADER: "true", SIGN_IN_ATTEMPTS_PER_IP: "100000", CONTACT_REQUESTS_PER_IP: "100000", CONTACT_MIN_FILL_SECONDS: "0" }, profileName ? { profileDir: join(ROOT, "bench-profiles"), profileName } : {});

/** The ceiling: a bare Node HTTP server answering a fixed page of `bytes` bytes, in a process of its own. */
async function startBare(bytes: number): Promise<Running> {
  const port = await freePort();
  const code = `const page = Buffer.alloc(${bytes}, "a"); require("node:http").createServer((q, s) => { s.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": page.length }); s.end(page); }).listen(${port}, "127.0.0.1", () => console.log("ready"));`;
  const child = spawn(process.execPath, ["-e", code], { stdio: ["ignore", "pipe", "inherit"] });
  await new Promise<void>((resolve) => child.stdout!.once("data", () => resolve()));
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    },
  };
}

// ---- a browser's session -------------------------------------------------------------------

function cookiesOf(res: Response, jar: Map<string, string>): void {
  for (const c of res.headers.getSetCookie()) {
    const [pair] = c.split(";");
    const i = pair!.indexOf("=");
    jar.set(pair!.slice(0, i), pair!.slice(i + 1));
  }
}
const cookieHeader = (jar: Map<string, string>) => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? "";

async function signIn(url: string, email: string): Promise<{ cookie: string; csrf: string }> {
  const jar = new Map<string, string>();
  const form = await fetch(`${url}/logga-in`);
  cookiesOf(form, jar);
  const body = new URLSearchParams({ _csrf: csrfIn(await form.text()), email, password: PASSWORD });
  const res = await fetch(`${url}/logga-in`, { method: "POST", body, headers: { cookie: cookieHeader(jar), "content-type": "application/x-www-form-urlencoded" }, redirect: "manual" });
  cookiesOf(res, jar);
  if (res.status !== 303 && res.status !== 302) throw new Error(`signing in as ${email} failed (${res.status})`);
  const start = await fetch(`${url}/start`, { headers: { cookie: cookieHeader(jar) } });
  return { cookie: cookieHeader(jar), csrf: csrfIn(await start.text()) };
}

// ---- measuring -----------------------------------------------------------------------------

interface Figures {
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  bytes: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]! : NaN;
}

async function load(opts: { url: string; headers?: Record<string, string>; amount?: number; method?: "GET" | "POST"; requests?: autocannon.Request[] }): Promise<Figures> {
  const times: number[] = [];
  let bytes = 0;
  let failed = 0;
  const amount = opts.amount;
  // The rate between the first and the last answer (autocannon ends its runs on a one-second tick).
  const started = performance.now();
  let last = started;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url: opts.url, connections: amount ? Math.min(CONNECTIONS, amount) : CONNECTIONS, ...(amount ? { amount } : { duration: SECONDS }), timeout: 30, headers: { "accept-encoding": "gzip", ...opts.headers }, ...(opts.method ? { method: opts.method } : {}), ...(opts.requests ? { requests: opts.requests } : {}) },
      (error, r) => {
        clearTimeout(cap);
        if (error) reject(error);
        else resolve(r);
      },
    );
    // A page too slow to answer its requests within a minute is measured on what it answered by then.
    const cap = setTimeout(() => instance.stop(), 60_000);
    // A redirect after a form (303) is an answer like any other; 4xx and 5xx are errors.
    instance.on("response", (_client: unknown, status: number, resBytes: number, responseTime: number) => {
      times.push(responseTime);
      last = performance.now();
      bytes += resBytes;
      if (status >= 400) failed++;
    });
  });
  const seconds = (last - started) / 1000;
  times.sort((a, b) => a - b);
  return { rps: times.length / seconds, p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99), errors: failed + result.errors + result.timeouts, bytes: times.length ? bytes / times.length : 0 };
}

async function queriesPerPage(url: string, sessions: Map<string, { cookie: string; csrf: string }>, caseUrl: string): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const p of PAGES) {
    const path = p.path === "{case}" ? caseUrl : p.path;
    const res = await fetch(`${url}${path}`, { headers: p.as ? { cookie: sessions.get(p.as)!.cookie } : {} });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${p.name} (${path}) answered ${res.status}`);
    counts.set(p.name, Number(res.headers.get("x-query-count") ?? NaN));
  }
  return counts;
}

/** Waits until the server answers a database round trip again (/readyz queues behind what is still running). */
async function settle(url: string): Promise<void> {
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/readyz`, { signal: AbortSignal.timeout(60_000) })).ok) return;
    } catch {
      // still busy
    }
  }
}

const fmt = (n: number, digits = 0) => (Number.isFinite(n) ? n.toFixed(digits) : "–");

async function run(label: string, env: Record<string, string>, handleFor: () => Promise<DatabaseHandle>): Promise<void> {
  console.log(`\n== ${label}`);
  const t0 = performance.now();
  // The demo data set, as a first start makes it, then grown.
  let app = await startApp({ ...env, DEMO_DATA: "true" }, null);
  await app.stop();
  let handle = await handleFor();
  await growCases(handle, SMALL);
  await handle.close();

  app = await startApp(env, null);
  let sessions = new Map(await Promise.all([...new Set(PAGES.flatMap((p) => (p.as ? [p.as] : [])))].map(async (email) => [email, await signIn(app.url, email)] as const)));
  handle = await handleFor();
  const applicantCase = (await sql<{ id: string }>`select c.id from collaboration_case c join app_user u on u.organisation_id = c.applicant_organisation_id where u.email = 'aktor@demo.samverka.invalid' and c.status <> 'utkast' order by c.created_at limit 1`.execute(handle.db)).rows[0]!.id;
  await handle.close();
  const caseUrl = `/arenden/${applicantCase}`;
  // With PGlite the data folder belongs to the server: count while it runs, grow while it does not.
  const small = await queriesPerPage(app.url, sessions, caseUrl);
  await app.stop();

  handle = await handleFor();
  await growCases(handle, CASES);
  await growProcesses(handle, PROCESSES);
  await fiveYearsOfIndicators(handle);
  const submittable = await drafts(handle, SUBMISSIONS);
  await sql`analyze`.execute(handle.db);
  await handle.close();
  console.log(`data: ${CASES} cases, ${PROCESSES} processes, 14 areas × 5 years of indicators, ${SUBMISSIONS} drafts (${((performance.now() - t0) / 1000).toFixed(0)} s to make)`);

  app = await startApp(env, PROFILE ? `${label.replace(/\W+/g, "-")}-server` : null);
  sessions = new Map(await Promise.all([...sessions.keys()].map(async (email) => [email, await signIn(app.url, email)] as const)));
  const large = await queriesPerPage(app.url, sessions, caseUrl);

  const rows: Array<{ name: string; f: Figures; public: boolean; queries: [number, number] | null }> = [];
  for (const p of PAGES.filter((p) => measured(p.name))) {
    const path = p.path === "{case}" ? caseUrl : p.path;
    const f = await load({ url: `${app.url}${path}`, headers: p.as ? { cookie: sessions.get(p.as)!.cookie } : {} });
    rows.push({ name: p.name, f, public: !!p.public, queries: [small.get(p.name)!, large.get(p.name)!] });
    console.log(`  measured ${p.name}: ${fmt(f.rps)} rps, p99 ${fmt(f.p99)} ms`);
    // Requests that timed out may still be running: let the server finish them before the next page.
    await settle(app.url);
  }
  // An application submission: each request submits one of the drafts.
  if (measured("applicant: submit an application")) {
    const applicant = sessions.get("aktor@demo.samverka.invalid")!;
    let next = 0;
    const submit = await load({
      url: app.url,
      amount: submittable.length,
      requests: [
        {
          method: "POST",
          headers: { cookie: applicant.cookie, "content-type": "application/x-www-form-urlencoded", "accept-encoding": "gzip" },
          setupRequest: (req) => ({ ...req, path: `/ansokan/${submittable[next++ % submittable.length]}/granska`, body: new URLSearchParams({ _csrf: applicant.csrf, confirm: "1" }).toString() }),
        },
      ],
    });
    await app.stop();
    // Each submission must have made a case number: a draft still a draft was not submitted.
    handle = await handleFor();
    const stillDrafts = Number((await sql<{ n: number }>`select count(*)::int as n from collaboration_case where id = any(${submittable}::uuid[]) and status = 'utkast'`.execute(handle.db)).rows[0]!.n);
    await handle.close();
    rows.push({ name: "applicant: submit an application", f: { ...submit, errors: submit.errors + stillDrafts }, public: false, queries: null });
  } else {
    await app.stop();
  }

  const pages = rows.filter((r) => r.queries);
  const pageBytes = pages.length ? Math.round(pages.reduce((n, r) => n + r.f.bytes, 0) / pages.length) : 8192;
  const bare = await startBare(Math.max(pageBytes, 1024));
  const ceiling = await load({ url: bare.url });
  await bare.stop();

  console.log(`ceiling: a bare Node server, a fixed ${pageBytes}-byte page: ${fmt(ceiling.rps)} rps, p99 ${fmt(ceiling.p99)} ms`);
  console.log(`${"page".padEnd(34)} ${"rps".padStart(7)} ${"share".padStart(7)} ${"p50".padStart(6)} ${"p95".padStart(6)} ${"p99".padStart(6)} ${"errors".padStart(6)} ${"bytes".padStart(7)}  queries (${SMALL} / ${CASES} cases)`);
  for (const r of rows) {
    const share = (100 * r.f.rps) / ceiling.rps;
    const goal = r.public ? 25 : 10;
    const q = r.queries ? `${r.queries[0]} / ${r.queries[1]}${r.queries[0] === r.queries[1] ? "" : "  ← grows with the data"}` : "–";
    console.log(
      `${r.name.padEnd(34)} ${fmt(r.f.rps).padStart(7)} ${`${fmt(share, 1)} %`.padStart(7)} ${fmt(r.f.p50).padStart(6)} ${fmt(r.f.p95).padStart(6)} ${fmt(r.f.p99).padStart(6)} ${String(r.f.errors).padStart(6)} ${fmt(r.f.bytes).padStart(7)}  ${q}${share < goal ? `  (goal ${goal} %)` : ""}`,
    );
  }
}

async function main(): Promise<void> {
  console.log(`Samverka load benchmark (Node ${process.version}, ${CONNECTIONS} connections, ${SECONDS} s per page; latencies in ms)`);
  const built = spawnSync(process.execPath, [join(ROOT, "scripts", "start.ts"), "build"], { cwd: ROOT, stdio: "inherit" });
  if (built.status !== 0) throw new Error("the build failed");

  // BENCH_DATA_DIR keeps the PGlite data set for the next run (it is grown only as far as it falls short).
  const dataDir = process.env.BENCH_DATA_DIR || mkdtempSync(join(tmpdir(), "samverka-bench-"));
  try {
    // DATABASE_URL is for the second run: this one is on PGlite.
    await run("PGlite", { DATA_DIR: dataDir, DATABASE_URL: "" }, () => openDatabase({ dataDir: join(dataDir, "pglite") }));
  } finally {
    if (!process.env.BENCH_DATA_DIR) rmSync(dataDir, { recursive: true, force: true });
  }

  const url = process.env.DATABASE_URL;
  if (!url) {
    console.log("\n(PostgreSQL: set DATABASE_URL to also measure on a server)");
    return;
  }
  const name = `samverka_load_${randomBytes(4).toString("hex")}`;
  const admin = await openDatabase({ databaseUrl: url, poolSize: 1 });
  await sql.raw(`create database ${name}`).execute(admin.db);
  const u = new URL(url);
  u.pathname = `/${name}`;
  try {
    const first = await openDatabase({ databaseUrl: u.toString(), poolSize: 1 });
    await sql`create extension if not exists postgis`.execute(first.db);
    await first.close();
    await run("PostgreSQL server", { DATABASE_URL: u.toString() }, () => openDatabase({ databaseUrl: u.toString() }));
  } finally {
    await sql.raw(`drop database if exists ${name} with (force)`).execute(admin.db);
    await admin.close();
  }
}

await main();
