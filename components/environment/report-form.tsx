"use client";

import { useActionState } from "react";
import { reportEnvironmentAction } from "@/server/actions/environment";
import type { FormState } from "@/server/lib/form-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { firstError } from "@/components/ui/form-group";
import { DISTRICT_NAMES } from "@/components/transport/types";

/** 环境问题反映: becomes a 12345 request (环境保护); everything typed survives an error. */
export function ReportForm({ idempotencyKey, contact }: { idempotencyKey: string; contact: { name: string; phone: string } }) {
  const [state, action, pending] = useActionState(reportEnvironmentAction, {} as FormState);
  const v = state.values ?? {};
  return (
    <form action={action} noValidate className="rounded-lg border border-line bg-white p-4">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="idempotencyKey" value={v.idempotencyKey || idempotencyKey} />
      <Select id="kind" label="问题类型" defaultValue={v.kind ?? ""} error={firstError(state, "kind")} width="w-auto">
        <option value="">请选择</option>
        <option value="noise">噪声（施工、娱乐、工业噪声等）</option>
        <option value="air">废气（烟尘、异味、焚烧等）</option>
        <option value="water">水污染（排污、河道发黑发臭等）</option>
        <option value="waste">固体废物（乱倒垃圾、渣土、危废等）</option>
      </Select>
      <Textarea
        id="description"
        label="问题描述"
        hint="什么时间、什么地点、什么现象，持续多久"
        rows={5}
        defaultValue={v.description}
        error={firstError(state, "description")}
        maxLength={2000}
      />
      <div className="grid gap-x-4 md:grid-cols-2">
        <Select id="district" label="所在区县" defaultValue={v.district ?? ""} error={firstError(state, "district")}>
          <option value="">请选择</option>
          {DISTRICT_NAMES.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </Select>
        <Field
          id="address"
          label="发生地点"
          hint="如 崇川区工农路57号附近"
          defaultValue={v.address}
          error={firstError(state, "address")}
          maxLength={200}
        />
        <Field
          id="contactName"
          label="联系人"
          autoComplete="name"
          defaultValue={v.contactName ?? contact.name}
          error={firstError(state, "contactName")}
          maxLength={50}
        />
        <Field
          id="contactPhone"
          label="联系电话"
          type="tel"
          autoComplete="tel"
          defaultValue={v.contactPhone ?? contact.phone}
          error={firstError(state, "contactPhone")}
          maxLength={20}
        />
      </div>
      <Checkbox
        id="isPublic"
        name="isPublic"
        value="1"
        label="同意答复后公开（不公开姓名、电话和详细地址）"
        defaultChecked={v.isPublic === "1"}
      />
      <Button type="submit" disabled={pending}>
        提交到12345
      </Button>
    </form>
  );
}
