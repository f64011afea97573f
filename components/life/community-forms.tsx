"use client";

import { useActionState } from "react";
import type { FormState } from "@/server/lib/form-state";
import { requestCareAction, saveElderCardAction } from "@/server/actions/life";
import { BLOOD_TYPES, ELDER_CARD_FIELDS, ELDER_CARD_FIELD_NAMES } from "@/server/modules/community/validation";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/form-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { PersonChoice, type PersonOption } from "./person-choice";

type Centre = { id: number; name: string; district: string; serviceNames: string[] };

/** 居家养老服务申请: who, which centre and service, when, where. */
export function CareRequestForm({
  elders,
  centres,
  services,
  idempotencyKey,
  defaultPhone,
  minDate,
}: {
  elders: PersonOption[];
  centres: Centre[];
  services: { code: string; name: string }[];
  idempotencyKey: string;
  defaultPhone: string;
  minDate: string;
}) {
  const [state, action, pending] = useActionState(requestCareAction, {} as FormState);
  const v = state.values ?? {};
  const err = (k: string) => state.fieldErrors?.[k]?.[0] ?? null;
  return (
    <form action={action} noValidate aria-label="申请居家养老服务">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <PersonChoice id="elder" legend="服务对象（60周岁及以上）" options={elders} chosen={v.elder} error={err("elder")} />
      <Select id="centreId" label="社区服务中心" error={err("centreId")} defaultValue={v.centreId ?? ""} width="w-full max-w-md">
        <option value="">请选择</option>
        {centres.map((c) => (
          <option key={c.id} value={c.id}>
            {c.district} · {c.name}（{c.serviceNames.join("、")}）
          </option>
        ))}
      </Select>
      <Select id="serviceType" label="服务项目" error={err("serviceType")} defaultValue={v.serviceType ?? ""} width="w-full max-w-xs">
        <option value="">请选择</option>
        {services.map((s) => (
          <option key={s.code} value={s.code}>
            {s.name}
          </option>
        ))}
      </Select>
      <div className="flex flex-wrap gap-x-4">
        <Field
          id="date"
          label="服务日期"
          type="date"
          min={minDate}
          hint="1小时后至30天内"
          error={err("date")}
          defaultValue={v.date}
          width="w-48"
        />
        <Field id="time" label="时间" type="time" step={1800} error={err("time")} defaultValue={v.time ?? "09:00"} width="w-36" />
      </div>
      <Field
        id="address"
        label="服务地址"
        hint="例如 崇川区XX路XX号X幢X室"
        error={err("address")}
        defaultValue={v.address}
        width="w-full max-w-xl"
      />
      <Field
        id="contactPhone"
        label="联系电话"
        type="tel"
        inputMode="numeric"
        error={err("contactPhone")}
        defaultValue={v.contactPhone ?? defaultPhone}
        width="w-full max-w-xs"
      />
      <Textarea id="note" label="备注（选填）" maxLength={200} error={err("note")} defaultValue={v.note} width="w-full max-w-xl" />
      <Button type="submit" disabled={pending}>
        {pending ? "正在提交…" : "提交申请"}
      </Button>
    </form>
  );
}

export type ElderCardDefaults = {
  elder: string;
  displayName: string;
  visibleFields: string[];
  bloodType: string;
  allergies: string;
  communityName: string;
  contacts: { name: string; relation: string; phone: string }[];
};

/** 老人二维码名片: the elder chooses what a finder may see; only ticked fields are ever shown. */
export function ElderCardForm({ elders, defaults }: { elders: PersonOption[]; defaults: ElderCardDefaults }) {
  const [state, action, pending] = useActionState(saveElderCardAction, {} as FormState);
  const v = state.values;
  const val = (k: keyof Omit<ElderCardDefaults, "visibleFields" | "contacts">) => v?.[k] ?? defaults[k];
  const visible = v ? (v.visibleFields ?? "").split(",").filter(Boolean) : defaults.visibleFields;
  const err = (k: string) => state.fieldErrors?.[k]?.[0] ?? null;
  return (
    <form action={action} noValidate aria-label="制作老人二维码名片">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <PersonChoice id="elder" legend="为谁制作" options={elders} chosen={val("elder")} error={err("elder")} />
      <Fieldset
        id="visibleFields"
        legend="扫码后显示哪些信息"
        hint="只显示勾选的项目；没有勾选的信息，扫码的人看不到。"
        error={err("visibleFields")}
      >
        <div className="flex flex-col gap-1">
          {ELDER_CARD_FIELDS.map((f) => (
            <label key={f} className="flex min-h-tap items-center gap-3">
              <input
                type="checkbox"
                name="visibleFields"
                value={f}
                defaultChecked={visible.includes(f)}
                className="h-7 w-7 accent-brand-600"
              />
              {ELDER_CARD_FIELD_NAMES[f]}
            </label>
          ))}
        </div>
      </Fieldset>
      <Field
        id="displayName"
        label="名片上的称呼"
        hint="例如 周秀英 或 周奶奶；不填则用姓名"
        error={err("displayName")}
        defaultValue={val("displayName")}
        width="w-full max-w-xs"
      />
      <Fieldset id="contacts" legend="紧急联系人（最多3位）" error={err("contacts")}>
        {[0, 1, 2].map((i) => {
          const c = defaults.contacts[i];
          return (
            <div key={i} className="mb-2 flex flex-wrap gap-x-3">
              <Field
                id={`contactName${i}`}
                label={`联系人${i + 1} 姓名`}
                defaultValue={v?.[`contactName${i}`] ?? c?.name}
                width="w-36"
                spacing="mb-2"
              />
              <Field
                id={`contactRelation${i}`}
                label="关系"
                defaultValue={v?.[`contactRelation${i}`] ?? c?.relation}
                width="w-28"
                spacing="mb-2"
              />
              <Field
                id={`contactPhone${i}`}
                label="手机号"
                type="tel"
                inputMode="numeric"
                defaultValue={v?.[`contactPhone${i}`] ?? c?.phone}
                width="w-44"
                spacing="mb-2"
              />
            </div>
          );
        })}
      </Fieldset>
      <Select id="bloodType" label="血型" error={err("bloodType")} defaultValue={val("bloodType")} width="w-44">
        <option value="">不填写</option>
        {BLOOD_TYPES.map((b) => (
          <option key={b} value={b}>
            {b}
          </option>
        ))}
      </Select>
      <Textarea
        id="allergies"
        label="过敏史"
        hint="没有可填“无”"
        maxLength={200}
        error={err("allergies")}
        defaultValue={val("allergies")}
        width="w-full max-w-xl"
      />
      <Field id="communityName" label="所在社区" error={err("communityName")} defaultValue={val("communityName")} width="w-full max-w-md" />
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "保存名片"}
      </Button>
    </form>
  );
}
