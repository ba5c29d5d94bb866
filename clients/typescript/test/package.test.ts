// The package as npm would publish it: `npm pack` builds it (prepack) and
// ships every file its `exports` name, and each entry point loads from the
// built JavaScript with the client factory in it.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { promisify } from "node:util";

import { expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = promisify(execFile);

it("packs with a licence, builds on prepack and ships what its exports name", async () => {
  const manifest = JSON.parse(await readFile(join(root, "package.json"), "utf8"));
  expect(manifest.private).toBeUndefined();
  expect(manifest.license).toBe("MIT");
  expect(manifest.scripts.prepack).toBe("npm run build");

  const { stdout } = await run("npm", ["pack", "--dry-run", "--json"], { cwd: root, maxBuffer: 64 << 20 });
  const [packed] = JSON.parse(stdout.slice(stdout.indexOf("[")));
  const files = new Set<string>(packed.files.map((f: { path: string }) => f.path));
  const targets: string[] = [];
  for (const entry of Object.values(manifest.exports) as { types: string; default: string }[]) {
    targets.push(entry.types.replace(/^\.\//, ""), entry.default.replace(/^\.\//, ""));
  }
  for (const target of targets) {
    expect(files, target).toContain(target);
    expect(existsSync(join(root, target)), target).toBe(true);
  }
  expect(files).toContain("package.json");

  for (const entry of ["dist/src/index.js", "dist/src/node.js"]) {
    const mod = await import(pathToFileURL(join(root, entry)).href);
    expect(typeof mod.createKithClient, entry).toBe("function");
  }
}, 120_000);
