import { lookup as dnsLookup } from "node:dns/promises";
import http from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import type { Readable } from "node:stream";
import zlib from "node:zlib";
import { isPrivateAddress } from "./is-private-address.js";

/** How a URL is fetched. Every field has a safe default. */
export interface FetchOptions {
  /** Allow private, loopback and link-local addresses (off by default: SSRF protection). */
  allowPrivateNetwork?: boolean;
  /** Refuse every URL (the `--offline` mode). */
  offline?: boolean;
  /** Whole-request deadline, redirects included. */
  timeoutMs?: number;
  /** Largest body accepted, after decompression. */
  maxBytes?: number;
  maxRedirects?: number;
  userAgent?: string;
  /** Media types accepted (matched against the Content-Type without parameters). */
  acceptTypes?: readonly string[];
  /** Resolve a host name to IP addresses; injected by tests. Defaults to the system resolver. */
  resolveHost?: (host: string) => Promise<string[]>;
  /** The address policy; defaults to "public addresses, or any when allowPrivateNetwork". Injected by tests. */
  allowAddress?: (ip: string) => boolean;
}

/** A fetched response body with where it finally came from. */
export interface FetchedPage {
  /** The URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  bytes: Uint8Array;
  /** Every URL redirected through, in order. */
  redirects: string[];
}

/** A URL that could not be fetched; `message` names the URL and the reason. */
export class FetchError extends Error {
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`cannot fetch ${url}: ${reason}`);
    this.name = "FetchError";
  }
}

/** Media types Parallax can read: HTML pages, feeds, plain text. */
export const READABLE_TYPES: readonly string[] = [
  "text/html", "application/xhtml+xml", "application/rss+xml", "application/atom+xml",
  "application/xml", "text/xml", "application/rdf+xml", "text/plain",
];

export const DEFAULT_USER_AGENT = "Parallax/0.1 (news triangulation tool; reads one page per request)";

const defaultResolveHost = async (host: string): Promise<string[]> => (await dnsLookup(host, { all: true })).map((a) => a.address);

/**
 * Fetch one http(s) URL politely and safely: a user agent, a deadline, a size limit (checked while
 * streaming, after decompression), a redirect limit, a content-type check, and SSRF protection — every
 * hop's host is resolved by our own lookup and refused when any address is private, loopback or
 * link-local, so a redirect or a DNS answer cannot lead the request into the local network.
 * @example const page = await fetchUrl("https://news.example/story", { timeoutMs: 10000 });
 */
export async function fetchUrl(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const o = {
    timeoutMs: 15000,
    maxBytes: 10 * 1024 * 1024,
    maxRedirects: 5,
    userAgent: DEFAULT_USER_AGENT,
    acceptTypes: READABLE_TYPES,
    resolveHost: defaultResolveHost,
    allowPrivateNetwork: false,
    offline: false,
    ...options,
  };
  const allowAddress = options.allowAddress ?? ((ip: string) => o.allowPrivateNetwork || !isPrivateAddress(ip));
  if (o.offline) throw new FetchError(url, "offline mode refuses URLs (drop --offline to fetch)");
  const deadline = Date.now() + o.timeoutMs;
  const redirects: string[] = [];
  let current = url;
  for (let hop = 0; ; hop++) {
    const target = parseHttpUrl(current, url);
    const res = await requestOnce(target, { ...o, allowAddress }, deadline, url);
    if (res.status >= 300 && res.status < 400 && res.location) {
      if (hop >= o.maxRedirects) throw new FetchError(url, `more than ${o.maxRedirects} redirects`);
      redirects.push(current);
      current = new URL(res.location, target).toString();
      continue;
    }
    if (res.status < 200 || res.status >= 300) throw new FetchError(url, `the server answered HTTP ${res.status}`);
    const type = (res.contentType.split(";")[0] ?? "").trim().toLowerCase();
    if (type && !o.acceptTypes.includes(type)) {
      throw new FetchError(url, `content type "${type}" is not a web page or feed`);
    }
    return { url: current, status: res.status, contentType: res.contentType, bytes: res.bytes ?? new Uint8Array(), redirects };
  }
}

