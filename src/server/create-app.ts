import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { HTTPException } from "hono/http-exception";
import { timeout } from "hono/timeout";
import type { z } from "zod";
import { normalizeOptions, type Options } from "../config/options.js";
import { defaultIngestEffects, type IngestEffects } from "../ingest/effects.js";
import { ApiError, errorBody } from "./api-error.js";
import { guardOrigin, requireToken } from "./guard-requests.js";
import { buildOpenApi } from "./openapi.js";
import { readPostedArticles } from "./read-posted-articles.js";
import { BriefRequestSchema, describeIssues, InspectRequestSchema } from "./request-schemas.js";
import { securityHeaders } from "./security-headers.js";
import { DEFAULT_PAGE_DIR, mountPage, type ReadAsset, readAssetsFrom } from "./serve-page.js";
import type { StoryStore } from "./story-store.js";
import { type Briefer, inProcessBriefer } from "./worker-briefer.js";

/** What the server touches in the world, injected so tests replace it. */
export interface ServerEffects {
  /** File system for path articles (the library's ingest effects); URLs go through fetchUrl. */
  ingest: IngestEffects;
  /** Reads the built page's files (web/dist by default). */
  readAsset: ReadAsset;
}

export interface ServerLimits {
  /** Largest request body, in bytes (413 above it). */
  bodyBytes: number;
  /** Most articles in one request. */
  articles: number;
  /** Longest a request may take, in milliseconds (504 after it); URL fetches are aborted too. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ServerLimits = { bodyBytes: 8 * 1024 * 1024, articles: 100, timeoutMs: 60_000 };

export interface AppConfig {
  /** Stored stories; without one the story routes answer 501. */
  store?: StoryStore;
  /** Defaults for every briefing (a request may change only `summarySentences`). */
  options?: Options;
  effects?: Partial<ServerEffects>;
  /** When set, every /api call must carry `Authorization: Bearer <token>`. */
  token?: string;
  /** Host names the server answers to (DNS-rebinding guard); any when undefined. */
  allowedHosts?: readonly string[];
  limits?: Partial<ServerLimits>;
  /** Where posted articles are analysed; in this thread by default, a worker thread under `serve`. */
  briefer?: Briefer;
}

async function readJson<T>(req: Request, schema: z.ZodType<T>): Promise<T> {
  const raw = await req.text();
  if (!raw.trim()) throw new ApiError(400, "the request body is empty; send a JSON object");
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (err) {
    throw new ApiError(400, `the request body is not valid JSON (${(err as Error).message})`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new ApiError(400, describeIssues(parsed.error));
  return parsed.data;
}

const noStore = (): never => {
  throw new ApiError(501, "this server has no story store; start it with `parallax serve --db FILE` to list and brief stored stories");
};

/**
 * The Parallax HTTP app: the JSON API under /api and the built page at /. A thin shell over the same
 * library the CLI calls. Test it without a socket: `await createApp().request("/api/openapi.json")`.
 * @example serve({ fetch: createApp({ options: normalizeOptions() }).fetch, port: 8080 })
 */
export function createApp(config: AppConfig = {}): Hono {
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...config.limits };
  const options = config.options ?? normalizeOptions();
  const ingest = config.effects?.ingest ?? defaultIngestEffects;
  const readAsset = config.effects?.readAsset ?? readAssetsFrom(DEFAULT_PAGE_DIR);
  const store = config.store;
  const briefer = config.briefer ?? inProcessBriefer;
  const openapi = buildOpenApi(limits);

  const app = new Hono();
  app.use("*", securityHeaders());
  app.use("*", guardOrigin(config.allowedHosts));
  if (config.token) app.use("/api/*", requireToken(config.token));
  app.use(
    "/api/*",
    bodyLimit({
      maxSize: limits.bodyBytes,
      onError: () => {
        throw new ApiError(413, `the request body is larger than this server's limit of ${limits.bodyBytes} bytes; send fewer or shorter articles`);
      },
    }),
  );
  app.use("/api/*", timeout(limits.timeoutMs, () => new ApiError(504, `the request took longer than ${Math.round(limits.timeoutMs / 1000)} s and was stopped`)));

  app.get("/api/openapi.json", (c) => c.json(openapi));

  app.post("/api/brief", async (c) => {
    const body = await readJson(c.req.raw, BriefRequestSchema);
    if (body.articles.length > limits.articles) {
      throw new ApiError(413, `${body.articles.length} articles is more than this server's limit of ${limits.articles} per request`);
    }
    const opts = body.options?.summarySentences ? normalizeOptions({ ...options, summarySentences: body.options.summarySentences }) : options;
    const { articles, rejected } = await readPostedArticles(body.articles, opts, ingest);
    if (articles.length === 0) {
      throw new ApiError(422, "none of the articles could be used (see `rejected` for each reason)", rejected);
    }
    return c.json(await briefer.brief(articles, opts, rejected));
  });

  app.post("/api/inspect", async (c) => {
    const body = await readJson(c.req.raw, InspectRequestSchema);
    const { articles, rejected } = await readPostedArticles([body.article], options, ingest);
    const first = articles[0];
    if (!first) throw new ApiError(422, `the article could not be used: ${rejected.map((r) => r.reason).join("; ")}`, rejected);
    return c.json(await briefer.inspect(first, options));
  });

  app.get("/api/stories", async (c) => {
    if (!store) return noStore();
    return c.json({ stories: await store.listStories() });
  });

  app.get("/api/stories/:id/brief", async (c) => {
    if (!store) return noStore();
    const id = c.req.param("id");
    const briefing = await store.briefStory(id, options);
    if (!briefing) throw new ApiError(404, `there is no stored story with id "${id}"; GET /api/stories lists them`);
    return c.json(briefing);
  });

  app.all("/api/*", (c) => {
    throw new ApiError(404, `there is no API route ${c.req.method} ${c.req.path}; see /api/openapi.json`);
  });

  mountPage(app, readAsset);

  app.notFound((c) => (c.req.path.startsWith("/api/") ? c.json(errorBody("not found"), 404) : c.text("not found\n", 404)));

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(errorBody(err.message, err.rejected), err.status);
    if (err instanceof HTTPException) {
      const status = err.status;
      const message = status === 413 ? `the request body is larger than this server's limit of ${limits.bodyBytes} bytes` : err.message || "the request could not be handled";
      return c.json(errorBody(message), status);
    }
    // An unexpected failure: say so plainly, without a stack trace (the server's console has it).
    console.error(err);
    return c.json(errorBody(`Parallax failed on this request (${(err as Error).message ?? "unknown error"}); the server log has details`), 500);
  });

  return app;
}
