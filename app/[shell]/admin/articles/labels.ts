import { ARTICLE_STATUSES } from "@/server/modules/governance/validation";

/** A policy document in the "解读的政策文件" list: title, 文号, and its state when not published. */
export function policyOptionLabel(p: { title: string; docNumber: string | null; status: string }): string {
  const state = p.status === "published" ? "" : `（${ARTICLE_STATUSES[p.status as keyof typeof ARTICLE_STATUSES] ?? p.status}）`;
  return `${p.title}${p.docNumber ? ` ${p.docNumber}` : ""}${state}`;
}

/** Outcome codes of /admin/articles/[id]?done= (our own texts: a crafted URL cannot make the page say anything else). */
export const DONE_TEXT: Record<string, string> = {
  created: "草稿已保存。检查无误后可以发布。",
  saved: "修改已保存。",
  published: "已发布，政务公开栏目已更新。",
  withdrawn: "已撤回，公众不再能看到这篇文章。",
};
