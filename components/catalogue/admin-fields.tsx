"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { importCatalogueAction, updateItemAction } from "@/server/actions/catalogue-admin";
import type { FormState } from "@/server/actions/auth";
import { Field } from "@/components/ui/field";
import { Checkbox } from "@/components/ui/checkbox";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export function SelectField({
  id,
  label,
  options,
  defaultValue,
  error,
}: {
  id: string;
  label: string;
  options: readonly string[];
  defaultValue?: string;
  error?: string | null;
}) {
  const known = options.includes(defaultValue ?? "");
  return (
    <Select id={id} label={label} defaultValue={defaultValue} error={error} width="w-full max-w-sm">
      {!known ? <option value={defaultValue ?? ""}>{defaultValue ? `${defaultValue}（请改选）` : "请选择"}</option> : null}
      {options.map((o) => (
        <option key={o} value={o}>
          {o}
        </option>
      ))}
    </Select>
  );
}

const FORM_HINT = (
  <>
    <p>
      JSON 数组，每页为 {"{"}&quot;id&quot;, &quot;title&quot;, &quot;fields&quot;{"}"}。字段含
      name（英文字母开头，表单内不重复）、label、type、required，可选 hint、options、validation、accept。
    </p>
    <p>
      type 可为 text、textarea、number、date、select、radio、checkbox、phone、idcard、email、file；select 和 radio 需要 options，file 需要
      accept（pdf、jpg、png）。validation.pattern 须是有效的正则表达式。不可网办的事项可留空。
    </p>
  </>
);

/** The edit form of one catalogue item; `initial` holds every input as text (lists one per line, JSON pretty-printed). */
export function ItemEditForm({ initial, kinds }: { initial: Record<string, string>; kinds: readonly string[] }) {
  const [state, action, pending] = useActionState<FormState, FormData>(updateItemAction, {});
  const v = state.values ?? initial;
  const errs = (k: string) => state.fieldErrors?.[k] ?? null;
  const err = (k: string) => errs(k)?.[0] ?? null;
  return (
    <form action={action} noValidate aria-label="编辑事项">
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="id" value={v.id} />
      <input type="hidden" name="version" value={v.version} />

      <fieldset className="mb-6 rounded-lg border border-line bg-white p-5">
        <legend className="px-1 text-xl font-bold">基本信息</legend>
        <Field id="name" label="事项名称" maxLength={100} defaultValue={v.name} error={err("name")} />
        <Textarea id="summary" label="简介" rows={3} maxLength={1000} defaultValue={v.summary} error={errs("summary")} />
        <Field
          id="theme"
          label="主题"
          hint="如 社会保障、户籍办理"
          maxLength={30}
          defaultValue={v.theme}
          error={err("theme")}
          width="w-full max-w-sm"
        />
        <SelectField id="kind" label="事项类型" options={kinds} defaultValue={v.kind} error={err("kind")} />
      </fieldset>

      <fieldset className="mb-6 rounded-lg border border-line bg-white p-5">
        <legend className="px-1 text-xl font-bold">办事指南</legend>
        <Textarea rows={4} id="conditions" label="申请条件" hint="每行一条" defaultValue={v.conditions} error={errs("conditions")} />
        <Textarea
          id="materials"
          label="申报材料（JSON）"
          hint={
            'JSON 数组，每项如 {"name": "居民身份证", "form": "原件", "copies": 1, "required": true, "note": "可选"}；form 为 原件、复印件、电子证照、原件和复印件 之一。'
          }
          rows={10}
          spellCheck={false}
          className="font-mono"
          defaultValue={v.materials}
          error={errs("materials")}
        />
        <Textarea rows={4} id="steps" label="办理流程" hint="每行一个步骤，按先后顺序" defaultValue={v.steps} error={errs("steps")} />
        <Field id="fees" label="收费标准" hint="不收费请填“不收费”" maxLength={500} defaultValue={v.fees} error={err("fees")} />
        <Textarea
          rows={4}
          id="legalBasis"
          label="设定依据"
          hint="每行一条法律法规"
          defaultValue={v.legalBasis}
          error={errs("legalBasis")}
        />
        <Textarea
          id="keywords"
          label="搜索关键词"
          hint="每行一个，市民常用的说法，如 社保、医保"
          rows={3}
          defaultValue={v.keywords}
          error={errs("keywords")}
        />
      </fieldset>

      <fieldset className="mb-6 rounded-lg border border-line bg-white p-5">
        <legend className="px-1 text-xl font-bold">时限与到场</legend>
        <Field
          id="legalDays"
          label="法定时限（工作日）"
          inputMode="numeric"
          maxLength={3}
          defaultValue={v.legalDays}
          error={err("legalDays")}
          width="w-28"
        />
        <Field
          id="promisedDays"
          label="承诺时限（工作日）"
          hint="0 表示即办；不能超过法定时限"
          inputMode="numeric"
          maxLength={3}
          defaultValue={v.promisedDays}
          error={err("promisedDays")}
          width="w-28"
        />
        <Field
          id="visits"
          label="到现场次数"
          hint="0 到 5 次"
          inputMode="numeric"
          maxLength={1}
          defaultValue={v.visits}
          error={err("visits")}
          width="w-28"
        />
        <Field id="place" label="办理地点" hint="到现场次数大于 0 时必填" maxLength={200} defaultValue={v.place} error={err("place")} />
        <Field
          id="phone"
          label="咨询电话"
          maxLength={60}
          autoComplete="off"
          defaultValue={v.phone}
          error={err("phone")}
          width="w-full max-w-sm"
        />
      </fieldset>

      <fieldset className="mb-6 rounded-lg border border-line bg-white p-5">
        <legend className="px-1 text-xl font-bold">网上办理</legend>
        <Checkbox id="online" label="可全程网办" hint="勾选后必须有在线表单" defaultChecked={v.online === "on"} error={err("online")} />
        <Checkbox
          id="requiresRealName"
          label="办理前需要实名认证"
          defaultChecked={v.requiresRealName === "on"}
          error={err("requiresRealName")}
        />
        <Textarea
          id="form"
          label="在线表单定义（JSON）"
          hint={FORM_HINT}
          rows={20}
          spellCheck={false}
          className="font-mono"
          defaultValue={v.form}
          error={errs("form")}
        />
      </fieldset>

      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : "保存修改"}
      </Button>
    </form>
  );
}

