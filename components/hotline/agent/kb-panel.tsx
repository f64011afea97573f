"use client";

import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { useEffect, useRef, useState } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/root";
import { Button } from "@/components/ui/button";

export type KbHit = { id: number; title: string; snippet: string };
type Source = "form" | "description" | "box";

const trpc = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })] });
/** Wait this long after the last key before searching (a typist's pause, not every keystroke). */
export const KB_DEBOUNCE_MS = 400;
const MAX_QUERY = 500;

/**
 * 知识库 beside the intake form on /agent/calls. Without JavaScript it is a GET form (?kb=…) the page answers
 * with results. With it, the panel searches as the agent types the 诉求内容 (the caller's own words are
 * matched against each article's keywords) or its own search box, a moment after the typing pauses.
 */
export function KbPanel({
  phone,
  query,
  initial,
  descriptionId,
}: {
  phone: string;
  query: string;
  initial: KbHit[] | null;
  descriptionId: string;
}) {
  const [hits, setHits] = useState<KbHit[] | null>(initial);
  const [source, setSource] = useState<Source>("form");
  const [status, setStatus] = useState("");
  const [failed, setFailed] = useState(false);
  const seq = useRef(0);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  function schedule(text: string, from: Source) {
    clearTimeout(timer.current);
    const q = text.trim().slice(0, MAX_QUERY);
    timer.current = setTimeout(() => void run(q, from), KB_DEBOUNCE_MS);
  }

  async function run(q: string, from: Source) {
    const mine = ++seq.current;
    if (q.length < 2) {
      if (from === "box") setHits(null);
      setStatus("");
      return;
    }
    setStatus("正在搜索知识库…");
    try {
      const r = await trpc.hotline.knowledge.search.query({ q, limit: 8 });
      if (mine !== seq.current) return; // a newer search is under way
      setHits(r.items.map(({ id, title, snippet }) => ({ id, title, snippet })));
      setSource(from);
      setFailed(false);
      setStatus(r.items.length ? `找到 ${r.items.length} 篇相关答复口径` : "没有找到相关答复口径");
    } catch {
      if (mine !== seq.current) return;
      setFailed(true);
      setStatus("");
    }
  }

  useEffect(() => {
    const el = document.getElementById(descriptionId);
    if (!el) return;
    const onInput = (e: Event) => schedule((e.target as HTMLTextAreaElement).value, "description");
    el.addEventListener("input", onInput);
    return () => {
      el.removeEventListener("input", onInput);
      clearTimeout(timer.current);
    };
    // schedule only reads refs and setters
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [descriptionId]);

  return (
    <section aria-labelledby="kb-panel-title" className="rounded-lg border border-line bg-white p-4">
      <h2 id="kb-panel-title" className="mb-1 text-xl font-bold">
        知识库
      </h2>
      <p className="mb-2 text-sm text-muted">边记录诉求内容边推荐答复口径；也可以直接搜索。文章在新窗口打开，登记表不受影响。</p>
      <form method="get" action="/agent/calls" role="search" aria-labelledby="kb-panel-title" className="mb-3">
        <input type="hidden" name="phone" value={phone} />
        <label htmlFor="kb-panel-q" className="mb-1 block font-semibold">
          搜索答复口径
        </label>
        <div className="flex gap-2">
          <input
            id="kb-panel-q"
            name="kb"
            type="search"
            defaultValue={query}
            maxLength={MAX_QUERY}
            autoComplete="off"
            accessKey="k"
            className="min-h-tap w-full min-w-0 rounded-md border-2 border-ink px-3 py-2"
            onChange={(e) => schedule(e.currentTarget.value, "box")}
          />
          <Button type="submit" variant="secondary" className="shrink-0">
            搜索
          </Button>
        </div>
      </form>
      <p role="status" className="min-h-6 text-sm">
        {status}
      </p>
      {failed ? (
        <p role="alert" className="mb-2 border-l-4 border-danger bg-danger-bg p-2">
          知识库暂时搜不到：请按“搜索”按钮再试一次，或打开
          <a href="/agent/knowledge" target="_blank" rel="noopener">
            知识库页面（新窗口）
          </a>
          查找；登记表里已填的内容不受影响。
        </p>
      ) : null}
      {hits === null ? (
        <p className="text-muted">输入诉求内容或搜索词后，这里显示相关的答复口径。</p>
      ) : hits.length === 0 ? (
        <p>没有找到相关答复口径。换个说法，例如事情的名称（“公积金提取”“噪声”），再试。</p>
      ) : (
        <>
          {source === "description" ? <p className="mb-1 text-sm font-semibold">按诉求内容推荐：</p> : null}
          <ol className="divide-y divide-line" aria-label="答复口径">
            {hits.map((h) => (
              <li key={h.id} className="py-2">
                <a
                  href={`/agent/knowledge/${h.id}`}
                  target="_blank"
                  rel="noopener"
                  className="inline-flex min-h-tap items-center font-semibold"
                >
                  {h.title}
                  <span className="sr-only">（新窗口打开）</span>
                </a>
                <p className="line-clamp-3 text-sm break-words">{h.snippet}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
