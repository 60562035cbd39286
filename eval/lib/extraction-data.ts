import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

/** One benchmark page: its id, URL, HTML and gold article body. */
export interface ExtractionPage {
  id: string;
  url: string;
  html: string;
  gold: string;
}

/** Load the Zyte article-extraction benchmark (gzip HTML + ground-truth.json) from `dir`. */
export function loadZytePages(dir: string): ExtractionPage[] {
  const truth = JSON.parse(readFileSync(join(dir, "ground-truth.json"), "utf8")) as Record<
    string,
    { articleBody: string; url: string }
  >;
  const pages: ExtractionPage[] = [];
  for (const file of readdirSync(join(dir, "html")).sort()) {
    const id = file.replace(/\.html(\.gz)?$/, "");
    const t = truth[id];
    if (!t) continue;
    const raw = readFileSync(join(dir, "html", file));
    const html = (file.endsWith(".gz") ? gunzipSync(raw) : raw).toString("utf8");
    pages.push({ id, url: t.url, html, gold: t.articleBody });
  }
  return pages;
}

/** Load a published system's predictions (`baseline-outputs/<name>.json`), unwrapping `{version, output}`. */
export function loadBaseline(dir: string, name: string): Map<string, string> {
  let data = JSON.parse(readFileSync(join(dir, "baseline-outputs", `${name}.json`), "utf8")) as Record<string, unknown>;
  const keys = Object.keys(data);
  if (keys.length === 2 && keys.includes("version") && keys.includes("output")) data = data.output as Record<string, unknown>;
  const out = new Map<string, string>();
  for (const [id, v] of Object.entries(data)) {
    const body = (v as { articleBody?: unknown } | null)?.articleBody;
    out.set(id, typeof body === "string" ? body : "");
  }
  return out;
}
