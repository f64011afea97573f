// A minimal HTTP/1.1 client for load generation on the server's own machine (bench/booking-http.ts): one request
// at a time per socket, sockets kept alive in a pool, requests serialised by hand and responses parsed just
// enough to return the status and body (content-length or chunked). node:http builds a ClientRequest, an
// IncomingMessage and a parser state per request; for 500 requests at once that costs the two cores the bench
// shares with the server ~40–90 ms of CPU per burst (measured with process.cpuUsage()), time the server under
// test then does not get. This client does the same requests for a fraction of it, as wrk or k6 would.
import net from "node:net";

export type RawResponse = { status: number; headers: Map<string, string>; body: Buffer };

const CRLF2 = Buffer.from("\r\n\r\n");

/** Parses one response from the start of `buf`: the response and the bytes it used, or null when incomplete. */
export function parseResponse(buf: Buffer): { response: RawResponse; used: number } | null {
  const end = buf.indexOf(CRLF2);
  if (end < 0) return null;
  const lines = buf.toString("latin1", 0, end).split("\r\n");
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(lines[0] ?? "")?.[1]);
  if (!Number.isInteger(status)) throw new Error(`not an HTTP response: ${JSON.stringify(lines[0])}`);
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  const start = end + 4;
  if (/\bchunked\b/i.test(headers.get("transfer-encoding") ?? "")) {
    const parts: Buffer[] = [];
    let at = start;
    for (;;) {
      const lineEnd = buf.indexOf("\r\n", at);
      if (lineEnd < 0) return null;
      const size = parseInt(buf.toString("latin1", at, lineEnd).split(";")[0]!, 16);
      if (!Number.isFinite(size)) throw new Error("bad chunk size");
      const dataStart = lineEnd + 2;
      if (size === 0) {
        // No trailers from our server: the last chunk ends with an empty line.
        if (buf.length < dataStart + 2) return null;
        return { response: { status, headers, body: Buffer.concat(parts) }, used: dataStart + 2 };
      }
      if (buf.length < dataStart + size + 2) return null;
      parts.push(buf.subarray(dataStart, dataStart + size));
      at = dataStart + size + 2;
    }
  }
  const length = Number(headers.get("content-length") ?? (status === 204 || status === 304 ? 0 : NaN));
  if (!Number.isInteger(length)) throw new Error("a response without content-length or chunked encoding");
  if (buf.length < start + length) return null;
  return { response: { status, headers, body: buf.subarray(start, start + length) }, used: start + length };
}

/** A request serialised once (a burst sends it the moment it starts, with nothing left to build). */
export function serialise(method: string, path: string, headers: Record<string, string>, body?: string | Buffer): Buffer {
  const payload = body === undefined ? null : Buffer.isBuffer(body) ? body : Buffer.from(body, "utf8");
  let head = `${method} ${path} HTTP/1.1\r\n`;
  for (const [k, v] of Object.entries(headers)) head += `${k}: ${v}\r\n`;
  if (payload) head += `content-length: ${payload.length}\r\n`;
  return payload ? Buffer.concat([Buffer.from(`${head}\r\n`, "latin1"), payload]) : Buffer.from(`${head}\r\n`, "latin1");
}

type Conn = { socket: net.Socket; buf: Buffer; waiting: { resolve: (r: RawResponse) => void; reject: (e: Error) => void } | null };

/** Sockets to one host and port; `keepAlive: false` opens one per request (a cold start). */
export class RawPool {
  private readonly idle: Conn[] = [];
  constructor(
    private readonly host: string,
    private readonly port: number,
    private readonly keepAlive = true,
  ) {}

  /** Open idle sockets. */
  get open(): number {
    return this.idle.length;
  }

  private connect(): Promise<Conn> {
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host: this.host, port: this.port, noDelay: true });
      const conn: Conn = { socket, buf: Buffer.alloc(0), waiting: null };
      socket.once("connect", () => resolve(conn));
      socket.on("error", (e) => {
        reject(e);
        conn.waiting?.reject(e);
        conn.waiting = null;
      });
      socket.on("close", () => {
        this.drop(conn);
        if (conn.waiting) {
          const e = Object.assign(new Error("socket closed before the response"), { code: "ECONNRESET" });
          conn.waiting.reject(e);
          conn.waiting = null;
        }
      });
      socket.on("data", (chunk: Buffer) => {
        conn.buf = conn.buf.length ? Buffer.concat([conn.buf, chunk]) : chunk;
        if (!conn.waiting) return;
        let parsed: ReturnType<typeof parseResponse>;
        try {
          parsed = parseResponse(conn.buf);
        } catch (e) {
          conn.waiting.reject(e as Error);
          conn.waiting = null;
          socket.destroy();
          return;
        }
        if (!parsed) return;
        conn.buf = conn.buf.subarray(parsed.used);
        const { resolve: done } = conn.waiting;
        conn.waiting = null;
        if (this.keepAlive && parsed.response.headers.get("connection")?.toLowerCase() !== "close") this.idle.push(conn);
        else socket.destroy();
        done(parsed.response);
      });
    });
  }

  private drop(conn: Conn) {
    const i = this.idle.indexOf(conn);
    if (i >= 0) this.idle.splice(i, 1);
  }

  /** Sends one serialised request on an idle socket (or a new one) and resolves with its response. */
  async send(request: Buffer): Promise<RawResponse> {
    const conn = this.idle.pop() ?? (await this.connect());
    return new Promise((resolve, reject) => {
      conn.waiting = { resolve, reject };
      conn.socket.write(request);
    });
  }

  close(): void {
    for (const c of this.idle.splice(0)) c.socket.destroy();
  }
}
