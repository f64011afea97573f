import type { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { publicOrigin } from "@/server/lib/public-origin";

/**
 * Auth.js builds the OAuth redirect_uri and its redirects from the request URL. Next.js gives route
 * handlers the bind address, and its NextURL turns a loopback IP into "localhost", so without AUTH_URL
 * the request is handed on as a plain Request addressed to the origin the browser used: a person who
 * came by 127.0.0.1 (or a LAN address) comes back to it. With AUTH_URL, next-auth pins that origin itself.
 */
async function onBrowserOrigin(req: NextRequest): Promise<NextRequest> {
  if (process.env.AUTH_URL) return req;
  const origin = publicOrigin(req.url, req.headers);
  const url = `${origin}${req.nextUrl.pathname}${req.nextUrl.search}`;
  const body = req.method === "GET" || req.method === "HEAD" ? undefined : await req.arrayBuffer();
  // Auth.js reads only url, method, headers and body; a NextRequest would rewrite 127.0.0.1 again.
  return new Request(url, { method: req.method, headers: req.headers, body }) as NextRequest;
}

export const GET = async (req: NextRequest) => handlers.GET(await onBrowserOrigin(req));
export const POST = async (req: NextRequest) => handlers.POST(await onBrowserOrigin(req));
