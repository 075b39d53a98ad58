/**
 * Opens the database: an embedded PGlite (with PostGIS) under DATA_DIR, or a PostgreSQL
 * server when DATABASE_URL is set. Both speak the same SQL (PostgreSQL) through Kysely.
 * PGlite has a single connection: Kysely's PGliteDialect declares that, and Kysely then holds
 * a connection mutex from BEGIN to COMMIT, so concurrent requests queue instead of
 * interleaving inside one transaction (tests/integration/db-serialisation.test.ts proves it).
 */
import { mkdirSync } from "node:fs";
import { Kysely, PGliteDialect, PostgresDialect, sql } from "kysely";
import type { Database } from "./schema.ts";
import { trimmedPostgis } from "./postgis-bundle.ts";
import { noteQuery } from "./query-count.ts";

export type Db = Kysely<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: "pglite" | "postgres";
  /** PGlite only: the whole database as a tarball (used to make test templates). */
  dump?: () => Promise<Blob>;
  /** A cheap round trip, for readiness checks. */
  ping(): Promise<void>;
  /**
   * Runs a script of several statements without parameters (the simple query protocol, which
   * Kysely does not offer for them) and returns the rows of every statement; a failed script
   * leaves no transaction open. On PGlite it holds Kysely's connection, so it waits for any open
   * transaction instead of running inside it; on a server it takes a connection of the pool (one
   * that failed is closed, not reused). Used by the job queue (src/adapters/jobs/).
   */
  runScript(text: string): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

// Type OIDs whose default parsing differs between node-postgres and PGlite.
// We make both return the same JavaScript values so no code depends on the driver.
const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

const parseInt8 = (v: string) => {
  const n = Number(v);
  if (!Number.isSafeInteger(n)) throw new Error(`bigint ${v} is outside the safe integer range`);
  return n;
};

export interface OpenOptions {
  databaseUrl?: string | undefined;
  /** PGlite's folder; omitted: in memory. */
  dataDir?: string | undefined;
  /** PGlite: start from a dump made with dumpDataDir() (tests use a migrated template). */
  loadDataDir?: Blob | undefined;
  poolSize?: number;
  /**
   * Called when an idle server connection fails (server restart, a terminated backend).
   * The pool replaces the connection; without a listener Node would treat it as a crash.
   */
  onConnectionError?: (error: Error) => void;
  /** Note each query in the count of the work it runs for (./query-count.ts); off by default. */
  countQueries?: boolean;
}

/** Kysely's log hook that counts queries, when asked to. */
const queryLog = (count: boolean | undefined) => (count ? { log: (event: { level: string }) => void (event.level === "query" && noteQuery()) } : {});

export async function openDatabase(opts: OpenOptions): Promise<DatabaseHandle> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolSize ?? 10, opts.onConnectionError, opts.countQueries);
  return openPglite(opts.dataDir, opts.loadDataDir, opts.countQueries);
}

async function openPostgres(url: string, max: number, onConnectionError?: (error: Error) => void, countQueries?: boolean): Promise<DatabaseHandle> {
  const pg = await import("pg");
  const { Pool, types } = pg.default;
  const pool = new Pool({
    connectionString: url,
    max,
    // During an outage a request waits at most this long for a connection, then gets the
    // "try again" page (503) instead of hanging until the operating system gives up.
    connectionTimeoutMillis: 10_000,
    types: {
      getTypeParser: ((oid: number, format?: "text" | "binary") => {
        if (oid === INT8) return parseInt8;
        if (oid === NUMERIC || oid === DATE) return (v: string) => v;
        return types.getTypeParser(oid, format as "text");
      }) as typeof types.getTypeParser,
    },
  });
  pool.on("error", (error) => (onConnectionError ?? ((e: Error) => process.emitWarning(`PostgreSQL connection error: ${e.message}`)))(error));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...queryLog(countQueries) });
  return {
    db,
    kind: "postgres",
    async ping() {
      await pool.query("select 1");
    },
    async runScript(text) {
      // pg answers a script with one result per statement (an array), a single statement with one.
      const result = (await pool.query(text)) as unknown as { rows?: Record<string, unknown>[] } | Array<{ rows?: Record<string, unknown>[] }>;
      return (Array.isArray(result) ? result : [result]).flatMap((r) => r.rows ?? []);
    },
    async close() {
      await db.destroy();
    },
  };
}

async function openPglite(dataDir: string | undefined, loadDataDir: Blob | undefined, countQueries?: boolean): Promise<DatabaseHandle> {
  const { PGlite, types } = await import("@electric-sql/pglite");
  const { postgis } = await import("@electric-sql/pglite-postgis");
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    // undefined keeps the database in memory (tests)
    ...(dataDir ? { dataDir } : {}),
    ...(loadDataDir ? { loadDataDir } : {}),
    extensions: { postgis: trimmedPostgis(postgis) },
    parsers: {
      [INT8]: parseInt8,
      [NUMERIC]: (v: string) => v,
      [DATE]: (v: string) => v,
      [types.TIMESTAMPTZ]: (v: string) => new Date(v),
    },
  });
  const db = new Kysely<Database>({ dialect: new PGliteDialect({ pglite }), ...queryLog(countQueries) });
  return {
    db,
    kind: "pglite",
    dump: async () => (await pglite.dumpDataDir("gzip")) as Blob,
    runScript: (text) =>
      db.connection().execute(async () => {
        try {
          const results = await pglite.exec(text);
          return results.flatMap((r) => r.rows as Record<string, unknown>[]);
        } catch (error) {
          // A failed statement inside BEGIN … COMMIT leaves the single connection in an aborted transaction.
          if (pglite.isInTransaction()) await pglite.query("rollback").catch(() => {});
          throw error;
        }
      }),
    async ping() {
      await sql`select 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}
