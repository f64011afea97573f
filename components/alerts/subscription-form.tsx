"use client";

import { useActionState } from "react";
import { saveSubscriptionAction, type AlertFormState } from "@/server/actions/alerts";
import { AREA_LABELS, AREAS, SEVERITIES, SEVERITY_LABELS } from "@/server/modules/alerts/labels";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Fieldset, firstError } from "@/components/ui/form-group";
import { Notice } from "@/components/ui/notice";

export type SubscriptionValues = { areas: string; minSeverity: string; byMessage: string; bySms: string };

/** /me/alerts: divisions (or the whole city), the lowest level, and how to be told. Works without JavaScript. */
export function SubscriptionForm({ initial, phoneMasked }: { initial: SubscriptionValues; phoneMasked: string }) {
  const [state, action, pending] = useActionState(saveSubscriptionAction, {} as AlertFormState);
  const v = (state.values as SubscriptionValues | undefined) ?? initial;
  const areas = new Set(v.areas.split(",").filter(Boolean));
  return (
    <form action={action} noValidate>
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <Fieldset
        id="areas"
        legend="订阅地区"
        hint="选择“南通全市”即接收所有地区的预警；全市性的预警无论选哪个地区都会收到"
        error={firstError(state, "areas")}
      >
        <div className="grid gap-x-4 sm:grid-cols-2">
          {AREAS.map((a) => (
            <Checkbox
              key={`${a}-${v.areas}`}
              id={`sub-${a}`}
              name="areas"
              value={a}
              label={AREA_LABELS[a]}
              defaultChecked={areas.has(a)}
              spacing="mb-1"
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset id="minSeverity" legend="接收哪些级别" error={firstError(state, "minSeverity")}>
        {SEVERITIES.map((s) => (
          <div key={`${s}-${v.minSeverity}`} className="flex items-start gap-3">
            <input
              id={`min-${s}`}
              type="radio"
              name="minSeverity"
              value={s}
              defaultChecked={v.minSeverity === s}
              className="mt-2 h-7 w-7 shrink-0 accent-brand-600"
            />
            <label htmlFor={`min-${s}`} className="inline-flex min-h-tap items-center">
              {s === "red" ? "只接收红色预警（I级，特别严重）" : `${SEVERITY_LABELS[s].colour}（${SEVERITY_LABELS[s].grade}）及以上`}
            </label>
          </div>
        ))}
      </Fieldset>
      <Fieldset id="channels" legend="接收方式" hint="两项都不选即取消订阅">
        <Checkbox
          id="byMessage"
          value="1"
          label="站内消息（“我的”消息中心）"
          defaultChecked={v.byMessage === "1"}
          spacing="mb-1"
          key={`m-${v.byMessage}`}
        />
        <Checkbox
          id="bySms"
          value="1"
          label={`短信（发送到 ${phoneMasked}）`}
          defaultChecked={v.bySms === "1"}
          spacing="mb-1"
          key={`s-${v.bySms}`}
        />
      </Fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "保存订阅"}
      </Button>
    </form>
  );
}
