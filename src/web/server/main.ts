/**
 * The composition root: reads the configuration, opens and migrates the database, loads the
 * demo data on first start, wires the services, starts the job queue (mail, reminder sweeps)
 * and the HTTP server, and shuts all of it down cleanly on SIGINT/SIGTERM. Built by Vite together with the React
 * Router app (see vite.config.ts), so the routes and this file share one module graph.
 */
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "@hono/node-server";
import pino from "pino";
import { createRequestHandler, type ServerBuild } from "react-router";
import { openDatabase } from "#src/adapters/db/connect.ts";
import { DataDirInUse, lockDataDir, type DataDirLock } from "#src/adapters/db/data-dir-lock.ts";
import { isEmptyDataDir, keepMigratedTemplate, migratedTemplate } from "#src/adapters/db/migrated-template.ts";
import { migrateToLatest } from "#src/adapters/db/migrate.ts";
import { countingQueries } from "#src/adapters/db/query-count.ts";
import { demoAccounts, hasAnyUser, loadDemoData } from "#src/adapters/db/demo-data.ts";
import { instanceSecret } from "#src/adapters/db/instance-secret.ts";
import { ensureProcessTypes } from "#src/adapters/db/process-types.ts";
import { argon2idHasher } from "#src/adapters/crypto/argon2-hasher.ts";
import { aesGcmSecretBox } from "#src/adapters/crypto/secret-box.ts";
import { smtpTransport } from "#src/adapters/mail/transports.ts";
import { JobQueue } from "#src/adapters/jobs/job-queue.ts";
import { ConfigError, loadConfig } from "#src/adapters/config/config.ts";
import { createHttpApp } from "../edge/http-app.ts";
import { createServices, keepInOutbox } from "./services.ts";

