"use client";

import { useActionState } from "react";
import { followHotlineAction, joinHotlineAction, unfollowHotlineAction } from "@/server/actions/hotline-join";
import type { FormState } from "@/server/lib/form-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { firstError } from "@/components/ui/form-group";

/** Field errors keyed by this form's element ids (several join forms share a page). */
function prefixed(state: FormState, prefix: string) {
  return Object.fromEntries(Object.entries(state.fieldErrors ?? {}).map(([k, v]) => [`${prefix}-${k}`, v]));
}

/**
 * 附议 ("我也遇到了"): an optional note (prefilled with what the citizen wrote on the form) and one
 * photo under a disclosure, and whether to get an SMS beside the message. Works without JavaScript.
 */
export function JoinForm({ ticketId, defaultNote = "", label }: { ticketId: number; defaultNote?: string; label?: string }) {
  const [state, action, pending] = useActionState(joinHotlineAction, {} as FormState);
  const p = `join-${ticketId}`;
  const v = state.values ?? {};
  return (
    <form action={action} noValidate aria-label={label ?? "附议这件诉求"}>
      <ErrorSummary message={state.message} fieldErrors={prefixed(state, p)} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <details className="mb-3" open={Boolean(state.fieldErrors)}>
        <summary className="inline-flex min-h-tap cursor-pointer items-center font-semibold text-brand-700">补充说明和照片（选填）</summary>
        <div className="mt-2">
          <Textarea
            id={`${p}-note`}
            name="note"
            label="补充说明"
            hint="如：您看到的情况、从什么时候开始。不超过500字，热线和承办部门可见，不公开。"
            rows={3}
            maxLength={500}
            defaultValue={v.note ?? defaultNote.slice(0, 500)}
            key={`n-${v.note ?? ""}`}
            error={firstError(state, "note")}
          />
          <Field
            id={`${p}-photo`}
            name="photo"
            label="现场照片"
            hint="1张，不超过5MB，JPG、PNG或WebP。只给热线和承办部门看。"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            width="w-full max-w-xl"
            className="py-2"
            error={firstError(state, "photo")}
          />
        </div>
      </details>
      <Checkbox
        id={`${p}-sms`}
        name="sms"
        value="yes"
        label="派单、答复和办结时也发短信给我"
        hint="站内消息总会发送；短信发到您账号的手机号。"
        defaultChecked={v.sms === "yes"}
        key={`s-${v.sms ?? ""}`}
        spacing="mb-3"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "正在提交…" : "我也遇到了（附议）"}
      </Button>
    </form>
  );
}

/** 关注: follow the request without joining it. */
export function FollowForm({ ticketId }: { ticketId: number }) {
  const [state, action, pending] = useActionState(followHotlineAction, {} as FormState);
  const p = `follow-${ticketId}`;
  return (
    <form action={action} noValidate aria-label="关注这件诉求">
      <ErrorSummary message={state.message} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <Checkbox
        id={`${p}-sms`}
        name="sms"
        value="yes"
        label="关注期间，派单、答复和办结时也发短信给我"
        defaultChecked={state.values?.sms === "yes"}
        spacing="mb-3"
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在关注…" : "关注办理进度"}
      </Button>
    </form>
  );
}

/** 取消关注 on 我关注的 (following only). */
export function UnfollowForm({ ticketId, title }: { ticketId: number; title: string }) {
  const [state, action, pending] = useActionState(unfollowHotlineAction, {} as FormState);
  return (
    <form action={action}>
      <input type="hidden" name="ticketId" value={ticketId} />
      {state.message ? (
        <p role="alert" className="font-semibold text-danger">
          {state.message}
        </p>
      ) : null}
      <Button type="submit" variant="link" disabled={pending}>
        取消关注<span className="sr-only">：{title}</span>
      </Button>
    </form>
  );
}
