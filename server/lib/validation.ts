import { z, ZodError } from "zod";
import { AppError } from "./errors";

/**
 * The one way a zod failure becomes an error a person can act on. Procedures (the tRPC error mapper),
 * services (`parseInput`) and server actions (`toFormState`) all go through `invalidInput`, so a form
 * posted through an action gets the same Chinese field messages as the HTTP API.
 *
 * Messages: every schema should say in Chinese how to fix the input; where one does not, the defaults
 * below (short Chinese for lengths and missing values) and then zod's zh-CN locale apply.
 */

type Issue = z.core.$ZodRawIssue;

function sizeMessage(issue: Issue): string | undefined {
  if (issue.code !== "too_big" && issue.code !== "too_small") return undefined;
  const limit = Number(issue.code === "too_big" ? issue.maximum : issue.minimum);
  const big = issue.code === "too_big";
  switch (issue.origin) {
    case "string":
      return big ? `不能超过${limit}个字` : limit <= 1 ? "请填写此项" : `至少填写${limit}个字`;
    case "array":
    case "set":
      return big ? `最多${limit}项` : `至少${limit}项`;
    case "number":
    case "int":
    case "bigint":
      return big ? `不能大于${limit}` : `不能小于${limit}`;
    default:
      return undefined;
  }
}

z.config({
  ...z.locales.zhCN(),
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return "请填写此项";
    return sizeMessage(issue);
  },
});

/** The message of a failed form or request as a whole; the field messages say what to fix. */
export const INVALID_INPUT_MESSAGE = "提交的信息有误，请按提示修改";

/** PostgreSQL `integer` (int4): ids and versions above it would fail in the database, so they fail validation instead. */
export const INT4_MAX = 2_147_483_647;

/** A row id or other positive int4 (a bad one is a 400 with `message`, never a database error). */
export const zId = (message = "编号无效") => z.number({ error: message }).int(message).positive(message).max(INT4_MAX, message);
/** The id every procedure takes for a row. */
export const ZId = zId();
/** An id posted as form text ("12"); anything else, or an id outside int4, fails. */
export const ZFormId = z.coerce.number().int().positive().max(INT4_MAX);
/** The version a form carries for optimistic concurrency. */
export const ZVersion = zId("版本号无效，请刷新页面后重试");

/** Names of list positions in messages: `form.0.fields.2` → "第1页第3个字段". */
const LIST_ITEM: Record<string, (n: number) => string> = {
  form: (n) => `第${n}页`,
  fields: (n) => `第${n}个字段`,
  materials: (n) => `第${n}项材料`,
  options: (n) => `第${n}个选项`,
};

/**
 * Where below its top-level field an issue is: "第1页第3个字段 validation.pattern". List positions are
 * counted from 1; the names of lists that are described by their position ("fields", "options") are left out.
 */
export function describePath(path: readonly PropertyKey[]): string {
  let out = "";
  const keys: string[] = [];
  path.slice(1).forEach((seg, k) => {
    const parent = path[k];
    if (typeof seg === "number") {
      if (keys.length) out += ` ${keys.splice(0).join(".")} `;
      out += (typeof parent === "string" ? LIST_ITEM[parent] : undefined)?.(seg + 1) ?? `第${seg + 1}项`;
    } else if (seg !== "fields" && seg !== "options") keys.push(String(seg));
  });
  if (keys.length) out += ` ${keys.join(".")}`;
  return out.trim();
}

/** An issue's message, prefixed with where it is when that is below the top-level field. */
export function issueMessage(issue: z.core.$ZodIssue): string {
  const where = describePath(issue.path);
  return where ? `${where}：${issue.message}` : issue.message;
}

/**
 * How field errors are keyed: `field` (forms) by the top-level field, nested positions described in the
 * message ("第1页第3个字段 name：…"); `path` (machine-facing ingest APIs) by the full dotted path ("lots.1"),
 * message as is.
 */
export type FieldErrorKeys = { by?: "field" | "path" };

/** Field errors of a zod failure ("_" when the whole value is wrong), in the order zod found them. */
export function zodFieldErrors(error: ZodError, opts: FieldErrorKeys = {}): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    if (opts.by === "path") {
      (out[issue.path.map(String).join(".") || "_"] ??= []).push(issue.message);
      continue;
    }
    const key = typeof issue.path[0] === "string" ? issue.path[0] : "_";
    (out[key] ??= []).push(issueMessage(issue));
  }
  return out;
}

/** A zod failure as the AppError every layer understands: BAD_REQUEST, the first problem as message, all problems per field. */
export function invalidInput(error: ZodError, opts: FieldErrorKeys = {}): AppError {
  const first = error.issues[0];
  const message = first ? (opts.by === "path" ? first.message : issueMessage(first)) : INVALID_INPUT_MESSAGE;
  return new AppError("BAD_REQUEST", message, zodFieldErrors(error, opts));
}

/** Validates with `schema` or throws `invalidInput` (services validate what reaches them by other paths than tRPC). */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, opts: FieldErrorKeys = {}): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw invalidInput(r.error, opts);
  return r.data;
}

/** The output of a paged list procedure: one page of `item`, with the total and the page asked for. */
export const zPaged = <T extends z.ZodType>(item: T) =>
  z.object({ total: z.number(), page: z.number(), pageSize: z.number(), items: z.array(item) });
