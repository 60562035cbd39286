import { timingSafeEqual } from "node:crypto";
import type { MiddlewareHandler } from "hono";
import { ApiError } from "./api-error.js";

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Require `Authorization: Bearer <token>` on every API call (used when the server listens beyond
 * loopback). The page passes the token it was opened with (`#token=` in the printed address).
 */
export function requireToken(token: string): MiddlewareHandler {
  return async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1] || !sameSecret(match[1], token)) {
      c.header("WWW-Authenticate", 'Bearer realm="parallax"');
      throw new ApiError(401, "this server needs an access token: send the header \"Authorization: Bearer <token>\" with the token printed when the server started");
    }
    await next();
  };
}

/** Host name of a Host header value ("127.0.0.1:8080" -> "127.0.0.1", "[::1]:80" -> "::1"). */
export function hostNameOf(host: string): string {
  const h = host.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(1, h.indexOf("]") > 0 ? h.indexOf("]") : undefined);
  return h.replace(/:\d+$/, "");
}

/**
 * Refuse requests a web page elsewhere could make against a loopback server: a Host that is not one
 * of ours (DNS rebinding), a cross-site Origin, or a POST that is not JSON (a "simple" cross-site
 * form or text/plain POST skips the browser's CORS preflight).
 */
export function guardOrigin(allowedHosts: readonly string[] | undefined): MiddlewareHandler {
  const allowed = allowedHosts ? new Set(allowedHosts.map((h) => h.toLowerCase())) : undefined;
  return async (c, next) => {
    // Node's server builds the URL from the Host header; a Request made in a test may carry only the URL.
    const host = c.req.header("host") ?? new URL(c.req.url).host;
    if (allowed && (!host || !allowed.has(hostNameOf(host)))) {
      throw new ApiError(421, `this server answers only to ${[...(allowed ?? [])].join(", ")}, not to host "${host ?? ""}"`);
    }
    const origin = c.req.header("origin");
    if (origin && origin !== "null" && host) {
      let originHost = "";
      try {
        originHost = new URL(origin).host.toLowerCase();
      } catch {
        /* unparsable origin: refused below */
      }
      if (originHost !== host.toLowerCase()) throw new ApiError(403, `requests from another site (${origin}) are refused`);
    } else if (origin === "null") {
      throw new ApiError(403, "requests from an opaque origin are refused");
    }
    if (c.req.method === "POST") {
      const type = (c.req.header("content-type") ?? "").split(";")[0]?.trim().toLowerCase();
      if (type !== "application/json") {
        throw new ApiError(415, `send the request body as JSON with "Content-Type: application/json" (got "${type || "none"}")`);
      }
    }
    await next();
  };
}
