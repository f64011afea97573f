"use client";

import { useActionState } from "react";
import { changeArticleStatusAction, saveArticleDraftAction } from "@/server/actions/governance-publish";
import type { ConflictFormState } from "@/server/lib/form-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { firstError } from "@/components/ui/form-group";

export type ArticleDraftValues = {
  kind: string;
  title: string;
  summary: string;
  bodyHtml: string;
  docNumber: string;
  publisher: string;
  interpretsId: string;
};

/** The latest version's link, shown when a save or a status change lost a race. */
function Conflict({ id, kept }: { id: number; kept: boolean }) {
  return (
    <p className="mb-4">
      <a href={`/admin/articles/${id}`} className="font-semibold">
        打开最新版本
      </a>
      {kept ? "（您填写的内容仍保留在下面，可复制后在最新版本上修改）" : null}
    </p>
  );
}

/**
 * 政务公开 article: a new draft, or an edit of one version. Rich text is HTML; the server keeps only
 * safe tags (scripts, event handlers and styles are removed). What was typed survives every error.
 */
export function ArticleDraftForm({
  id,
  version,
  defaults,
  kinds,
  policies,
}: {
  id?: number;
  version?: number;
  defaults: ArticleDraftValues;
  kinds: Record<string, string>;
  policies: { id: number; label: string }[];
}) {
  const [state, action, pending] = useActionState(saveArticleDraftAction, {} as ConflictFormState);
  const v = { ...defaults, ...state.values };
  return (
    <form
      action={action}
      noValidate
      aria-label={id ? "修改文章" : "新建文章"}
      className="max-w-3xl rounded-lg border border-line bg-white p-4"
    >
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.conflict && id ? <Conflict id={id} kept /> : null}
      {id !== undefined ? (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      <Select id="kind" key={`kind-${v.kind}`} label="栏目" defaultValue={v.kind} error={firstError(state, "kind")} width="w-64">
        <option value="">请选择</option>
        {Object.entries(kinds).map(([code, name]) => (
          <option key={code} value={code}>
            {name}
          </option>
        ))}
      </Select>
      <Field id="title" label="标题" defaultValue={v.title} error={firstError(state, "title")} maxLength={100} />
      <Field
        id="publisher"
        label="发布机构"
        hint="如 南通市人民政府办公室"
        defaultValue={v.publisher}
        error={firstError(state, "publisher")}
        maxLength={50}
        width="w-96 max-w-full"
      />
      <Field
        id="docNumber"
        label="文号（仅政策文件）"
        hint="如 通政发〔2026〕1号"
        defaultValue={v.docNumber}
        error={firstError(state, "docNumber")}
        maxLength={50}
        width="w-80 max-w-full"
      />
      <Select
        id="interpretsId"
        key={`interprets-${v.interpretsId}`}
        label="解读的政策文件（仅政策解读）"
        defaultValue={v.interpretsId}
        error={firstError(state, "interpretsId")}
      >
        <option value="">无</option>
        {policies.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </Select>
      <Textarea
        id="summary"
        label="摘要（选填）"
        hint="不填时取正文开头"
        rows={2}
        defaultValue={v.summary}
        error={firstError(state, "summary")}
        maxLength={300}
      />
      <Textarea
        id="bodyHtml"
        label="正文"
        hint="可用 HTML：段落 <p>、标题 <h2>/<h3>、列表 <ul>/<ol>/<li>、加粗 <strong>、链接 <a>、表格。脚本、事件属性和样式会被移除。"
        rows={16}
        defaultValue={v.bodyHtml}
        error={firstError(state, "bodyHtml")}
        className="font-mono text-sm"
      />
      <Button type="submit" disabled={pending}>
        {id ? "保存修改" : "保存草稿"}
      </Button>
    </form>
  );
}

/** Publish or withdraw one version (a button form; a stale version is a conflict with a link to the latest). */
export function ArticleStatusForm({ id, version, to, title }: { id: number; version: number; to: "publish" | "withdraw"; title: string }) {
  const [state, action, pending] = useActionState(changeArticleStatusAction, {} as ConflictFormState);
  return (
    <form action={action} aria-label={to === "publish" ? "发布" : "撤回"} className="mb-4">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.conflict ? <Conflict id={id} kept={false} /> : null}
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="to" value={to} />
      <Button type="submit" variant={to === "publish" ? "primary" : "danger"} disabled={pending}>
        {to === "publish" ? `发布“${title}”` : `撤回“${title}”`}
      </Button>
    </form>
  );
}
