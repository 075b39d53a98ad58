/**
 * `npm start` and `npm run serve`: the server in production mode (React's production build;
 * React reads NODE_ENV itself, so it is set before anything imports it).
 * - `npm start` builds first, but only when the build is missing or older than what it is
 *   built from (the sources, the lock file, the build's configuration);
 * - `npm run serve` runs the build as it is;
 * - `npm run build` always builds.
 * The build records what it was built from in build/.built-from (paths, sizes and times of
 * the inputs, hashed), which is how a start knows the build is current.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const buildDir = join(root, process.env.SAMVERKA_BUILD_DIR || "build");
const stampFile = join(buildDir, ".built-from");
const serverEntry = join(buildDir, "server", "index.js");

/** What the build is made from: the app's sources and the build's configuration. */
const INPUTS = ["src", "public", "package-lock.json", "vite.config.ts", "react-router.config.ts", "tsconfig.json"];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  const stat = statSync(path);
  if (!stat.isDirectory()) return [path];
  return readdirSync(path, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** A fingerprint of the inputs: every file's path, size and modification time. */
function inputsFingerprint(): string {
  const hash = createHash("sha256");
  for (const file of INPUTS.flatMap((p) => filesUnder(join(root, p))).sort()) {
    const s = statSync(file);
    hash.update(`${relative(root, file)}\0${s.size}\0${s.mtimeMs}\n`);
  }
  return hash.digest("hex");
}

function buildIsCurrent(fingerprint: string): boolean {
  return existsSync(serverEntry) && existsSync(stampFile) && readFileSync(stampFile, "utf8").trim() === fingerprint;
}

function build(fingerprint: string): void {
  const started = performance.now();
  const cli = join(root, "node_modules", "@react-router", "dev", "bin.cjs");
  const result = spawnSync(process.execPath, [cli, "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) {
    console.error("The build failed (see above); the server was not started.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(stampFile, `${fingerprint}\n`);
  console.log(`Built in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}

const mode = process.argv[2] ?? "start";
if (mode !== "start" && mode !== "serve" && mode !== "build") {
  console.error(`Usage: node scripts/start.ts [start|serve|build] (got ${mode})`);
  process.exit(2);
}
if (mode === "build" || mode === "start") {
  const fingerprint = inputsFingerprint();
  if (mode === "build" || !buildIsCurrent(fingerprint)) build(fingerprint);
  else console.log("The build is current; starting it.");
}
if (mode === "serve" || mode === "start") {
  if (!existsSync(serverEntry)) {
    console.error(`No build in ${relative(root, buildDir) || "."}: run npm start (builds first) or npm run build.`);
    process.exit(1);
  }
  process.env.NODE_ENV ??= "production";
  await import(pathToFileURL(serverEntry).href);
}
