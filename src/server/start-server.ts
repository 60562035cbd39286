import type { AddressInfo } from "node:net";
import { serve } from "@hono/node-server";
import type { Hono } from "hono";

export interface RunningServer {
  /** The address to open, e.g. "http://127.0.0.1:8080/". */
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Is this a loopback host name or address (reachable only from this machine)? */
export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, "");
  return h === "localhost" || h === "::1" || /^127(?:\.\d{1,3}){3}$/.test(h) || h === "::ffff:127.0.0.1";
}

/**
 * Listen on `host:port` (port 0 picks a free one) and resolve once the socket is open. Node's own
 * request and header timeouts are set too, so a client that never finishes sending is dropped.
 */
export function startServer(app: Hono, port: number, host: string, timeoutMs = 60_000): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname: host }, (info: AddressInfo) => {
      const shown = info.family === "IPv6" || host.includes(":") ? `[${host.replace(/^\[|\]$/g, "")}]` : host;
      resolve({
        url: `http://${shown}:${info.port}/`,
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            if ("closeAllConnections" in server) (server as { closeAllConnections(): void }).closeAllConnections();
            server.close(() => done());
          }),
      });
    });
    if ("requestTimeout" in server) {
      const s = server as { requestTimeout: number; headersTimeout: number };
      s.requestTimeout = timeoutMs + 5_000;
      s.headersTimeout = 20_000;
    }
    server.once("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EADDRINUSE") reject(new Error(`port ${port} on ${host} is already in use; pick another with --port`));
      else if (err.code === "EACCES") reject(new Error(`not allowed to listen on ${host}:${port}; pick a port above 1023 with --port`));
      else if (err.code === "EADDRNOTAVAIL") reject(new Error(`${host} is not an address of this machine; check --host`));
      else reject(err);
    });
  });
}
