import { createTRPCRouter } from "@/server/trpc";
import { citizenRouter } from "./citizen-router";
import { agentRouter } from "./agent-router";
import { staffRouter } from "./staff-router";
import { knowledgeRouter } from "./knowledge-router";
import { statsRouter } from "./stats-router";
import { open311AdminRouter } from "./open311-router";

/**
 * The 12345 hotline: one router per audience, composed here (`hotline.citizen.submit`,
 * `hotline.agent.dispatch`, `hotline.staff.reply`, `hotline.knowledge.search`, `hotline.stats.summary`,
 * `hotline.open311Admin.create`). The Open311 HTTP API itself is a route handler (open311/http.ts).
 */
export const hotlineRouter = createTRPCRouter({
  citizen: citizenRouter,
  agent: agentRouter,
  staff: staffRouter,
  knowledge: knowledgeRouter,
  stats: statsRouter,
  open311Admin: open311AdminRouter,
});
