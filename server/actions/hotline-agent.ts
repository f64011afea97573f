"use server";

import { TRPCError } from "@trpc/server";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getCaller } from "@/server/request";
import { AppError } from "@/server/lib/errors";
import type { FormState } from "./auth";

/** Form state of the agent forms; a conflict also carries what the ticket looks like now. */
export type AgentFormState = FormState & {
  conflict?: { status: string; version: number; lastNote: string | null; lastAt: string | null; lastActor: string | null } | null;
};

const ZId = z.coerce.number().int().positive();

function str(formData: FormData, k: string): string {
  const v = formData.get(k);
  return typeof v === "string" ? v : "";
}

async function failure(e: unknown, values: Record<string, string>, ticketId?: number): Promise<AgentFormState> {
  if (e instanceof TRPCError) {
    const cause = e.cause instanceof AppError ? e.cause : null;
    let conflict: AgentFormState["conflict"] = null;
    if (e.code === "CONFLICT" && ticketId) {
      try {
        const s = await (await getCaller()).hotlineAgent.latestState({ id: ticketId });
        conflict = {
          status: s.status,
          version: s.version,
          lastNote: s.lastEvent?.note ?? null,
          lastAt: s.lastEvent ? s.lastEvent.at.toISOString() : null,
          lastActor: s.lastEvent?.actorName ?? null,
        };
      } catch {
        conflict = null;
      }
    }
    return { message: e.message, fieldErrors: cause?.fieldErrors ?? null, values, conflict };
  }
  throw e;
}

const INTAKE_FIELDS = [
  "callerPhone",
  "type",
  "categoryId",
  "description",
  "district",
  "address",
  "contactName",
  "contactPhone",
  "isPublic",
  "idempotencyKey",
] as const;

/** 代为登记: the agent creates the caller's request (channel 电话), then goes to the new ticket. */
export async function createForCallerAction(_prev: AgentFormState, formData: FormData): Promise<AgentFormState> {
  const values = Object.fromEntries(INTAKE_FIELDS.map((k) => [k, str(formData, k)]));
  const categoryId = Number(values.categoryId);
  const input = {
    type: values.type || undefined,
    categoryId: Number.isInteger(categoryId) && categoryId > 0 ? categoryId : undefined,
    description: values.description,
    district: values.district || undefined,
    address: values.address || undefined,
    contactName: values.contactName || undefined,
    contactPhone: (values.contactPhone || "").replace(/\s/g, "") || undefined,
    isPublic: values.isPublic === "1",
    idempotencyKey: values.idempotencyKey,
  };
  let target: string;
  try {
    const r = await (await getCaller()).hotlineAgent.createForCaller(input);
    target = `/agent/tickets/${r.id}?done=${r.created ? "created" : "exists"}`;
  } catch (e) {
    return failure(e, values);
  }
  revalidatePath("/agent");
  redirect(target);
}

const KINDS = ["classify", "answer", "dispatch", "revisit", "merge", "urge", "extension"] as const;
type Kind = (typeof KINDS)[number];

/** Every action on the ticket page: one form per action, each carrying the version the agent saw. */
export async function agentTicketAction(_prev: AgentFormState, formData: FormData): Promise<AgentFormState> {
  const id = ZId.safeParse(formData.get("ticketId"));
  const version = ZId.safeParse(formData.get("version"));
  const kind = str(formData, "kind") as Kind;
  const values = {
    text: str(formData, "text"),
    result: str(formData, "result"),
    departmentId: str(formData, "departmentId"),
    type: str(formData, "type"),
    categoryId: str(formData, "categoryId"),
    primary: str(formData, "primary"),
    decision: str(formData, "decision"),
  };
  if (!id.success || !version.success || !KINDS.includes(kind)) return { message: "页面已过期，请刷新后重试" };
  const caller = (await getCaller()).hotlineAgent;
  let done: string = kind;
  try {
    switch (kind) {
      case "classify": {
        const categoryId = Number(values.categoryId);
        await caller.classify({
          id: id.data,
          version: version.data,
          type: values.type,
          categoryId: Number.isInteger(categoryId) ? categoryId : 0,
        });
        break;
      }
      case "answer":
        await caller.answer({ id: id.data, version: version.data, answer: values.text });
        break;
      case "dispatch": {
        const departmentId = Number(values.departmentId);
        if (!Number.isInteger(departmentId) || departmentId <= 0) return { fieldErrors: { departmentId: ["请选择承办部门"] }, values };
        await caller.dispatch({ id: id.data, version: version.data, departmentId });
        break;
      }
      case "revisit":
        if (!values.result) return { fieldErrors: { result: ["请选择回访结果：满意、基本满意或不满意"] }, values };
        await caller.revisit({ id: id.data, version: version.data, result: values.result, note: values.text || undefined });
        done = values.result === "不满意" ? "reopened" : "revisit";
        break;
      case "merge": {
        const [pid, pver] = values.primary.split(":").map(Number);
        if (!pid || !pver) return { fieldErrors: { primary: ["请选择要合并到的工单"] }, values };
        await caller.merge({ dupId: id.data, dupVersion: version.data, primaryId: pid, primaryVersion: pver });
        break;
      }
      case "urge":
        await caller.urge({ id: id.data, version: version.data, note: values.text || undefined });
        break;
      case "extension": {
        const extensionId = ZId.safeParse(formData.get("extensionId"));
        if (!extensionId.success) return { message: "页面已过期，请刷新后重试" };
        if (values.decision !== "approve" && values.decision !== "reject")
          return { fieldErrors: { decision: ["请选择同意或不同意延期"] }, values };
        await caller.decideExtension({
          extensionId: extensionId.data,
          ticketVersion: version.data,
          decision: values.decision,
          note: values.text || undefined,
        });
        done = values.decision === "approve" ? "extension-approved" : "extension-rejected";
        break;
      }
    }
  } catch (e) {
    return failure(e, values, id.data);
  }
  revalidatePath("/agent");
  redirect(`/agent/tickets/${id.data}?done=${done}`);
}
