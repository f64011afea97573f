"use client";

import { useActionState } from "react";
import type { FormField, FormPage } from "@/server/modules/catalogue/form-types";
import { savePageAction } from "@/server/actions/applications";
import type { FormState } from "@/server/actions/auth";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";

type Props = {
  applicationId: number;
  page: FormPage;
  values: Record<string, string | string[]>;
  uploaded: Record<string, string>;
  stepLabel: string;
};

const INPUT = "block min-h-tap w-full max-w-xl rounded-md border-2 bg-white px-3 text-base";

/** One question page generated from the item's form definition (GOV.UK question-page pattern). */
export function QuestionForm({ applicationId, page, values, uploaded, stepLabel }: Props) {
  const [state, action, pending] = useActionState(savePageAction, {} as FormState);
  const current = (name: string): string | string[] => {
    const v = state.values?.[name];
    if (v !== undefined) return v.includes("\u0000") ? v.split("\u0000") : v;
    return values[name] ?? "";
  };
  return (
    <form action={action} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <input type="hidden" name="applicationId" value={applicationId} />
      <input type="hidden" name="pageId" value={page.id} />
      <p className="text-muted">{stepLabel}</p>
      <h1 className="mb-6 text-3xl font-bold">{page.title}</h1>
      {page.fields.map((f) => (
        <Question
          key={f.name}
          field={f}
          value={current(f.name)}
          error={state.fieldErrors?.[f.name]?.[0] ?? null}
          uploaded={uploaded[f.name]}
        />
      ))}
      <div className="mt-8 flex flex-wrap items-center gap-4">
        <Button type="submit" name="intent" value="continue" disabled={pending}>
          {pending ? "正在保存…" : "保存并继续"}
        </Button>
        <Button type="submit" name="intent" value="draft" variant="secondary" formNoValidate disabled={pending}>
          保存草稿
        </Button>
      </div>
    </form>
  );
}

function Question({
  field: f,
  value,
  error,
  uploaded,
}: {
  field: FormField;
  value: string | string[];
  error: string | null;
  uploaded?: string;
}) {
  const id = f.name;
  const hintId = f.hint || f.type === "file" ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(" ") || undefined;
  const wrap = `mb-6 ${error ? "border-l-4 border-danger pl-3" : ""}`;
  const hint =
    f.type === "file" ? (
      <p id={hintId} className="mb-1 text-sm text-muted">
        {f.hint ? `${f.hint}。` : ""}
        {(f.accept ?? ["pdf", "jpg", "png"]).map((a) => a.toUpperCase()).join("、")} 格式，不超过 10MB。
        {uploaded ? `已上传：${uploaded}（重新选择文件可替换）` : ""}
      </p>
    ) : f.hint ? (
      <p id={hintId} className="mb-1 text-sm text-muted">
        {f.hint}
      </p>
    ) : null;
  const err = error ? (
    <p id={errorId} className="mb-1 font-semibold text-danger">
      <span className="sr-only">错误：</span>
      {error}
    </p>
  ) : null;
  const label = `${f.label}${f.required ? "" : "（选填）"}`;
  const border = error ? "border-danger" : "border-ink";
  const str = Array.isArray(value) ? "" : value;

  if (f.type === "radio" || (f.type === "checkbox" && f.options?.length)) {
    const multi = f.type === "checkbox";
    const selected = Array.isArray(value) ? value : [value];
    return (
      <fieldset className={wrap} aria-describedby={describedBy} id={id}>
        <legend className="mb-2 font-semibold">{label}</legend>
        {hint}
        {err}
        <div className="space-y-2">
          {(f.options ?? []).map((o, i) => (
            <label key={o.value} className="flex min-h-tap items-center gap-3">
              <input
                type={multi ? "checkbox" : "radio"}
                name={f.name}
                value={o.value}
                defaultChecked={selected.includes(o.value)}
                className="h-7 w-7"
                id={i === 0 ? undefined : `${id}-${i}`}
              />
              {o.label}
            </label>
          ))}
        </div>
      </fieldset>
    );
  }
  if (f.type === "checkbox") {
    return (
      <div className={wrap}>
        {hint}
        {err}
        <label className="flex min-h-tap items-center gap-3 font-semibold">
          <input
            id={id}
            type="checkbox"
            name={f.name}
            value="yes"
            defaultChecked={str === "yes"}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            className="h-7 w-7"
          />
          {f.label}
        </label>
      </div>
    );
  }
  return (
    <div className={wrap}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint}
      {err}
      {f.type === "textarea" ? (
        <textarea
          id={id}
          name={f.name}
          rows={5}
          defaultValue={str}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`${INPUT} ${border} py-2`}
        />
      ) : f.type === "select" ? (
        <select
          id={id}
          name={f.name}
          defaultValue={str}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`${INPUT} ${border}`}
        >
          <option value="">请选择</option>
          {(f.options ?? []).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : f.type === "file" ? (
        <input
          id={id}
          name={f.name}
          type="file"
          accept={(f.accept ?? ["pdf", "jpg", "png"]).map((a) => (a === "jpg" ? ".jpg,.jpeg" : `.${a}`)).join(",")}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`${INPUT} ${border} py-2`}
        />
      ) : (
        <input
          id={id}
          name={f.name}
          type={f.type === "date" ? "date" : f.type === "phone" ? "tel" : f.type === "email" ? "email" : "text"}
          inputMode={f.type === "number" ? "decimal" : f.type === "phone" ? "numeric" : undefined}
          autoComplete={f.type === "phone" ? "tel" : f.type === "email" ? "email" : "off"}
          defaultValue={str}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          className={`${INPUT} ${border}`}
        />
      )}
    </div>
  );
}
