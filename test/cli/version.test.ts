import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { it } from "node:test";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));

it("cli: --version prints the package's version and exits 0", () => {
  const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8")) as { version: string };
  const out = execFileSync(process.execPath, ["--import", "tsx", "src/cli/main.ts", "--version"], { cwd: ROOT, encoding: "utf8" });
  assert.equal(out.trim(), version);
});
