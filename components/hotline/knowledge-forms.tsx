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
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { firstError } from "@/components/ui/form-group";

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
      <Field id="title" label="标题" defaultValue={v.title} error={firstError(state, "title")} maxLength={100} />
      <Textarea
        id="body"
        label="正文"
        hint="写清适用对象、办理方式、所需材料和答复要点。每行一段。"
        error={firstError(state, "body")}
        rows={12}
        maxLength={10000}
        defaultValue={v.body}
      />
      <Field
        id="keywords"
        label="关键词（选填）"
        hint="用逗号分隔，如：公积金，租房提取。坐席搜索这些词时能找到本文。"
        defaultValue={v.keywords}
        error={firstError(state, "keywords")}
        maxLength={300}
      />
      <Field
        id="catalogueItemIds"
        label="关联的一网通办事项编号（选填）"
        hint="事项详情页地址 /services/编号 中的数字，多个用逗号分隔，如：12, 34"
        defaultValue={v.catalogueItemIds}
        error={firstError(state, "catalogueItemIds")}
        inputMode="numeric"
        maxLength={200}
      />
      <Select id="categoryId" label="诉求分类（选填）" defaultValue={v.categoryId} width="w-auto max-w-full">
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
      </Select>
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
  return (
    <form action={action} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="proposalId" value={proposalId} />
      <Textarea
        id={id}
        name="reason"
        label="驳回理由（提议人会看到）"
        error={firstError(state, id)}
        rows={2}
        maxLength={500}
        defaultValue={state.values?.reason}
        spacing="mb-3"
      />
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
