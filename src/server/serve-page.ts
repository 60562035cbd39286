import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Hono } from "hono";

/**
 * Where `npm run build:web` writes the page (web/dist), found from this module so any cwd works:
 * two folders up from src/server/ when running from source, one up from the bundle in dist/.
 */
export const DEFAULT_PAGE_DIR = pageDirBeside(import.meta.url);

function pageDirBeside(moduleUrl: string): string {
  const candidates = ["../../web/dist/", "../web/dist/"].map((rel) => fileURLToPath(new URL(rel, moduleUrl)));
  return candidates.find((dir) => existsSync(join(dir, "index.html"))) ?? (candidates[0] as string);
}

/** Reads one built file of the page by its path relative to the page folder; undefined when missing. */
export type ReadAsset = (relativePath: string) => Promise<Uint8Array<ArrayBuffer> | undefined>;

/** Read assets from a folder on disk. */
export function readAssetsFrom(dir: string): ReadAsset {
  const base = dir.endsWith("/") ? dir : `${dir}/`;
  return async (relativePath) => {
    try {
      return new Uint8Array(await readFile(base + relativePath));
    } catch {
      return undefined;
    }
  };
}

const TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  json: "application/json",
  woff2: "font/woff2",
  txt: "text/plain; charset=utf-8",
};

/** Only plain file names under assets/: no "..", no hidden files, no encoded slashes. */
const ASSET_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*\.([a-z0-9]+)$/;

const NOT_BUILT = "The Parallax page is not built yet. Run `npm run build:web`, then restart `parallax serve`.\n";

/**
 * Serve the built page: `/` is index.html, `/assets/<file>` the hashed scripts and styles (cached for
 * a year, since their names change with their content). The JSON API works without the page.
 */
export function mountPage(app: Hono, readAsset: ReadAsset): void {
  const sendIndex = async () => {
    const html = await readAsset("index.html");
    if (!html) return new Response(NOT_BUILT, { status: 503, headers: { "Content-Type": TYPES.txt ?? "text/plain" } });
    return new Response(html, { headers: { "Content-Type": TYPES.html ?? "text/html", "Cache-Control": "no-cache" } });
  };
  app.get("/", sendIndex);
  app.get("/index.html", sendIndex);
  app.get("/assets/:name", async (c) => {
    const name = c.req.param("name");
    const ext = ASSET_NAME.exec(name)?.[1];
    const type = ext ? TYPES[ext] : undefined;
    if (!type || name.includes("..")) return c.text("not found\n", 404);
    const body = await readAsset(`assets/${name}`);
    if (!body) return c.text("not found\n", 404);
    return new Response(body, { headers: { "Content-Type": type, "Cache-Control": "public, max-age=31536000, immutable" } });
  });
  app.get("/favicon.svg", async (c) => {
    const body = await readAsset("favicon.svg");
    return body ? new Response(body, { headers: { "Content-Type": "image/svg+xml" } }) : c.body(null, 404);
  });
}
