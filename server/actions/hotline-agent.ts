"use server";

import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { z } from "zod";
import { toFormState, type FormState } from "@/server/lib/form-state";
import { ZFormId } from "@/server/lib/validation";
import {
  ZAgentIntake,
  ZAnswer,
  ZClassify,
  ZDecideExtension,
  ZDispatch,
  ZMerge,
  ZRevisit,
  ZUrge,
} from "@/server/modules/hotline/validation";

/** Form state of the agent forms; a conflict also carries what the ticket looks like now. */
export type AgentFormState = FormState & {
  conflict?: { status: string; version: number; lastNote: string | null; lastAt: string | null; lastActor: string | null } | null;
};

function str(formData: FormData, k: string): string {
  const v = formData.get(k);
  return typeof v === "string" ? v : "";
}

/** toFormState; on a version conflict also what the ticket looks like now (status, last event), for the conflict note. */
async function withLatestState(
  e: unknown,
  values: Record<string, string>,
  ticketId?: number,
  fields?: Record<string, string>,
): Promise<AgentFormState> {
  const state = toFormState(e, values, fields);
  let conflict: AgentFormState["conflict"] = null;
  if (state.code === "CONFLICT" && ticketId) {
    try {
      const s = await (await getCaller()).hotline.agent.latestState({ id: ticketId });
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
  return { ...state, conflict };
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
  const input = ZAgentIntake.safeParse({
    type: values.type || undefined,
    categoryId: values.categoryId ? Number(values.categoryId) : undefined,
    description: values.description,
    district: values.district || undefined,
    address: values.address || undefined,
    contactName: values.contactName || undefined,
    contactPhone: (values.contactPhone || "").replace(/\s/g, "") || undefined,
    isPublic: values.isPublic === "1",
    idempotencyKey: values.idempotencyKey,
  });
  let target: string;
  try {
    if (!input.success) throw input.error;
    const r = await (await getCaller()).hotline.agent.createForCaller(input.data);
    target = `/agent/tickets/${r.id}?done=${r.created ? "created" : "exists"}`;
  } catch (e) {
    return withLatestState(e, values);
  }
  revalidatePath("/agent");
  redirect(target);
}

const ZKind = z.enum(["classify", "answer", "dispatch", "revisit", "merge", "urge", "extension"]);

/** A form's own parse with the procedure's schema, so the field errors read as the procedure's would. */
function parsed<T>(r: z.ZodSafeParseResult<T>): T {
  if (!r.success) throw r.error;
  return r.data;
}

/** Every action on the ticket page: one form per action, each carrying the version the agent saw. */
export async function agentTicketAction(_prev: AgentFormState, formData: FormData): Promise<AgentFormState> {
  const id = ZFormId.safeParse(formData.get("ticketId"));
  const version = ZFormId.safeParse(formData.get("version"));
  const kind = ZKind.safeParse(str(formData, "kind"));
  const values = {
    text: str(formData, "text"),
    result: str(formData, "result"),
    departmentId: str(formData, "departmentId"),
    type: str(formData, "type"),
    categoryId: str(formData, "categoryId"),
    primary: str(formData, "primary"),
    decision: str(formData, "decision"),
  };
  if (!id.success || !version.success || !kind.success) return { message: "页面已过期，请刷新后重试" };
  const ref = { id: id.data, version: version.data };
  const caller = (await getCaller()).hotline.agent;
  const note = values.text || undefined;
  let done: string = kind.data;
  // Form fields that carry a procedure input under another name.
  const fields = { answer: "text", note: "text", primaryId: "primary", primaryVersion: "primary" };
  try {
    switch (kind.data) {
      case "classify":
        await caller.classify(parsed(ZClassify.safeParse({ ...ref, type: values.type, categoryId: Number(values.categoryId) })));
        break;
      case "answer":
        await caller.answer(parsed(ZAnswer.safeParse({ ...ref, answer: values.text })));
        break;
      case "dispatch":
        await caller.dispatch(parsed(ZDispatch.safeParse({ ...ref, departmentId: Number(values.departmentId) })));
        break;
      case "revisit": {
        const input = parsed(ZRevisit.safeParse({ ...ref, result: values.result, note }));
        await caller.revisit(input);
        done = input.result === "不满意" ? "reopened" : "revisit";
        break;
      }
      case "merge": {
        const [primaryId, primaryVersion] = values.primary.split(":").map(Number);
        await caller.merge(parsed(ZMerge.safeParse({ dupId: ref.id, dupVersion: ref.version, primaryId, primaryVersion })));
        break;
      }
      case "urge":
        await caller.urge(parsed(ZUrge.safeParse({ ...ref, note })));
        break;
      case "extension": {
        const extensionId = ZFormId.safeParse(formData.get("extensionId"));
        if (!extensionId.success) return { message: "页面已过期，请刷新后重试" };
        const input = parsed(
          ZDecideExtension.safeParse({ extensionId: extensionId.data, ticketVersion: ref.version, decision: values.decision, note }),
        );
        await caller.decideExtension(input);
        done = input.decision === "approve" ? "extension-approved" : "extension-rejected";
        break;
      }
    }
  } catch (e) {
    return withLatestState(e, values, id.data, fields);
  }
  revalidatePath("/agent");
  redirect(`/agent/tickets/${id.data}?done=${done}`);
}
