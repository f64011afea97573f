import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseResponse, RawPool, serialise } from "@/bench/raw-http";

/** The bench's load-generating client (bench/raw-http.ts) against a real node:http server. */
describe("bench raw HTTP client", () => {
  let server: http.Server;
  let port: number;
  const connections = new Set<unknown>();
  const seen: { method: string; url: string; body: string; cookie?: string }[] = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      connections.add(req.socket);
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        seen.push({ method: req.method!, url: req.url!, body: Buffer.concat(chunks).toString(), cookie: req.headers.cookie });
        if (req.url === "/chunked") {
          res.writeHead(200, { "content-type": "text/plain" });
          res.write("约满，");
          setTimeout(() => res.end("请选择其他时段"), 5);
        } else if (req.url === "/close") {
          res.writeHead(201, { connection: "close", "content-length": "2" }).end("ok");
        } else if (req.url === "/hangup") {
          req.socket.destroy();
        } else {
          const body = JSON.stringify({ echo: Buffer.concat(chunks).toString() });
          res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) }).end(body);
        }
      });
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it("sends the request as written and reads a content-length answer, reusing one socket", async () => {
    const pool = new RawPool("127.0.0.1", port);
    const body = JSON.stringify({ json: { slotId: 7, idempotencyKey: "键-1" } });
    const req = serialise("POST", "/api/trpc/x", { host: "localhost", "content-type": "application/json", cookie: "a=1" }, body);
    const before = connections.size;
    const first = await pool.send(req);
    const second = await pool.send(req);
    expect(first.status).toBe(200);
    expect(JSON.parse(second.body.toString())).toEqual({ echo: body });
    expect(seen.at(-1)).toEqual({ method: "POST", url: "/api/trpc/x", body, cookie: "a=1" });
    expect(connections.size - before).toBe(1);
    expect(pool.open).toBe(1);
    pool.close();
  });

  it("reads a chunked answer, and opens a new socket after connection: close", async () => {
    const pool = new RawPool("127.0.0.1", port);
    const chunked = await pool.send(serialise("GET", "/chunked", { host: "localhost" }));
    expect(chunked.body.toString()).toBe("约满，请选择其他时段");
    const closed = await pool.send(serialise("GET", "/close", { host: "localhost" }));
    expect([closed.status, closed.body.toString(), pool.open]).toEqual([201, "ok", 0]);
    pool.close();
  });

  it("rejects with ECONNRESET when the server hangs up instead of answering", async () => {
    const pool = new RawPool("127.0.0.1", port);
    await expect(pool.send(serialise("GET", "/hangup", { host: "localhost" }))).rejects.toMatchObject({ code: "ECONNRESET" });
    pool.close();
  });

  it("parses only complete responses, byte by byte", () => {
    const raw = Buffer.from("HTTP/1.1 429 Too Many Requests\r\nContent-Length: 5\r\n\r\nhelloHTTP/1.1 200 OK\r\n");
    const first = raw.indexOf("HTTP/1.1 200");
    for (let n = 0; n < first; n++) expect(parseResponse(raw.subarray(0, n))).toBeNull();
    const parsed = parseResponse(raw)!;
    expect([parsed.response.status, parsed.response.body.toString(), parsed.used]).toEqual([429, "hello", first]);
    const chunked = Buffer.from("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n");
    for (let n = 0; n < chunked.length; n++) expect(parseResponse(chunked.subarray(0, n))).toBeNull();
    expect(parseResponse(chunked)!.response.body.toString()).toBe("abcde");
    expect(() => parseResponse(Buffer.from("SSH-2.0\r\n\r\n"))).toThrow(/not an HTTP response/);
  });
});
