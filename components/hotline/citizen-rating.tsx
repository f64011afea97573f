"use client";

import { useActionState } from "react";
import { rateHotlineAction } from "@/server/actions/hotline";
import type { FormState } from "@/server/actions/auth";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/form-group";
import { Textarea } from "@/components/ui/textarea";
import { CITIZEN_RATINGS } from "@/server/modules/hotline/labels";

/** 满意 / 基本满意 / 不满意 (the scale of 回访 that /12345 promises) and an optional comment; one rating per request. */
export function HotlineRatingForm({ ticketId }: { ticketId: number }) {
  const [state, action, pending] = useActionState(rateHotlineAction, {} as FormState);
  const err = state.fieldErrors?.rating?.[0] ?? null;
  const errComment = state.fieldErrors?.comment?.[0] ?? null;
  return (
    <form action={action} noValidate aria-label="评价">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="ticketId" value={ticketId} />
      <Fieldset id="rating" legend="您对这次办理结果满意吗？" error={err}>
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap sm:gap-x-6">
          {CITIZEN_RATINGS.map((s) => (
            <label key={s.value} className="flex min-h-tap items-center gap-2">
              <input
                type="radio"
                name="rating"
                value={s.value}
                defaultChecked={state.values?.rating === String(s.value)}
                className="h-7 w-7"
              />
              <span>{s.name}</span>
            </label>
          ))}
        </div>
      </Fieldset>
      <Textarea
        id="comment"
        label="想说的话（选填，不超过500字）"
        error={errComment}
        maxLength={500}
        defaultValue={state.values?.comment}
        width="w-full max-w-xl"
      />
      <Button type="submit" disabled={pending}>
        {pending ? "正在提交…" : "提交评价"}
      </Button>
    </form>
  );
}
