import { NextRequest } from "next/server";
import { handlers } from "@/server/auth";
import { publicOrigin } from "@/server/lib/public-origin";

/**
 * Auth.js builds the OAuth redirect_uri and its redirects from the request URL. Next.js gives route
 * handlers the bind address ("localhost" for a loopback IP, 0.0.0.0 …), so the request is re-addressed
 * to the origin the browser used (or AUTH_URL when set): a person who came by 127.0.0.1 comes back to it.
 */
function onBrowserOrigin(req: NextRequest): NextRequest {
  const origin = publicOrigin(req.url, req.headers);
  const { href, origin: current } = req.nextUrl;
  return origin === current ? req : new NextRequest(href.replace(current, origin), req);
}

export const GET = (req: NextRequest) => handlers.GET(onBrowserOrigin(req));
export const POST = (req: NextRequest) => handlers.POST(onBrowserOrigin(req));
