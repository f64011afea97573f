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
import { Fieldset, firstError } from "@/components/ui/form-group";
import { Textarea } from "@/components/ui/textarea";
import { RATING_SCORES } from "@/server/modules/applications/labels";

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
      <Fieldset id="score" legend="您对本次办事服务的评价" error={firstError(state, "score")}>
        <div className="flex flex-wrap gap-x-6 gap-y-2">
          {RATING_SCORES.map((s) => (
            <label key={s.score} className="flex min-h-tap items-center gap-2">
              <input type="radio" name="score" value={s.score} className="h-7 w-7" />
              {s.name}
            </label>
          ))}
        </div>
      </Fieldset>
      <Textarea
        id="reason"
        label="不满意的原因（选择“不满意”或“非常不满意”时必填）"
        error={firstError(state, "reason")}
        defaultValue={state.values?.reason}
        width="w-full max-w-xl"
      />
      <Textarea
        id="comment"
        label="意见建议（选填）"
        error={firstError(state, "comment")}
        defaultValue={state.values?.comment}
        width="w-full max-w-xl"
      />
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
        <Textarea id={id} name="text" label={a.needs} error={firstError(state, "text")} defaultValue={state.values?.text} spacing="mb-3" />
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
      <Textarea id="note" label="整改情况" error={firstError(state, "note")} defaultValue={state.values?.note} spacing="mb-3" />
      <Button type="submit" disabled={pending}>
        记录整改并关闭
      </Button>
    </form>
  );
}
