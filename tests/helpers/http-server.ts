import http from "node:http";
import type { AddressInfo } from "node:net";
import { stampClientIp } from "@/server/lib/client-ip";

/**
 * A real HTTP server on 127.0.0.1 in front of a fetch-style handler, stamping the client address the
 * way scripts/serve.ts does (`stampClientIp`): tests then see what a client on a socket can and cannot
 * change. `hops` is TRUST_PROXY.
 */
export async function serveFetch(
  handler: (req: Request) => Promise<Response>,
  opts: { hops?: number } = {},
): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    stampClientIp(req, opts.hops ?? 0);
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const headers = new Headers();
      for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
      const body = req.method === "GET" || req.method === "HEAD" ? undefined : Buffer.concat(chunks);
      const url = `http://${req.headers.host ?? "localhost"}${req.url ?? "/"}`;
      handler(new Request(url, { method: req.method, headers, body, redirect: "manual" }))
        .then(async (r) => {
          const out: Record<string, string | string[]> = {};
          r.headers.forEach((v, k) => (out[k] = k === "set-cookie" ? r.headers.getSetCookie() : v));
          res.writeHead(r.status, out);
          res.end(Buffer.from(await r.arrayBuffer()));
        })
        .catch((e: unknown) => {
          res.writeHead(500);
          res.end(String(e));
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
