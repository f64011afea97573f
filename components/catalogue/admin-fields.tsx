"use client";

import { useActionState, useEffect, useRef, useState, type ReactNode, type TextareaHTMLAttributes } from "react";
import { importCatalogueAction, updateItemAction } from "@/server/actions/catalogue-admin";
import type { FormState } from "@/server/actions/auth";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

function describedBy(...ids: (string | undefined)[]) {
  return ids.filter(Boolean).join(" ") || undefined;
}

function FieldErrors({ id, errors }: { id: string; errors?: string[] | null }) {
  if (!errors?.length) return null;
  return (
    <div id={id} className="mb-1 font-semibold text-danger">
      {errors.length === 1 ? (
        <p>
          <span className="sr-only">错误：</span>
          {errors[0]}
        </p>
      ) : (
        <ul className="list-disc space-y-1 pl-5">
          {errors.map((m, i) => (
            <li key={i}>
              <span className="sr-only">错误：</span>
              {m}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

type TextAreaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & {
  id: string;
  label: string;
  hint?: ReactNode;
  errors?: string[] | null;
};

/** Labelled textarea with hint and every error listed (a JSON form definition can have several). */
export function TextAreaField({ id, label, hint, errors, className = "", rows = 4, ...textarea }: TextAreaProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  return (
    <div className={`mb-5 ${errorId ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <div id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </div>
      ) : null}
      <FieldErrors id={`${id}-error`} errors={errors} />
      <textarea
        id={id}
        name={id}
        rows={rows}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        className={`block min-h-tap w-full rounded-md border-2 bg-white px-3 py-2 text-base ${errorId ? "border-danger" : "border-ink"} ${className}`}
        {...textarea}
      />
    </div>
  );
}

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
  const errorId = error ? `${id}-error` : undefined;
  const known = options.includes(defaultValue ?? "");
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      <FieldErrors id={`${id}-error`} errors={error ? [error] : null} />
      <select
        id={id}
        name={id}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={errorId}
        className={`block min-h-tap w-full max-w-sm rounded-md border-2 bg-white px-3 text-base ${error ? "border-danger" : "border-ink"}`}
      >
        {!known ? <option value={defaultValue ?? ""}>{defaultValue ? `${defaultValue}（请改选）` : "请选择"}</option> : null}
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  hint,
  defaultChecked,
  error,
}: {
  id: string;
  label: string;
  hint?: string;
  defaultChecked: boolean;
  error?: string | null;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <FieldErrors id={`${id}-error`} errors={error ? [error] : null} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={id}
          type="checkbox"
          defaultChecked={defaultChecked}
          aria-describedby={describedBy(hintId, errorId)}
          className="mt-2 h-7 w-7 shrink-0 accent-brand-600"
        />
        <div>
          <label htmlFor={id} className="inline-flex min-h-tap items-center font-semibold">
            {label}
          </label>
          {hint ? (
            <p id={hintId} className="text-sm text-muted">
              {hint}
            </p>
          ) : null}
        </div>
      </div>
    </div>
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
        <TextAreaField id="summary" label="简介" rows={3} maxLength={1000} defaultValue={v.summary} errors={errs("summary")} />
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
        <TextAreaField id="conditions" label="申请条件" hint="每行一条" defaultValue={v.conditions} errors={errs("conditions")} />
        <TextAreaField
          id="materials"
          label="申报材料（JSON）"
          hint={
            'JSON 数组，每项如 {"name": "居民身份证", "form": "原件", "copies": 1, "required": true, "note": "可选"}；form 为 原件、复印件、电子证照、原件和复印件 之一。'
          }
          rows={10}
          spellCheck={false}
          className="font-mono"
          defaultValue={v.materials}
          errors={errs("materials")}
        />
        <TextAreaField id="steps" label="办理流程" hint="每行一个步骤，按先后顺序" defaultValue={v.steps} errors={errs("steps")} />
        <Field id="fees" label="收费标准" hint="不收费请填“不收费”" maxLength={500} defaultValue={v.fees} error={err("fees")} />
        <TextAreaField id="legalBasis" label="设定依据" hint="每行一条法律法规" defaultValue={v.legalBasis} errors={errs("legalBasis")} />
        <TextAreaField
          id="keywords"
          label="搜索关键词"
          hint="每行一个，市民常用的说法，如 社保、医保"
          rows={3}
          defaultValue={v.keywords}
          errors={errs("keywords")}
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
        <CheckboxField
          id="online"
          label="可全程网办"
          hint="勾选后必须有在线表单"
          defaultChecked={v.online === "on"}
          error={err("online")}
        />
        <CheckboxField
          id="requiresRealName"
          label="办理前需要实名认证"
          defaultChecked={v.requiresRealName === "on"}
          error={err("requiresRealName")}
        />
        <TextAreaField
          id="form"
          label="在线表单定义（JSON）"
          hint={FORM_HINT}
          rows={20}
          spellCheck={false}
          className="font-mono"
          defaultValue={v.form}
          errors={errs("form")}
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
      <div className={`mb-5 ${fileError ? "border-l-4 border-danger pl-3" : ""}`}>
        <label htmlFor="import-file" className="mb-1 block font-semibold">
          选择 JSON 文件
        </label>
        <p id="import-file-hint" className="mb-1 text-sm text-muted">
          格式与“导出 JSON”相同，最大 5MB、2000 个事项。编码已存在的事项会被更新，新编码会新增；只要有一项有误，整个文件都不会写入。
        </p>
        <FieldErrors id="import-file-error" errors={fileError ? [fileError] : null} />
        <input
          id="import-file"
          name="file"
          type="file"
          accept=".json,application/json"
          onChange={(e) => setTooBig((e.currentTarget.files?.[0]?.size ?? 0) > MAX_IMPORT_BYTES)}
          aria-invalid={fileError ? true : undefined}
          aria-describedby={describedBy("import-file-hint", fileError ? "import-file-error" : undefined)}
          className="block min-h-tap w-full max-w-md rounded-md border-2 border-ink bg-white p-2 text-base"
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在导入…" : "导入"}
      </Button>
    </form>
  );
}
