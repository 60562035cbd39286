import type { Briefing } from "./types.js";

/** One article as the page posts it to `POST /api/brief`. */
export interface PostedArticle {
  text?: string;
  html?: string;
  url?: string;
  name?: string;
}

/** The server's story list entry (the same type the server answers with). */
export type { StorySummary } from "../../src/server/story-store.js";
import type { StorySummary } from "../../src/server/story-store.js";

/** An API error: the server's readable message, its status, and which inputs it refused. */
export class ApiFailure extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly rejected: { path: string; reason: string }[] = [],
  ) {
    super(message);
  }
}

const TOKEN_KEY = "parallax-token";

/**
 * The access token, when the server asks for one: taken once from the address (`#token=...`, as
 * `parallax serve --host` prints it; a fragment never reaches the server's logs), then kept for the tab.
 */
export function readToken(): string | undefined {
  const match = /(?:^#|&)token=([^&]+)/.exec(window.location.hash);
  if (match?.[1]) {
    const token = decodeURIComponent(match[1]);
    sessionStorage.setItem(TOKEN_KEY, token);
    history.replaceState(null, "", window.location.pathname + window.location.search);
    return token;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
}

export function saveToken(token: string): void {
  sessionStorage.setItem(TOKEN_KEY, token.trim());
}

async function callApi<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers);
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiFailure("cannot reach the Parallax server; is `parallax serve` still running?", 0);
  }
  const type = res.headers.get("content-type") ?? "";
  const body: unknown = type.includes("application/json") ? await res.json().catch(() => undefined) : await res.text();
  if (!res.ok) {
    const b = body as { error?: string; rejected?: { path: string; reason: string }[] } | string | undefined;
    const message = typeof b === "object" && b?.error ? b.error : `the server answered ${res.status}${typeof b === "string" && b ? `: ${b.slice(0, 200)}` : ""}`;
    throw new ApiFailure(message, res.status, typeof b === "object" ? (b?.rejected ?? []) : []);
  }
  return body as T;
}

export function postBrief(articles: PostedArticle[]): Promise<Briefing> {
  return callApi<Briefing>("/api/brief", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ articles }),
  });
}

export async function listStories(): Promise<StorySummary[]> {
  return (await callApi<{ stories: StorySummary[] }>("/api/stories")).stories;
}

export function briefStory(id: string): Promise<Briefing> {
  return callApi<Briefing>(`/api/stories/${encodeURIComponent(id)}/brief`);
}
