import { desc, eq } from "drizzle-orm";
import { getDb } from "@/server/db";
import { accountDevSmsOutbox } from "@/drizzle/schema";
import { isDevSmsTransport } from "@/server/lib/sms";
import { ZPhone } from "@/server/modules/account/validation";

export const dynamic = "force-dynamic";

/** Test inbox of the dev SMS transport. Exists only when NT_TEST_INBOX=1 and SMS goes nowhere real. */
export async function GET(req: Request) {
  if (process.env.NT_TEST_INBOX !== "1" || !isDevSmsTransport()) return Response.json({ error: "not found" }, { status: 404 });
  const phone = ZPhone.safeParse(new URL(req.url).searchParams.get("phone") ?? "");
  if (!phone.success) return Response.json({ error: phone.error.issues[0]?.message }, { status: 400 });
  const db = await getDb();
  const rows = await db
    .select({ body: accountDevSmsOutbox.body, createdAt: accountDevSmsOutbox.createdAt })
    .from(accountDevSmsOutbox)
    .where(eq(accountDevSmsOutbox.phone, phone.data))
    .orderBy(desc(accountDevSmsOutbox.id))
    .limit(10);
  return Response.json({ messages: rows });
}
