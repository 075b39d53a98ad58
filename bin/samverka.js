#!/usr/bin/env node
// `npx samverka …`: runs src/cli/samverka.ts on Node.js 24, which runs TypeScript directly.
// Under an older Node (the machine's own), it re-runs the command with the Node 24 binary that
// the devDependency `node@24` installs into node_modules/.bin.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const cli = join(root, "src", "cli", "samverka.ts");
const args = process.argv.slice(2);

if (Number(process.versions.node.split(".")[0]) >= 24) {
  const { run } = await import(pathToFileURL(cli).href);
  process.exitCode = await run(args);
} else {
  const node24 = join(root, "node_modules", ".bin", process.platform === "win32" ? "node.cmd" : "node");
  if (!existsSync(node24)) {
    process.stderr.write(`samverka needs Node.js 24 (this is ${process.version}): run \`npm ci\`, which installs it into node_modules/.bin, or use Node 24.\n`);
    process.exit(2);
  }
  const child = spawnSync(node24, [cli, ...args], { stdio: "inherit" });
  if (child.error) {
    process.stderr.write(`samverka: could not start ${node24}: ${child.error.message}\n`);
    process.exit(1);
  }
  process.exit(child.status ?? 1);
}
