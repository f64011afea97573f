import { AppError } from "./errors";

/**
 * Reads a request body as a stream, stopping at `limit` bytes: a body over the limit is refused with a
 * Chinese 413 as soon as the limit is passed, whether or not it declared a Content-Length (a chunked
 * body is counted as it arrives), and nothing past the limit is read or parsed.
 */
export async function readBodyLimited(req: Request, limit: number, tooLarge: string): Promise<Uint8Array<ArrayBuffer>> {
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > limit) throw new AppError("PAYLOAD_TOO_LARGE", tooLarge);
  if (!req.body) return new Uint8Array(0);
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      throw new AppError("PAYLOAD_TOO_LARGE", tooLarge);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}
