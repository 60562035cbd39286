import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** A route of the loopback test server. */
export type Route = (req: IncomingMessage, res: ServerResponse) => void;

/** A running loopback server: its base URL, the requests it saw, and a close function. */
export interface LocalServer {
  base: string;
  port: number;
  seen: IncomingMessage[];
  close: () => Promise<void>;
}

/** Start an HTTP server on 127.0.0.1 (a free port) serving `routes` by path; 404 otherwise. No network needed. */
export async function startLocalServer(routes: Record<string, Route>): Promise<LocalServer> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    const route = routes[(req.url ?? "/").split("?")[0] ?? "/"];
    if (route) route(req, res);
    else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A route answering with a body and content type. */
export const send =
  (body: string | Uint8Array, type = "text/html; charset=utf-8", extra: Record<string, string> = {}): Route =>
  (_req, res) => {
    res.writeHead(200, { "content-type": type, ...extra });
    res.end(body);
  };
