"use client";

import { useActionState } from "react";
import {
  closeFollowUpAction,
  handleApplicationAction,
  rateApplicationAction,
  startApplicationAction,
  submitApplicationAction,
} from "@/server/actions/applications";
import type { FormState } from "@/server/actions/auth";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { RATING_SCORES } from "@/server/modules/applications/labels";

const first = (s: FormState, k: string) => s.fieldErrors?.[k]?.[0] ?? null;

export function StartForm({ itemId, label }: { itemId: number; label: string }) {
  const [state, action, pending] = useActionState(startApplicationAction, {} as FormState);
  return (
    <form action={action}>
      <ErrorSummary message={state.message} />
      <input type="hidden" name="itemId" value={itemId} />
      <Button type="submit" disabled={pending} className="text-lg">
        {pending ? "请稍候…" : label}
      </Button>
    </form>
  );
}

export function SubmitForm({
  applicationId,
  idempotencyKey,
  resubmit,
}: {
  applicationId: number;
  idempotencyKey: string;
  resubmit: boolean;
}) {
  const [state, action, pending] = useActionState(submitApplicationAction, {} as FormState);
  return (
    <form action={action}>
      <ErrorSummary message={state.message} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Button type="submit" disabled={pending} className="text-lg">
        {pending ? "正在提交…" : resubmit ? "确认并重新提交" : "确认并提交申请"}
      </Button>
    </form>
  );
}

export function RatingForm({ applicationId }: { applicationId: number }) {
  const [state, action, pending] = useActionState(rateApplicationAction, {} as FormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <fieldset id="score" className={`mb-5 ${first(state, "score") ? "border-l-4 border-danger pl-3" : ""}`}>
        <legend className="mb-2 font-semibold">您对本次办事服务的评价</legend>
        {first(state, "score") ? <p className="mb-1 font-semibold text-danger">{first(state, "score")}</p> : null}
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {RATING_SCORES.map((s) => (
            <label key={s.score} className="flex min-h-tap items-center gap-2">
              <input type="radio" name="score" value={s.score} className="h-7 w-7" />
              {s.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className={`mb-5 ${first(state, "reason") ? "border-l-4 border-danger pl-3" : ""}`}>
        <label htmlFor="reason" className="mb-1 block font-semibold">
          不满意的原因（选择“不满意”或“非常不满意”时必填）
        </label>
        {first(state, "reason") ? <p className="mb-1 font-semibold text-danger">{first(state, "reason")}</p> : null}
        <textarea
          id="reason"
          name="reason"
          rows={3}
          defaultValue={state.values?.reason}
          className="block w-full max-w-xl rounded-md border-2 border-ink bg-white px-3 py-2"
        />
      </div>
      <div className="mb-5">
        <label htmlFor="comment" className="mb-1 block font-semibold">
          意见建议（选填）
        </label>
        <textarea
          id="comment"
          name="comment"
          rows={3}
          defaultValue={state.values?.comment}
          className="block w-full max-w-xl rounded-md border-2 border-ink bg-white px-3 py-2"
        />
      </div>
      <Button type="submit" disabled={pending}>
        提交评价
      </Button>
    </form>
  );
}

const ACTIONS = {
  accept: { label: "受理", needs: null },
  correction: { label: "要求补正", needs: "补正原因（告诉申请人需要补充或更正什么）" },
  complete: { label: "办结", needs: "办理结果" },
  reject: { label: "不予受理/不予许可", needs: "理由（将告知申请人）" },
} as const;

export function StaffActionForm({ applicationId, kind }: { applicationId: number; kind: keyof typeof ACTIONS }) {
  const [state, action, pending] = useActionState(handleApplicationAction, {} as FormState);
  const a = ACTIONS[kind];
  const id = `text-${kind}`;
  return (
    <form action={action} noValidate className="mb-4 rounded-md border border-line p-4">
      <ErrorSummary message={state.message} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="kind" value={kind} />
      {a.needs ? (
        <div className={`mb-3 ${first(state, "text") ? "border-l-4 border-danger pl-3" : ""}`}>
          <label htmlFor={id} className="mb-1 block font-semibold">
            {a.needs}
          </label>
          {first(state, "text") ? <p className="mb-1 font-semibold text-danger">{first(state, "text")}</p> : null}
          <textarea
            id={id}
            name="text"
            rows={3}
            defaultValue={state.values?.text}
            className="block w-full rounded-md border-2 border-ink bg-white px-3 py-2"
          />
        </div>
      ) : null}
      <Button
        type="submit"
        variant={kind === "reject" ? "danger" : kind === "accept" || kind === "complete" ? "primary" : "secondary"}
        disabled={pending}
      >
        {a.label}
      </Button>
    </form>
  );
}

export function FollowUpForm({ applicationId }: { applicationId: number }) {
  const [state, action, pending] = useActionState(closeFollowUpAction, {} as FormState);
  return (
    <form action={action} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="applicationId" value={applicationId} />
      <label htmlFor="note" className="mb-1 block font-semibold">
        整改情况
      </label>
      <textarea
        id="note"
        name="note"
        rows={3}
        defaultValue={state.values?.note}
        className="mb-3 block w-full rounded-md border-2 border-ink bg-white px-3 py-2"
      />
      <Button type="submit" disabled={pending}>
        记录整改并关闭
      </Button>
    </form>
  );
}
