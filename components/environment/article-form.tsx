"use client";

import { useActionState } from "react";
import { saveArticleAction } from "@/server/actions/environment";
import type { ConflictFormState } from "@/server/lib/form-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import { firstError } from "@/components/ui/form-group";

export type ArticleDefaults = {
  slug: string;
  title: string;
  category: string;
  summary: string;
  body: string;
  keywords: string;
  source: string;
};

/** 环保百科 article: new (with its web address) or an edit of a version; what was typed survives errors and conflicts. */
export function ArticleForm({ id, version, defaults }: { id?: number; version?: number; defaults: ArticleDefaults }) {
  const [state, action, pending] = useActionState(saveArticleAction, {} as ConflictFormState);
  const v = { ...defaults, ...state.values };
  return (
    <form action={action} noValidate className="rounded-lg border border-line bg-white p-4">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.conflict && id ? (
        <p className="mb-4">
          <a href={`/admin/environment?edit=${encodeURIComponent(defaults.slug)}`} className="font-semibold">
            打开最新版本
          </a>
          （您填写的内容仍保留在下面）
        </p>
      ) : null}
      {id ? (
        <>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="version" value={version} />
          <input type="hidden" name="slug" value={defaults.slug} />
        </>
      ) : (
        <Field
          id="slug"
          label="网址标识"
          hint="3—60位小写字母、数字或连字符，如 pm25-protection"
          defaultValue={v.slug}
          error={firstError(state, "slug")}
          maxLength={60}
        />
      )}
      <Field id="title" label="标题" defaultValue={v.title} error={firstError(state, "title")} maxLength={60} />
      <Field
        id="category"
        label="栏目"
        hint="如 空气、水、垃圾分类、低碳生活"
        defaultValue={v.category}
        error={firstError(state, "category")}
        maxLength={20}
      />
      <Textarea id="summary" label="摘要" rows={2} defaultValue={v.summary} error={firstError(state, "summary")} maxLength={200} />
      <Textarea
        id="body"
        label="正文"
        hint="至少200字；空一行分段"
        rows={12}
        defaultValue={v.body}
        error={firstError(state, "body")}
        maxLength={20000}
      />
      <Field
        id="keywords"
        label="关键词（选填）"
        hint="用逗号分隔"
        defaultValue={v.keywords}
        error={firstError(state, "keywords")}
        maxLength={300}
      />
      <Field
        id="source"
        label="来源"
        hint="标准、文件名称；自编内容请填“示例内容”"
        defaultValue={v.source}
        error={firstError(state, "source")}
        maxLength={300}
      />
      <Button type="submit" disabled={pending}>
        {id ? "保存修改" : "发布文章"}
      </Button>
    </form>
  );
}
