"use client";

import { useActionState } from "react";
import { createForCallerAction, type AgentFormState } from "@/server/actions/hotline-agent";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { NoteField } from "./action-shell";
import { CategorySelect, TypeSelect, type Options } from "./options";
import { firstError } from "@/components/ui/form-group";

const DISTRICTS = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"];

/** 代为登记 on /agent/calls: every field keeps what was typed when something is wrong. */
export function IntakeForm({
  options,
  callerPhone,
  callerName,
  idempotencyKey,
}: {
  options: Options;
  callerPhone: string;
  /** The account's name as the console shows it (masked until the agent reveals it). */
  callerName: string | null;
  idempotencyKey: string;
}) {
  const [state, action, pending] = useActionState(createForCallerAction, {} as AgentFormState);
  const v = state.values ?? {};
  return (
    <form action={action} noValidate aria-labelledby="intake-title">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="callerPhone" value={callerPhone} />
      <div className="grid gap-x-6 md:grid-cols-2">
        <TypeSelect id="type" options={options} state={state} accessKey="t" />
        <CategorySelect id="categoryId" options={options} state={state} />
      </div>
      <NoteField
        id="description"
        name="description"
        label="诉求内容"
        hint="记录来电人反映的事情、时间、涉及对象，至少5个字。"
        state={state}
        rows={5}
      />
      <div className="grid gap-x-6 md:grid-cols-2">
        <Select id="district" label="所在区县（选填）" error={firstError(state, "district")} defaultValue={v.district ?? ""} spacing="mb-4">
          <option value="">未知或不涉及</option>
          {DISTRICTS.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </Select>
        <Field
          id="address"
          label="发生地点（详细地址）"
          hint="占道经营、噪声等需要地点的分类必填。"
          autoComplete="off"
          defaultValue={v.address}
          error={firstError(state, "address")}
          spacing="mb-4"
        />
        <Field
          id="contactName"
          label="来电人称呼（选填）"
          hint={callerName ? "已按账号姓名填好，可改为来电人希望的称呼，例如：张先生。" : "例如：张先生。"}
          autoComplete="off"
          defaultValue={v.contactName ?? callerName ?? undefined}
          error={firstError(state, "contactName")}
          spacing="mb-4"
        />
        <Field
          id="contactPhone"
          label="联系电话"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          defaultValue={v.contactPhone ?? callerPhone}
          error={firstError(state, "contactPhone")}
          spacing="mb-4"
        />
      </div>
      <div className="mb-4">
        <label className="flex min-h-tap items-center gap-3">
          <input type="checkbox" name="isPublic" value="1" defaultChecked={v.isPublic === "1"} className="h-6 w-6" />
          来电人同意公开（隐去个人信息后在“答复公开”中展示）
        </label>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "正在登记…" : "登记工单（Enter）"}
      </Button>
    </form>
  );
}
