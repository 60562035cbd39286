import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { normalizeOptions } from "../../src/config/options.js";
import { createApp, DEFAULT_LIMITS } from "../../src/server/create-app.js";
import { DEFAULT_PAGE_DIR } from "../../src/server/serve-page.js";
import { type RunningServer, startServer } from "../../src/server/start-server.js";
import { createWorkerBriefer } from "../../src/server/worker-briefer.js";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const CHROMIUM = "/usr/bin/chromium";
export const ARTIFACTS = join(ROOT, "test-artifacts");

/** Debian's Chromium, driven by playwright-core; never a downloaded browser. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why the browser tests cannot run here, or undefined when they can. */
export function browserMissing(): string | undefined {
  return existsSync(CHROMIUM) ? undefined : `${CHROMIUM} is missing: run scripts/install-browser.sh (as root) first`;
}

/** Build the page once when web/dist is missing, so `npm run test:browser` works on a fresh tree. */
export function ensurePageBuilt(): void {
  if (existsSync(join(DEFAULT_PAGE_DIR, "index.html"))) return;
  execFileSync("npm", ["run", "--silent", "build:web"], { cwd: ROOT, stdio: "inherit" });
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Launch Chromium with a fresh profile folder, removed on close. */
export async function launchBrowser(): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), "parallax-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/**
 * The app as `parallax serve` runs it (analysis in a worker thread) on a free loopback port, offline
 * (no URL fetching during tests).
 */
export async function startTestServer(): Promise<RunningServer> {
  const briefer = createWorkerBriefer(DEFAULT_LIMITS.timeoutMs * 2);
  await briefer.warm?.();
  const app = createApp({ options: normalizeOptions({ offline: true }), allowedHosts: ["127.0.0.1", "localhost"], briefer });
  const running = await startServer(app, 0, "127.0.0.1");
  return { ...running, close: () => running.close().then(() => briefer.close()) };
}

/** Record anything that would show a script ran: dialogs, page errors. */
export function watchForScripts(page: Page): { dialogs: string[]; errors: string[] } {
  const seen = { dialogs: [] as string[], errors: [] as string[] };
  page.on("dialog", (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on("pageerror", (e) => seen.errors.push(e.message));
  return seen;
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  await page.screenshot({ path, fullPage });
  return path;
}

/**
 * An English news article carrying the usual injection payloads: script tags, event handlers,
 * `javascript:` links, CSS injection. Each payload, if it ever ran, sets `window.__pwned` or opens a dialog.
 */
export const HOSTILE_TEXT = `Harbour authority delays ferry contract <script>window.__pwned = "title"</script>

The harbour authority in Wexbridge said on Monday that it would delay a new ferry contract by three months, citing rising fuel costs. <script>window.__pwned = "script"; alert("script")</script>
Officials said the old ferries would keep running until the spring. <img src=x onerror="window.__pwned='img';alert('img')">
Critics of the plan said the delay was "a costly mistake" and asked for an inquiry. <a href="javascript:window.__pwned='link';alert('link')">Read the full report</a>
The authority's chair, Mira Okafor, said the board would meet again in four weeks. <svg onload="window.__pwned='svg'"></svg>
Passengers told reporters that the crossings were often late. <style>body { display: none !important; }</style> <iframe src="javascript:parent.__pwned='iframe'"></iframe>
A spokesman said the fuel costs had risen by 12 percent since last year. "><script>window.__pwned='attr'</script><div style="background:url(javascript:alert(1))">
The new contract is worth about 30 million euros, according to budget papers seen by reporters. </textarea></title><script>window.__pwned='break-out'</script>
`;

/** The same payloads inside an HTML page, for the HTML reader. */
export const HOSTILE_HTML = `<!doctype html><html><head><title>Ferry contract delayed <script>window.__pwned='head'</script></title>
<meta property="og:site_name" content="Harbour &lt;img src=x onerror=alert(1)&gt; News">
<style>body{display:none}</style><script>window.__pwned='head-script'</script></head>
<body onload="window.__pwned='body'"><article><h1>Ferry contract delayed by three months</h1>
<p>The harbour authority in Wexbridge said on Monday it would delay a new ferry contract by three months because fuel costs have risen.</p>
<p onclick="window.__pwned='p'">Officials said the old ferries would keep running until the spring, and that passengers should expect late crossings.</p>
<p><a href="javascript:window.__pwned='a';alert('a')">Read the report</a> &lt;script&gt;window.__pwned='escaped'&lt;/script&gt; on the plan.</p>
<p>The authority's chair, Mira Okafor, said the board would meet again in four weeks to decide.<img src=x onerror="window.__pwned='img2'"></p>
<p>A spokesman said fuel had risen by 12 percent since last year, and that the contract was worth 30 million euros.</p>
</article><script>window.__pwned='tail'</script></body></html>`;
