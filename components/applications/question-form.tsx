"use client";

import { useActionState } from "react";
import type { FormField, FormPage } from "@/server/modules/catalogue/form-types";
import { savePageAction } from "@/server/actions/applications";
import type { FormState } from "@/server/actions/auth";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Fieldset, firstError } from "@/components/ui/form-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Props = {
  applicationId: number;
  page: FormPage;
  values: Record<string, string | string[]>;
  uploaded: Record<string, string>;
  stepLabel: string;
};

const WIDTH = "w-full max-w-xl";

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
        <Question key={f.name} field={f} value={current(f.name)} error={firstError(state, f.name)} uploaded={uploaded[f.name]} />
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
  const accept = f.accept ?? ["pdf", "jpg", "png"];
  const hint =
    f.type === "file"
      ? `${f.hint ? `${f.hint}。` : ""}${accept.map((a) => a.toUpperCase()).join("、")} 格式，不超过 10MB。${uploaded ? `已上传：${uploaded}（重新选择文件可替换）` : ""}`
      : f.hint;
  const label = `${f.label}${f.required ? "" : "（选填）"}`;
  const str = Array.isArray(value) ? "" : value;
  const common = { id, label, hint, error, width: WIDTH, spacing: "mb-6" };

  if (f.type === "radio" || (f.type === "checkbox" && f.options?.length)) {
    const multi = f.type === "checkbox";
    const selected = Array.isArray(value) ? value : [value];
    return (
      <Fieldset id={id} legend={label} hint={hint} error={error} spacing="mb-6">
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
      </Fieldset>
    );
  }
  if (f.type === "checkbox") {
    return (
      <Checkbox id={id} name={f.name} label={f.label} hint={hint} error={error} value="yes" defaultChecked={str === "yes"} spacing="mb-6" />
    );
  }
  if (f.type === "textarea") return <Textarea {...common} name={f.name} rows={5} defaultValue={str} />;
  if (f.type === "select") {
    return (
      <Select {...common} name={f.name} defaultValue={str}>
        <option value="">请选择</option>
        {(f.options ?? []).map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </Select>
    );
  }
  if (f.type === "file") {
    return (
      <Field
        {...common}
        name={f.name}
        type="file"
        accept={accept.map((a) => (a === "jpg" ? ".jpg,.jpeg" : `.${a}`)).join(",")}
        className="py-2"
      />
    );
  }
  return (
    <Field
      {...common}
      name={f.name}
      type={f.type === "date" ? "date" : f.type === "phone" ? "tel" : f.type === "email" ? "email" : "text"}
      inputMode={f.type === "number" ? "decimal" : f.type === "phone" ? "numeric" : undefined}
      autoComplete={f.type === "phone" ? "tel" : f.type === "email" ? "email" : "off"}
      defaultValue={str}
    />
  );
}
