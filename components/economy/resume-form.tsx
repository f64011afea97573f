"use client";

import { useActionState } from "react";
import { saveResumeAction } from "@/server/actions/sections";
import type { FormState } from "@/server/lib/form-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { Button } from "@/components/ui/button";

export type ResumeValues = Record<string, string>;

/**
 * 乐业南通 résumé: personal details, intention, skills and up to `maxRows` work-history rows (the saved
 * ones and one blank row; a blank row is ignored). Works without JavaScript; on an error every typed
 * value comes back and each field shows its own message.
 */
export function ResumeForm({
  initial,
  rows: initialRows,
  maxRows,
  educationLevels,
  areas,
  returnTo,
}: {
  initial: ResumeValues;
  rows: number;
  maxRows: number;
  educationLevels: readonly string[];
  areas: readonly string[];
  returnTo?: string;
}) {
  const [state, action, pending] = useActionState(saveResumeAction, {} as FormState);
  const v = state.values ?? initial;
  const fe = state.fieldErrors ?? {};
  const rows = state.values ? Math.max(1, Number(state.values.rows) || 0) : initialRows;
  // Selects are keyed by their value: React's form reset after an action would put them back to the first choice.
  return (
    <form action={action} noValidate aria-label="编辑简历" className="max-w-2xl">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {returnTo ? <input type="hidden" name="returnTo" value={returnTo} /> : null}
      <input type="hidden" name="rows" value={rows} />
      <h2 className="mb-3 text-xl font-bold">基本信息</h2>
      <Field id="fullName" label="姓名" defaultValue={v.fullName} error={fe.fullName} autoComplete="name" width="w-64" />
      <Field
        id="phone"
        label="手机号码"
        hint="用人单位通过它联系您"
        defaultValue={v.phone}
        error={fe.phone}
        inputMode="tel"
        autoComplete="tel"
        width="w-64"
      />
      <Select
        id="education"
        key={`education-${v.education ?? ""}`}
        label="最高学历"
        defaultValue={v.education ?? ""}
        error={fe.education}
        width="w-64"
      >
        <option value="">请选择</option>
        {educationLevels.map((e) => (
          <option key={e} value={e}>
            {e}
          </option>
        ))}
      </Select>
      <Field id="major" label="专业（选填）" defaultValue={v.major} error={fe.major} width="w-64" />
      <Field
        id="experienceYears"
        label="工作年限"
        hint="整数，没有工作经验填 0"
        defaultValue={v.experienceYears}
        error={fe.experienceYears}
        inputMode="numeric"
        width="w-32"
      />
      <h2 className="mb-3 mt-8 text-xl font-bold">求职意向</h2>
      <Field
        id="intendedPosition"
        label="意向岗位"
        hint="如 数控车工、会计、护士"
        defaultValue={v.intendedPosition}
        error={fe.intendedPosition}
        width="w-80"
      />
      <Select
        id="intendedDistrict"
        key={`district-${v.intendedDistrict ?? ""}`}
        label="意向工作地（选填）"
        defaultValue={v.intendedDistrict ?? ""}
        error={fe.intendedDistrict}
        width="w-64"
      >
        <option value="">不限</option>
        {areas.map((a) => (
          <option key={a} value={a}>
            {a}
          </option>
        ))}
      </Select>
      <Textarea id="skills" label="技能特长" hint="证书、技能等级、会用的软件或设备" rows={3} defaultValue={v.skills} error={fe.skills} />
      <Textarea id="selfIntro" label="自我介绍（选填）" rows={4} defaultValue={v.selfIntro} error={fe.selfIntro} />
      <h2 className="mb-1 mt-8 text-xl font-bold">工作经历</h2>
      <p className="mb-3 text-base text-muted">从最近的一段写起，最多 {maxRows} 段；空着的一段不会保存。保存后会再多出一段空白可填写。</p>
      {fe.workHistory ? <p className="mb-3 font-semibold text-danger">{fe.workHistory[0]}</p> : null}
      {Array.from({ length: rows }, (_, r) => {
        const id = (f: string) => `workHistory.${r}.${f}`;
        return (
          <fieldset key={r} className="mb-6 border-l-4 border-line pl-4">
            <legend className="mb-2 text-lg font-semibold">第{r + 1}段工作经历</legend>
            <Field id={id("company")} label="单位名称" defaultValue={v[id("company")]} error={fe[id("company")]} />
            <Field id={id("title")} label="职位" defaultValue={v[id("title")]} error={fe[id("title")]} width="w-64" />
            <div className="flex flex-wrap gap-x-6">
              <Field
                id={id("from")}
                label="开始时间"
                hint="年-月，如 2020-07"
                defaultValue={v[id("from")]}
                error={fe[id("from")]}
                inputMode="numeric"
                width="w-40"
              />
              <Field
                id={id("to")}
                label="结束时间"
                hint="至今可不填"
                defaultValue={v[id("to")]}
                error={fe[id("to")]}
                inputMode="numeric"
                width="w-40"
              />
            </div>
            <Textarea id={id("duties")} label="工作内容（选填）" rows={2} defaultValue={v[id("duties")]} error={fe[id("duties")]} />
          </fieldset>
        );
      })}
      <Button type="submit" disabled={pending}>
        保存简历
      </Button>
    </form>
  );
}