async function main() {
  const startedAt = performance.now();
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const log = pino({ level: config.logLevel, base: { app: "samverka" } });

  // One process per PGlite data folder: a second server, or `samverka admin create` while this runs, would corrupt it.
  let dataDirLock: DataDirLock | null = null;
  if (!config.databaseUrl) {
    try {
      dataDirLock = lockDataDir(config.dataDir, "samverka server");
    } catch (error) {
      if (error instanceof DataDirInUse) {
        console.error(`Datakatalogen ${config.dataDir} används redan av en annan Samverka (process ${error.pid}). Stoppa den först, eller välj en annan DATA_DIR.`);
        process.exit(1);
      }
      throw error;
    }
  }
  process.on("exit", () => dataDirLock?.release());

  // A first start on an empty PGlite folder begins from the kept migrated database, when there is one.
  const pgliteDir = join(config.dataDir, "pglite");
  const firstStart = !config.databaseUrl && isEmptyDataDir(pgliteDir);
  const template = firstStart ? migratedTemplate() : null;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: pgliteDir,
    loadDataDir: template ?? undefined,
    onConnectionError: (error) => log.warn({ err: error }, "database connection lost; the pool reconnects"),
    countQueries: config.queryCountHeader,
  });
  const { applied } = await migrateToLatest(database.db);
  if (firstStart && !template && database.dump) {
    await keepMigratedTemplate(database.dump).catch((error: unknown) => log.warn({ err: error }, "the migrated database could not be kept for the next first start"));
  }
  if (applied.length) log.info({ applied }, "database migrated");
  await ensureProcessTypes(database.db);

  let demoSignIns = null;
  if (config.demoData) {
    if (!(await hasAnyUser(database.db))) {
      await loadDemoData(database.db, argon2idHasher);
      log.info("demo data loaded");
    }
    demoSignIns = await demoAccounts(database.db);
  }

  const csrfSecret = config.sessionSecret ?? (await instanceSecret(database.db, "csrf"));
  const transport = config.smtpUrl ? smtpTransport(config.smtpUrl, config.mailFrom) : keepInOutbox;
  // The key for the secrets of mail (reset and invitation links) until delivery; only needed when mail leaves.
  const mailSecrets = transport.delivers ? aesGcmSecretBox(await instanceSecret(database.db, "mail-secrets")) : undefined;

  // The background work (docs/decisions/0027-job-queue.md): mail and the reminder sweeps, in the database.
  const jobQueue = new JobQueue({ database, log, deliversMail: transport.delivers, mailAttempts: config.mailAttempts });
  const services = createServices({
    db: database.db,
    hasher: argon2idHasher,
    transport,
    mailSecrets,
    publicUrl: config.publicUrl,
    caseNumberSource: config.caseNumberSource,
    signInAttemptsPerIp: config.signInAttemptsPerIp,
    contactRequestsPerIp: config.contactRequestsPerIp,
    contactMinFillSeconds: config.contactMinFillSeconds,
    auth: { sessionIdleMinutes: config.sessionIdleMinutes },
    demoSignIns,
    nudgeMail: () => jobQueue.nudgeMail(),
    queue: jobQueue.hooks,
    mapTiles: config.mapTiles,
  });
  const wiped = await services.mailDelivery.wipeUnusableSecrets();
  if (wiped) log.info({ wiped }, "mail secrets wiped that can no longer be delivered");
  await jobQueue.start({ mailDelivery: services.mailDelivery, sweeps: services.reminderSweeps });

  // With no administrator nobody can sign in: a one-time link to create the first one (only the operator sees this log).
  const setupLink = await services.administration.firstRun.issueSetupLink();

  // A virtual module that React Router's Vite plugin provides at build time.
  const build = (await import("virtual:react-router/server-build")) as ServerBuild;
  const handler = createRequestHandler(build, config.env === "development" ? "development" : "production");
  const here = dirname(fileURLToPath(import.meta.url));

  const app = createHttpApp({
    services,
    csrfSecret,
    log,
    handleRequest: (request, context) => handler(request, context),
    staticRoot: join(here, "..", "client"),
    isReady: async () => {
      await database.ping();
      return true;
    },
    trustProxy: config.trustProxy,
    publicUrlIsHttps: config.publicUrl.startsWith("https://"),
    mapTilesOrigin: config.mapTiles?.origin ?? null,
    ...(config.queryCountHeader ? { countQueries: countingQueries } : {}),
    keptPages: services.recentReads,
  });

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, () => {
    const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
    const lines = [
      "",
      `Samverka kör på ${config.publicUrl}  (databas: ${database.kind === "pglite" ? `PGlite i ${config.dataDir}` : "PostgreSQL-server"}, start ${seconds} s)`,
    ];
    if (demoSignIns?.length) {
      lines.push("Demoinloggningar (påhittade konton), lösenord för alla: " + demoSignIns[0]!.password);
      for (const d of demoSignIns) lines.push(`  ${d.role.padEnd(14)} ${d.email}`);
    }
    if (!transport.delivers) lines.push(`E-post sparas i utkorgen (${config.publicUrl}/utkorg) eftersom SMTP_URL inte är satt.`);
    if (setupLink) {
      lines.push(
        "",
        `Det finns ingen administratör ännu. Skapa den första med den här länken (fungerar en gång, gäller till ${new Intl.DateTimeFormat("sv-SE", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Stockholm" }).format(setupLink.expiresAt)}):`,
        `  ${setupLink.link}`,
        database.kind === "pglite"
          ? "eller på kommandoraden när servern är stoppad: npx samverka admin create --email E --name N"
          : "eller på kommandoraden (också medan servern kör): npx samverka admin create --email E --name N",
      );
    }
    console.log(lines.join("\n") + "\n");
    log.info({ port: config.port, startupSeconds: Number(seconds) }, "listening");
  });

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, "shutting down");
    const force = setTimeout(() => {
      log.error("shutdown took too long; exiting");
      process.exit(1);
    }, 10_000);
    force.unref();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    // The running jobs finish; one that does not in time runs again after the next start.
    await jobQueue.stop();
    await database.close();
    dataDirLock?.release();
    log.info("stopped");
    process.exit(0);
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error: unknown) => {
  console.error("Samverka kunde inte starta:", error);
  process.exit(1);
});
