/**
 * The app in a child process, as `npm run serve` runs it (the production build,
 * NODE_ENV=production), on a free port of the loopback interface: for the benchmarks, which
 * must not count their own work against the server.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../tests/support/free-port.ts";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

export interface Running {
  url: string;
  stop(): Promise<void>;
}

async function waitReady(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 180_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server stopped:\n${output()}`);
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`The server did not start in 180 s:\n${output()}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Starts the built app with `env` added to this process's environment; `profileDir`: write a CPU profile there. */
export async function startAppProcess(env: Record<string, string>, options: { profileDir?: string; profileName?: string } = {}): Promise<Running> {
  const port = await freePort();
  const profile = options.profileDir ? ["--cpu-prof", "--cpu-prof-dir", options.profileDir, "--cpu-prof-name", `${options.profileName ?? "server"}.cpuprofile`] : [];
  const child = spawn(process.execPath, [...profile, join(ROOT, "scripts", "start.ts"), "serve"], {
    cwd: ROOT,
    env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  await waitReady(url, child, () => output);
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        await new Promise((r) => child.once("exit", r));
      }
    },
  };
}
