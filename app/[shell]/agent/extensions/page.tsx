import { redirect } from "next/navigation";
import { guardPage } from "@/server/guard";

/** Extension requests are a queue of the console (延期审批 tab); this address leads there. */
export default async function AgentExtensionsPage() {
  await guardPage("agent.console", "/agent/extensions");
  redirect("/agent?queue=extensions#queues-title");
}
