import type { IncomingMessage } from "node:http";
import { decode } from "@auth/core/jwt";
import { FORM_BODY_LIMIT_BYTES, GUEST_BODY_LIMIT_BYTES } from "./upload-limits";

const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"];

function cookieValue(header: string, name: string): string | null {
  const pairs = header.split(/;\s*/).map((p) => {
    const i = p.indexOf("=");
    return [p.slice(0, i), p.slice(i + 1)] as const;
  });
  const whole = pairs.find(([k]) => k === name)?.[1];
  if (whole) return whole;
  // Auth.js splits a large session cookie into name.0, name.1, …
  const chunks = pairs
    .filter(([k]) => k.startsWith(`${name}.`) && /^\d+$/.test(k.slice(name.length + 1)))
    .sort(([a], [b]) => Number(a.slice(name.length + 1)) - Number(b.slice(name.length + 1)));
  return chunks.length ? chunks.map(([, v]) => v).join("") : null;
}

/** Whether the request carries a session cookie that Auth.js signed (and has not expired). */
export async function hasValidSession(cookieHeader: string | undefined, secret = process.env.AUTH_SECRET): Promise<boolean> {
  if (!cookieHeader || !secret) return false;
  for (const name of SESSION_COOKIES) {
    const token = cookieValue(cookieHeader, name);
    if (!token) continue;
    try {
      if (await decode({ token, secret, salt: name })) return true;
    } catch {
      // Not ours, or tampered with.
    }
  }
  return false;
}

const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} - 智慧南通</title></head>` +
  `<body style="font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.6"><h1>${title}</h1>${body}</body></html>`;

export type Refusal = { status: number; html: string };

/**
 * For a POST to a page (a server action), decided from the headers alone, before any of the body is
 * read: over the hard limit → 413; a large (or unannounced) body without a valid session → 401, so
 * no file is read for a visitor who could not have sent one. Route handlers (/api/…, /open311/…) read
 * their own bodies with limits of their own.
 */
export async function refuseFormPost(req: Pick<IncomingMessage, "method" | "url" | "headers">): Promise<Refusal | null> {
  if (req.method !== "POST") return null;
  const path = (req.url ?? "/").split("?")[0] ?? "/";
  if (path.startsWith("/api/") || path.startsWith("/open311/") || path.startsWith("/_next/")) return null;
  const length = req.headers["content-length"] === undefined ? null : Number(req.headers["content-length"]);
  if (length !== null && length > FORM_BODY_LIMIT_BYTES)
    return {
      status: 413,
      html: page(
        "提交的内容过大",
        `<p>一次提交不能超过${FORM_BODY_LIMIT_BYTES / 1024 / 1024}MB。12345诉求的照片最多6张、每张不超过5MB；办事附件每个不超过10MB。</p>` +
          "<p>请按浏览器的“返回”键回到表单（已填写的文字仍在），减少或压缩照片、附件后重新提交。</p>",
      ),
    };
  if ((length === null || length > GUEST_BODY_LIMIT_BYTES) && !(await hasValidSession(req.headers.cookie)))
    return {
      status: 401,
      html: page(
        "请先登录",
        '<p>上传照片或附件需要先登录，登录状态可能已过期。</p><p>请按浏览器的“返回”键回到表单（已填写的文字仍在），或<a href="/login">登录</a>后再提交。</p>',
      ),
    };
  return null;
}
