"use client";

import { useActionState } from "react";
import {
  archiveArticleAction,
  proposeArticleAction,
  publishProposalAction,
  rejectProposalAction,
  type KbFormState,
} from "@/server/actions/hotline-knowledge";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

const first = (s: KbFormState, k: string) => s.fieldErrors?.[k]?.[0] ?? null;
const textarea = (bad: boolean) => `block w-full rounded-md border-2 bg-white px-3 py-2 ${bad ? "border-danger" : "border-ink"}`;

export type ProposalDefaults = { title: string; body: string; keywords: string; catalogueItemIds: string; categoryId: string };

/** 提议新文章 / 提议修改: what the agent typed survives every error. */
export function ProposeForm({
  articleId,
  baseVersion,
  defaults,
  categories,
}: {
  articleId?: number;
  baseVersion?: number;
  defaults: ProposalDefaults;
  categories: { id: number; name: string; group: string }[];
}) {
  const [state, action, pending] = useActionState(proposeArticleAction, {} as KbFormState);
  const v = state.values ?? defaults;
  const bodyErr = first(state, "body");
  const groups = [...new Set(categories.map((c) => c.group))];
  return (
    <form action={action} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.conflict && articleId ? (
        <p className="-mt-4 mb-4">
          <a href={`/agent/knowledge/${articleId}`} className="inline-flex min-h-tap items-center font-semibold">
            打开文章的最新版本
          </a>
          （您填写的内容仍保留在下面，可复制后在最新版本上修改）
        </p>
      ) : null}
      {articleId ? <input type="hidden" name="articleId" value={articleId} /> : null}
      {baseVersion ? <input type="hidden" name="baseVersion" value={baseVersion} /> : null}
      <Field id="title" label="标题" defaultValue={v.title} error={first(state, "title")} maxLength={100} />
      <div className={`mb-5 ${bodyErr ? "border-l-4 border-danger pl-3" : ""}`}>
        <label htmlFor="body" className="mb-1 block font-semibold">
          正文
        </label>
        <p id="body-hint" className="mb-1 text-sm text-muted">
          写清适用对象、办理方式、所需材料和答复要点。每行一段。
        </p>
        {bodyErr ? (
          <p id="body-error" className="mb-1 font-semibold text-danger">
            <span className="sr-only">错误：</span>
            {bodyErr}
          </p>
        ) : null}
        <textarea
          id="body"
          name="body"
          rows={12}
          maxLength={10000}
          defaultValue={v.body}
          aria-describedby={`body-hint${bodyErr ? " body-error" : ""}`}
          aria-invalid={bodyErr ? true : undefined}
          className={textarea(Boolean(bodyErr))}
        />
      </div>
      <Field
        id="keywords"
        label="关键词（选填）"
        hint="用逗号分隔，如：公积金，租房提取。坐席搜索这些词时能找到本文。"
        defaultValue={v.keywords}
        error={first(state, "keywords")}
        maxLength={300}
      />
      <Field
        id="catalogueItemIds"
        label="关联的一网通办事项编号（选填）"
        hint="事项详情页地址 /services/编号 中的数字，多个用逗号分隔，如：12, 34"
        defaultValue={v.catalogueItemIds}
        error={first(state, "catalogueItemIds")}
        inputMode="numeric"
        maxLength={200}
      />
      <div className="mb-5">
        <label htmlFor="categoryId" className="mb-1 block font-semibold">
          诉求分类（选填）
        </label>
        <select
          id="categoryId"
          name="categoryId"
          defaultValue={v.categoryId}
          className="min-h-tap rounded-md border-2 border-ink bg-white px-2"
        >
          <option value="">不指定</option>
          {groups.map((g) => (
            <optgroup key={g} label={g}>
              {categories
                .filter((c) => c.group === g)
                .map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "正在提交…" : "提交提议"}
      </Button>
    </form>
  );
}

export function PublishForm({ proposalId, stale }: { proposalId: number; stale: boolean }) {
  const [state, action, pending] = useActionState(publishProposalAction, {} as KbFormState);
  return (
    <form action={action} className="mb-3">
      <ErrorSummary message={state.message} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在发布…" : stale ? "仍然尝试发布" : "发布"}
        <span className="sr-only">提议 {proposalId}</span>
      </Button>
    </form>
  );
}

export function RejectForm({ proposalId }: { proposalId: number }) {
  const [state, action, pending] = useActionState(rejectProposalAction, {} as KbFormState);
  const id = `reason-${proposalId}`;
  const err = first(state, id);
  return (
    <form action={action} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <div className={`mb-3 ${err ? "border-l-4 border-danger pl-3" : ""}`}>
        <label htmlFor={id} className="mb-1 block font-semibold">
          驳回理由（提议人会看到）
        </label>
        {err ? (
          <p id={`${id}-error`} className="mb-1 font-semibold text-danger">
            {err}
          </p>
        ) : null}
        <textarea
          id={id}
          name="reason"
          rows={2}
          maxLength={500}
          defaultValue={state.values?.reason}
          aria-describedby={err ? `${id}-error` : undefined}
          aria-invalid={err ? true : undefined}
          className={textarea(Boolean(err))}
        />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        驳回<span className="sr-only">提议 {proposalId}</span>
      </Button>
    </form>
  );
}

export function ArchiveForm({ articleId, version }: { articleId: number; version: number }) {
  const [state, action, pending] = useActionState(archiveArticleAction, {} as KbFormState);
  return (
    <form action={action}>
      <ErrorSummary message={state.message} />
      <input type="hidden" name="articleId" value={articleId} />
      <input type="hidden" name="version" value={version} />
      <Button type="submit" variant="danger" disabled={pending}>
        下架此文章
      </Button>
    </form>
  );
}
