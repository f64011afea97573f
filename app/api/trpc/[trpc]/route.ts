import { auth } from "@/server/auth";
import { serveTrpc } from "@/server/lib/trpc-http";

/** The tRPC HTTP endpoint: JSON only, same origin for signed-in calls, at most 10 calls a batch (server/lib/trpc-http.ts). */
async function handler(req: Request) {
  return serveTrpc(req, async () => {
    const u = (await auth())?.user;
    return u?.id && u.role ? { id: u.id, role: u.role, name: u.name ?? "" } : null;
  });
}

export { handler as GET, handler as POST };