/** Import: the summary takes focus and lists, per item, what to fix (at most 50 lines from the service). */
export function ImportForm() {
  const [state, action, pending] = useActionState<FormState, FormData>(importCatalogueAction, {});
  // Checked here too: a file over the limit would otherwise be cut off by the server before any message.
  const [tooBig, setTooBig] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  const details = Object.entries(state.fieldErrors ?? {}).flatMap(([, msgs]) => msgs ?? []);
  const fileError = tooBig ? "文件不能超过5MB，请分批导入" : (state.fieldErrors?.file?.[0] ?? null);
  const failed = Boolean(state.message);
  useEffect(() => {
    if (failed) ref.current?.focus();
  }, [failed, state]);
  return (
    <form
      action={action}
      aria-labelledby="import-title"
      onSubmit={(e) => {
        if (tooBig) e.preventDefault();
      }}
    >
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      {failed ? (
        <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="import-error-title" className="mb-6 border-4 border-danger bg-white p-4">
          <h3 id="import-error-title" className="mb-2 text-lg font-bold">
            出现问题
          </h3>
          <p className="mb-2 font-semibold text-danger">
            <a href="#import-file" className="text-danger underline">
              {state.message}
            </a>
          </p>
          {details.length > 0 && !fileError ? (
            <ul className="list-disc space-y-1 pl-5">
              {details.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      <Field
        id="import-file"
        name="file"
        label="选择 JSON 文件"
        hint="格式与“导出 JSON”相同，最大 5MB、2000 个事项。编码已存在的事项会被更新，新编码会新增；只要有一项有误，整个文件都不会写入。"
        type="file"
        accept=".json,application/json"
        onChange={(e) => setTooBig((e.currentTarget.files?.[0]?.size ?? 0) > MAX_IMPORT_BYTES)}
        error={fileError}
        width="w-full max-w-md"
        className="py-2"
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在导入…" : "导入"}
      </Button>
    </form>
  );
}
