"use server";

import { revalidatePath } from "next/cache";
import { getCaller } from "@/server/request";
import { toFormState, type FormState } from "@/server/lib/form-state";
import { INVALID_INPUT_MESSAGE } from "@/server/lib/validation";
import { ZItemEdit } from "@/server/modules/catalogue/validation";

const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/** Inputs of the edit form, kept as typed so a failed save shows the admin's own text again. */
const TEXT_KEYS = [
  "id",
  "version",
  "name",
  "summary",
  "theme",
  "kind",
  "conditions",
  "materials",
  "steps",
  "fees",
  "legalBasis",
  "legalDays",
  "promisedDays",
  "visits",
  "phone",
  "place",
  "keywords",
  "form",
] as const;
const FLAG_KEYS = ["online", "requiresRealName"] as const;

/** One entry per line; blank lines are ignored. */
const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** "" is left for zod to report as missing; anything else becomes a number (NaN is rejected there too). */
const numberOrMissing = (text: string) => (text.trim() === "" ? undefined : Number(text.trim()));

function parseJson(text: string, whenEmpty: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  if (text.trim() === "") return { ok: true, value: whenEmpty };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, message: `JSON 格式有误：${e instanceof Error ? e.message : String(e)}` };
  }
}

/** Saves the edit form of one catalogue item (guide fields, materials and form definition as JSON). */
export async function updateItemAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const kept: Record<string, string> = Object.fromEntries(TEXT_KEYS.map((k) => [k, String(formData.get(k) ?? "")]));
  for (const k of FLAG_KEYS) kept[k] = formData.get(k) ? "on" : "";

  const materials = parseJson(kept.materials!, []);
  const form = parseJson(kept.form!, null);
  const candidate = {
    id: numberOrMissing(kept.id!),
    version: numberOrMissing(kept.version!),
    name: kept.name,
    summary: kept.summary,
    theme: kept.theme,
    kind: kept.kind,
    conditions: lines(kept.conditions!),
    materials: materials.ok ? materials.value : [],
    steps: lines(kept.steps!),
    fees: kept.fees,
    legalBasis: lines(kept.legalBasis!),
    legalDays: numberOrMissing(kept.legalDays!),
    promisedDays: numberOrMissing(kept.promisedDays!),
    visits: numberOrMissing(kept.visits!),
    phone: kept.phone,
    online: kept.online === "on",
    requiresRealName: kept.requiresRealName === "on",
    keywords: lines(kept.keywords!),
    place: kept.place,
    form: form.ok ? form.value : null,
  };
  const parsed = ZItemEdit.safeParse(candidate);
  const jsonErrors: Record<string, string[]> = {};
  if (!materials.ok) jsonErrors.materials = [materials.message];
  if (!form.ok) jsonErrors.form = [form.message];
  if (!parsed.success || Object.keys(jsonErrors).length > 0) {
    const fieldErrors = parsed.success ? {} : toFormState(parsed.error).fieldErrors;
    // A JSON syntax error hides what zod said about the stand-in value.
    return { message: INVALID_INPUT_MESSAGE, fieldErrors: { ...fieldErrors, ...jsonErrors }, values: kept };
  }
  try {
    const saved = await (await getCaller()).catalogue.admin.update(parsed.data);
    revalidatePath("/admin/catalogue");
    revalidatePath(`/admin/catalogue/${saved.id}`);
    revalidatePath(`/services/${saved.id}`);
    return { info: `已保存，版本 ${saved.version}`, values: { ...kept, version: String(saved.version) } };
  } catch (e) {
    return toFormState(e, kept);
  }
}

/** Imports a catalogue JSON file (all or nothing); the summary lists what to fix, by item. */
export async function importCatalogueAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const file = formData.get("file");
  const fail = (message: string): FormState => ({ message, fieldErrors: { file: [message] } });
  if (!(file instanceof File) || file.size === 0) return fail("请选择要导入的 JSON 文件");
  if (!file.name.toLowerCase().endsWith(".json")) return fail("只能导入 .json 文件，请先用“导出 JSON”得到格式正确的文件");
  if (file.size > MAX_IMPORT_BYTES) return fail("文件不能超过5MB，请分批导入");
  let items: unknown;
  try {
    items = JSON.parse((await file.text()).replace(/^\uFEFF/, ""));
  } catch (e) {
    return fail(`JSON 格式有误：${e instanceof Error ? e.message : String(e)}`);
  }
  try {
    const result = await (await getCaller()).catalogue.admin.import({ items });
    revalidatePath("/admin/catalogue");
    revalidatePath("/services");
    return { info: `导入完成：共 ${result.total} 个事项，新增 ${result.created} 个，更新 ${result.updated} 个。` };
  } catch (e) {
    return toFormState(e);
  }
}
