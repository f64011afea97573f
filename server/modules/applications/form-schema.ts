import { ZMobile } from "@/server/lib/phone";
import { invalidInput } from "@/server/lib/validation";
import { z } from "zod";
import type { FormField, FormPage } from "@/server/modules/catalogue/form-types";
import { maskIdCard, validateIdCard } from "@/server/lib/id-card";

export type Answers = Record<string, string | string[]>;

function textRule(f: FormField): z.ZodType<string> {
  const v = f.validation ?? {};
  const re = v.pattern ? new RegExp(v.pattern) : null;
  // Free text is bounded even when the definition is silent, so a form cannot be flooded.
  const max = v.maxLength ?? (f.type === "textarea" ? 2000 : 200);
  return z
    .string()
    .trim()
    .superRefine((x, ctx) => {
      const fail = (message: string) => ctx.addIssue({ code: "custom", message });
      if (x === "") {
        if (f.required) fail(`请输入${f.label}`);
        return;
      }
      const n = Array.from(x).length;
      if (v.minLength && n < v.minLength) return fail(`${f.label}至少${v.minLength}个字`);
      if (n > max) return fail(`${f.label}不能超过${max}个字`);
      if (re && !re.test(x)) fail(v.patternMessage ?? `${f.label}格式不正确`);
    });
}

/** The zod rule for one question, with Chinese messages that say how to fix the answer. */
export function fieldRule(f: FormField): z.ZodType<string | string[]> {
  const optional = (rule: z.ZodType<string>) => (f.required ? rule : z.union([z.literal(""), rule]));
  switch (f.type) {
    case "text":
    case "textarea":
      return textRule(f);
    case "number": {
      const v = f.validation ?? {};
      return z
        .string()
        .trim()
        .refine((x) => !f.required || x !== "", `请输入${f.label}`)
        .refine((x) => x === "" || /^-?\d+(\.\d{1,2})?$/.test(x), `${f.label}必须是数字，最多两位小数`)
        .refine((x) => x === "" || v.min === undefined || Number(x) >= v.min, `${f.label}不能小于${v.min}`)
        .refine((x) => x === "" || v.max === undefined || Number(x) <= v.max, `${f.label}不能大于${v.max}`);
    }
    case "date":
      return optional(
        z
          .string()
          .trim()
          .min(1, `请输入${f.label}`)
          .refine(
            (x) =>
              /^\d{4}-\d{2}-\d{2}$/.test(x) &&
              !Number.isNaN(Date.parse(`${x}T00:00:00Z`)) &&
              new Date(`${x}T00:00:00Z`).toISOString().startsWith(x),
            `${f.label}应为有效日期，如 2026-01-31`,
          ),
      );
    case "phone":
      return optional(
        z
          .string()
          .trim()
          .min(1, `请输入${f.label}`)
          .pipe(ZMobile(`${f.label}应为11位手机号`)),
      );
    case "email":
      return optional(z.string().trim().min(1, `请输入${f.label}`).email(`${f.label}格式不正确，如 name@example.com`));
    case "idcard":
      return optional(
        z
          .string()
          .trim()
          .min(1, `请输入${f.label}`)
          .superRefine((x, ctx) => {
            const r = validateIdCard(x);
            if (!r.ok) ctx.addIssue({ code: "custom", message: r.message });
          }),
      );
    case "select":
    case "radio": {
      const values = (f.options ?? []).map((o) => o.value);
      return optional(z.string().refine((x) => values.includes(x), `请选择${f.label}`));
    }
    case "checkbox": {
      if (f.options && f.options.length > 0) {
        const values = (f.options ?? []).map((o) => o.value);
        return z
          .array(z.string())
          .refine((xs) => xs.every((x) => values.includes(x)), `${f.label}的选项无效`)
          .refine((xs) => !f.required || xs.length > 0, `请至少选择一项${f.label}`);
      }
      return z.string().refine((x) => !f.required || x === "yes", `请勾选“${f.label}”`);
    }
    case "file":
      // the value is an attachment id; presence is checked here, type and size at upload
      return z.string().refine((x) => !f.required || x.length > 0, `请上传${f.label}`);
  }
}

/** Validates one question page's answers; returns clean values or Chinese messages per field. */
export function validatePage(
  page: FormPage,
  answers: Answers,
): { ok: true; values: Answers } | { ok: false; errors: Record<string, string[]> } {
  const values: Answers = {};
  const errors: Record<string, string[]> = {};
  for (const f of page.fields) {
    const raw = answers[f.name] ?? (f.type === "checkbox" && f.options?.length ? [] : "");
    const r = fieldRule(f).safeParse(raw);
    if (r.success) values[f.name] = r.data;
    else errors[f.name] = [invalidInput(r.error).message];
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, values };
}

/** Reads a page's fields from submitted form data (checkbox groups as arrays). */
export function answersFromForm(page: FormPage, form: FormData): Answers {
  const out: Answers = {};
  for (const f of page.fields) {
    if (f.type === "file") continue;
    if (f.type === "checkbox" && f.options?.length) out[f.name] = form.getAll(f.name).map(String);
    else out[f.name] = String(form.get(f.name) ?? "");
  }
  return out;
}

/** Shown on the check-answers page and to staff. */
/**
 * An answer as the pages show it. ID numbers are masked (3206**********1234) as everywhere else on the
 * site; only the handling department's page passes `revealIdNumbers`, because it checks them.
 */
export function displayAnswer(f: FormField, value: string | string[] | undefined, opts: { revealIdNumbers?: boolean } = {}): string {
  if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) return "未填写";
  if (f.type === "idcard" && typeof value === "string" && !opts.revealIdNumbers) return maskIdCard(value);
  const label = (v: string) => f.options?.find((o) => o.value === v)?.label ?? v;
  if (Array.isArray(value)) return value.map(label).join("、");
  if (f.type === "checkbox" && !f.options?.length) return value === "yes" ? "已勾选" : "未勾选";
  if (f.type === "select" || f.type === "radio") return label(value);
  return value;
}
