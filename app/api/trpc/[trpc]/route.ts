import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "@/server/root";
import { auth } from "@/server/auth";
import { getDb } from "@/server/db";
import { clientIp } from "@/server/lib/client-ip";

async function handler(req: Request) {
  const session = await auth();
  const u = session?.user;
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: async () => ({
      db: await getDb(),
      user: u?.id && u.role ? { id: u.id, role: u.role, name: u.name ?? "" } : null,
      ip: clientIp(req.headers),
    }),
  });
}

export { handler as GET, handler as POST };
