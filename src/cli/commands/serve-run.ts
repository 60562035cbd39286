import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { createApp, DEFAULT_LIMITS } from "../../server/create-app.js";
import { openStoryStore } from "../../server/open-story-store.js";
import { DEFAULT_PAGE_DIR } from "../../server/serve-page.js";
import { isLoopbackHost, startServer } from "../../server/start-server.js";
import { createWorkerBriefer } from "../../server/worker-briefer.js";
import { type InputFlags, optionsFromFlags, UsageError } from "../cli-options.js";

export interface ServeFlags extends InputFlags {
  port: string;
  host: string;
  db?: string;
}

/** Host names a loopback server answers to (a page elsewhere cannot rebind a name onto it). */
const LOOPBACK_NAMES = ["127.0.0.1", "localhost", "::1"];

/**
 * Run `parallax serve` until SIGINT/SIGTERM. Loaded only by that command (see ./serve.ts), so the
 * other commands never load the HTTP server and its dependencies.
 */
export async function runServe(flags: ServeFlags): Promise<void> {
  const port = Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port takes a number from 0 to 65535, not "${flags.port}"`);
  const options = optionsFromFlags(flags);
  const loopback = isLoopbackHost(flags.host);
  let token: string | undefined;
  if (!loopback) {
    token = process.env.PARALLAX_TOKEN?.trim() || randomBytes(24).toString("base64url");
    process.stderr.write(
      `parallax: WARNING: listening on ${flags.host}, beyond this machine. Anyone who can reach it can use it with the access token;\n` +
        'parallax: every API call needs "Authorization: Bearer <token>" (set PARALLAX_TOKEN to choose it).\n',
    );
  }
  // Posted articles and stored stories are analysed in a worker thread: the server keeps answering,
  // and a request past the time limit is really stopped.
  const briefer = createWorkerBriefer(DEFAULT_LIMITS.timeoutMs);
  let store: Awaited<ReturnType<typeof openStoryStore>>;
  try {
    store = await openStoryStore(flags.db, briefer);
  } catch (err) {
    await briefer.close();
    throw err;
  }
  void briefer.warm?.().catch((err: Error) => process.stderr.write(`parallax: the analysis thread did not start: ${err.message}\n`));
  const app = createApp({ options, token, store, briefer, allowedHosts: loopback ? LOOPBACK_NAMES : undefined });
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(app, port, flags.host);
  } catch (err) {
    await store?.close?.();
    await briefer.close();
    throw err;
  }
  const open = token ? `${running.url}#token=${token}` : running.url;
  process.stdout.write(`Parallax is serving ${open}\n`);
  if (!existsSync(`${DEFAULT_PAGE_DIR}index.html`)) {
    process.stderr.write("parallax: the page is not built (run `npm run build:web`); the JSON API works without it\n");
  }
  if (token && !process.env.PARALLAX_TOKEN) process.stdout.write(`Access token: ${token}\n`);
  process.stdout.write(
    store
      ? "Stored stories are listed on the page.\n"
      : "No story database (--db): the page briefs pasted, uploaded and fetched articles.\n",
  );
  await new Promise<void>((resolve) => {
    const stop = () => {
      running
        .close()
        .then(() => store?.close?.())
        .then(() => briefer.close())
        .then(resolve, resolve);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
}
