// `npx tsx bench/abuse.ts [URL]` — tries three abuses against a running server (default
// http://localhost:3000, started with `npm start`) and prints what each got; bounded to about 60 s.
// 1. sign-in spray: 40 wrong passwords, each with a new forged X-Forwarded-For (limit: 30 per 5 min per address)
// 2. a chunked 20 MB multipart body to /open311/v2/requests.json (limit: 64 KB, streamed)
// 3. one tRPC GET batch of 150 catalogue searches (limit: 10 per batch)
import http from "node:http";

const base = new URL(process.argv[2] ?? process.env.BASE_URL ?? "http://localhost:3000");
const deadline = Date.now() + 60_000;

async function spray() {
  const counts = new Map<string, number>();
  for (let i = 0; i < 40 && Date.now() < deadline; i++) {
    const forged = `203.0.113.${i + 1}`;
    const csrf = await fetch(new URL("/api/auth/csrf", base), { headers: { "x-forwarded-for": forged } });
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((c) => c.split(";")[0])
      .join("; ");
    const res = await fetch(new URL("/api/auth/callback/password", base), {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forged },
      body: new URLSearchParams({ phone: `1390000${String(1000 + i)}`, password: "Wrong-password-1", csrfToken }),
    });
    const code = new URL(res.headers.get("location") ?? "/", base).searchParams.get("code") ?? String(res.status);
    counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  return [...counts].map(([k, v]) => `${k}×${v}`).join(", ");
}

function chunkedOpen311(): Promise<string> {
  return new Promise((resolve) => {
    const started = Date.now();
    let sent = 0;
    const req = http.request(
      new URL("/open311/v2/requests.json", base),
      { method: "POST", headers: { "content-type": "multipart/form-data; boundary=XyZ", "transfer-encoding": "chunked" } },
      (res) => {
        let body = "";
        res.on("data", (c: Buffer) => (body += c.toString()));
        res.on("end", () =>
          resolve(
            `HTTP ${res.statusCode} after ${(sent / 1024 / 1024).toFixed(1)} MB sent, ${Date.now() - started} ms: ${body.slice(0, 120)}`,
          ),
        );
      },
    );
    req.on("error", (e) => resolve(`connection closed after ${(sent / 1024 / 1024).toFixed(1)} MB sent: ${e.message}`));
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (sent < 20 * 1024 * 1024) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", pump);
      }
      req.end();
    };
    pump();
  });
}

async function batch() {
  const n = 150;
  const paths = Array.from({ length: n }, () => "catalogue.public.search").join(",");
  const input = Object.fromEntries(Array.from({ length: n }, (_, i) => [i, { json: { q: "社保" } }]));
  const res = await fetch(new URL(`/api/trpc/${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`, base));
  const text = await res.text();
  return `HTTP ${res.status}: ${text.slice(0, 160)}`;
}

console.log(`abuse checks against ${base.origin}`);
console.log(`1. spoofed-IP sign-in spray (40 attempts): ${await spray()}`);
console.log(`2. chunked 20 MB Open311 body: ${await chunkedOpen311()}`);
console.log(`3. 150-call tRPC batch: ${await batch()}`);
