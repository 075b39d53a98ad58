/**
 * Builds the app once per run and starts it: the shared server (demo data) for most journeys,
 * and, through `startApp`, servers of a test file's own (an empty database, a base map, an SMTP
 * catcher). Each server gets a fresh data folder (PGlite), or a throwaway database on the server
 * in DATABASE_URL, and is stopped afterwards.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { freePort } from "../../support/free-port.ts";
import { chromiumPath } from "./browser.ts";

export { freePort };

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The folder of this run's build, for test files that start a server of their own. */
    buildDir: string;
  }
}

export interface RunningApp {
  baseUrl: string;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /**
   * Stops the server (SIGKILL by default: a crash) and starts it again on the same port and the
   * same data, with `env` added; waits until it is ready.
   */
  restart(signal?: NodeJS.Signals, env?: NodeJS.ProcessEnv): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the built app on a free port with a fresh data folder and waits until /readyz answers.
 * `env` adds to or overrides the defaults (DEMO_DATA=true, LOG_LEVEL=warn, high per-IP limits,
 * no minimum time to fill in the contact form).
 */
export async function startApp(buildDir: string, env: NodeJS.ProcessEnv = {}): Promise<RunningApp> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), "samverka-e2e-"));
  let databaseUrl: string | undefined;
  let dropDatabase: (() => void) | undefined;
  if (process.env.DATABASE_URL) {
    const name = `samverka_e2e_${port}`;
    const admin = process.env.DATABASE_URL;
    spawnSync("psql", [admin, "-qc", `create database ${name}`], { stdio: "inherit" });
    const u = new URL(admin);
    u.pathname = `/${name}`;
    databaseUrl = u.toString();
    dropDatabase = () => spawnSync("psql", [admin, "-qc", `drop database if exists ${name} with (force)`]);
  }
  const fullEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: "warn",
    // As npm start runs it: React's production build (vitest itself runs with NODE_ENV=test).
    NODE_ENV: "production",
    DEMO_DATA: "true",
    SIGN_IN_ATTEMPTS_PER_IP: "1000",
    // Every journey comes from 127.0.0.1 and fills forms in faster than a person does.
    CONTACT_REQUESTS_PER_IP: "1000",
    CONTACT_MIN_FILL_SECONDS: "0",
    ...env,
  };
  if (databaseUrl) fullEnv.DATABASE_URL = databaseUrl;
  else delete fullEnv.DATABASE_URL;
  const baseUrl = `http://127.0.0.1:${port}`;
  let output = "";
  let child = await launchServer(buildDir, fullEnv, baseUrl, (d) => (output += d));
  const stopChild = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once("exit", r));
      child.kill(signal);
      await exited;
    }
  };
  return {
    baseUrl,
    output: () => output,
    async restart(signal = "SIGKILL", env = {}) {
      await stopChild(signal);
      child = await launchServer(buildDir, { ...fullEnv, ...env }, baseUrl, (d) => (output += d));
    },
    async stop() {
      await stopChild("SIGTERM");
      rmSync(dataDir, { recursive: true, force: true });
      dropDatabase?.();
    },
  };
}

/** Starts the built server with `env` and waits until /readyz answers (2 minutes at most). */
async function launchServer(buildDir: string, env: NodeJS.ProcessEnv, baseUrl: string, onOutput: (chunk: string) => void): Promise<ChildProcess> {
  const child: ChildProcess = spawn(process.execPath, [join(buildDir, "server", "index.js")], { env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const note = (d: unknown) => {
    output += String(d);
    onOutput(String(d));
  };
  child.stdout?.on("data", note);
  child.stderr?.on("data", note);
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped during start-up:\n${output}`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not become ready in 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export default async function setup(project: TestProject) {
  // Fail at once, with what to install, when the browser is missing: never skip.
  chromiumPath();
  // Always build: the tests must run against the code as it is, not an old build.
  // Inside the project (so the bundle finds node_modules), in a folder of this run's own.
  mkdirSync(".e2e-build", { recursive: true });
  const buildDir = mkdtempSync(join(".e2e-build", "run-"));
  const built = spawnSync(process.execPath, ["node_modules/.bin/react-router", "build"], { stdio: "inherit", env: { ...process.env, SAMVERKA_BUILD_DIR: buildDir } });
  if (built.status !== 0) throw new Error("npm run build failed");
  const app = await startApp(buildDir);
  project.provide("baseUrl", app.baseUrl);
  project.provide("buildDir", buildDir);
  return async () => {
    await app.stop();
    rmSync(buildDir, { recursive: true, force: true });
  };
}
