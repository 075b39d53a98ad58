/**
 * The composition root: reads the configuration, opens and migrates the database, loads the
 * demo data on first start, wires the services, starts the HTTP server and the mail worker,
 * and shuts all of it down cleanly on SIGINT/SIGTERM. Built by Vite together with the React
 * Router app (see vite.config.ts), so the routes and this file share one module graph.
 */
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "@hono/node-server";
import pino from "pino";
import { createRequestHandler, type ServerBuild } from "react-router";
import { openDatabase } from "../../adapters/db/connect.ts";
import { migrateToLatest } from "../../adapters/db/migrate.ts";
import { demoAccounts, hasAnyUser, loadDemoData } from "../../adapters/db/demo-data.ts";
import { instanceSecret } from "../../adapters/db/instance-secret.ts";
import { ensureProcessTypes } from "../../adapters/db/process-types.ts";
import { argon2idHasher } from "../../adapters/crypto/argon2-hasher.ts";
import { smtpTransport } from "../../adapters/mail/transports.ts";
import { startOutboxWorker, type OutboxWorker } from "../../adapters/jobs/outbox-worker.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createHttpApp } from "./http-app.ts";
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

  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: join(config.dataDir, "pglite"),
    onConnectionError: (error) => log.warn({ err: error }, "database connection lost; the pool reconnects"),
  });
  const { applied } = await migrateToLatest(database.db);
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

  let worker: OutboxWorker | null = null;
  const services = createServices({
    db: database.db,
    hasher: argon2idHasher,
    transport,
    publicUrl: config.publicUrl,
    caseNumberSource: config.caseNumberSource,
    signInAttemptsPerIp: config.signInAttemptsPerIp,
    contactRequestsPerIp: config.contactRequestsPerIp,
    contactMinFillSeconds: config.contactMinFillSeconds,
    auth: { sessionIdleMinutes: config.sessionIdleMinutes },
    demoSignIns,
    nudgeMail: () => worker?.nudge(),
  });
  if (transport.delivers) worker = startOutboxWorker(services.mailDelivery, log);

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
    await worker?.stop();
    await database.close();
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