/** Parse a URL and refuse anything but http(s). */
function parseHttpUrl(value: string, original: string): URL {
  let u: URL;
  try {
    u = new URL(value);
  } catch {
    throw new FetchError(original, `"${value}" is not a valid URL`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new FetchError(original, `only http and https URLs are fetched, not ${u.protocol}`);
  if (u.username || u.password) throw new FetchError(original, "URLs with credentials are refused");
  return u;
}

interface RawResponse {
  status: number;
  location?: string;
  contentType: string;
  bytes?: Uint8Array;
}

type ResolvedOptions = Required<FetchOptions>;

/** One GET without following redirects; reads the body only for 2xx answers. */
function requestOnce(target: URL, o: ResolvedOptions, deadline: number, original: string): Promise<RawResponse> {
  const host = target.hostname.replace(/^\[|\]$/g, "");
  if (isIP(host) && !o.allowAddress(host)) {
    return Promise.reject(new FetchError(original, `refused: ${host} is a private, loopback or link-local address`));
  }
  // Our lookup resolves and checks in one step, so the address connected to is the address checked.
  const lookup: LookupFunction = (hostname, opts, callback) => {
    o.resolveHost(hostname).then(
      (addresses) => {
        const bad = addresses.find((a) => !o.allowAddress(a));
        if (addresses.length === 0) return callback(new FetchError(original, `${hostname} has no address`), "", 4);
        if (bad) {
          return callback(new FetchError(original, `refused: ${hostname} resolves to ${bad}, a private, loopback or link-local address`), "", 4);
        }
        const list = addresses.map((address) => ({ address, family: isIP(address) }));
        if ((opts as { all?: boolean }).all) (callback as unknown as (e: null, a: typeof list) => void)(null, list);
        else callback(null, list[0]?.address ?? "", list[0]?.family ?? 4);
      },
      (err: Error) => callback(new FetchError(original, `cannot resolve ${hostname}: ${err.message}`), "", 4),
    );
  };
  const remaining = deadline - Date.now();
  if (remaining <= 0) return Promise.reject(new FetchError(original, "timed out"));
  return new Promise<RawResponse>((resolve, reject) => {
    const mod = target.protocol === "https:" ? https : http;
    const req = mod.request(target, {
      method: "GET",
      lookup,
      headers: {
        "user-agent": o.userAgent,
        accept: "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    const timer = setTimeout(() => req.destroy(new FetchError(original, `timed out after ${o.timeoutMs} ms`)), remaining);
    const fail = (err: Error) => {
      clearTimeout(timer);
      reject(err instanceof FetchError ? err : new FetchError(original, err.message));
    };
    req.on("error", fail);
    req.on("response", (res) => {
      const status = res.statusCode ?? 0;
      const contentType = String(res.headers["content-type"] ?? "");
      const location = res.headers.location;
      if (status < 200 || status >= 300) {
        res.resume();
        clearTimeout(timer);
        resolve({ status, contentType, ...(location ? { location } : {}) });
        return;
      }
      const declared = Number(res.headers["content-length"] ?? 0);
      if (declared > o.maxBytes) {
        req.destroy();
        return fail(new FetchError(original, `too large (${declared} bytes; the limit is ${o.maxBytes})`));
      }
      const enc = String(res.headers["content-encoding"] ?? "").toLowerCase();
      const body: Readable =
        enc === "gzip" || enc === "x-gzip" ? res.pipe(zlib.createGunzip()) :
        enc === "deflate" ? res.pipe(zlib.createInflate()) :
        enc === "br" ? res.pipe(zlib.createBrotliDecompress()) : res;
      const chunks: Buffer[] = [];
      let size = 0;
      body.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > o.maxBytes) {
          req.destroy();
          body.destroy();
          fail(new FetchError(original, `too large (over ${o.maxBytes} bytes)`));
          return;
        }
        chunks.push(chunk);
      });
      body.on("error", fail);
      body.on("end", () => {
        clearTimeout(timer);
        resolve({ status, contentType, bytes: new Uint8Array(Buffer.concat(chunks)) });
      });
    });
    req.end();
  });
}
