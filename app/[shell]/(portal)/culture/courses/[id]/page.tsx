import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { SubPage, LINK, SignInTo } from "@/components/sections/sub-page";

export const metadata: Metadata = { title: "课程" };

export default async function CoursePage({ params }: { params: Promise<{ id: string }> }) {
  const id = parseId((await params).id);
  const c = await orNotFound((await getCaller()).culture.courses.get({ id }));
  return (
    <SubPage
      crumbs={[
        { label: "智慧人文", href: "/culture" },
        { label: "学在南通", href: "/culture/courses" },
      ]}
      title={c.title}
      lead={c.summary}
    >
      <p className="text-sm text-muted">
        {c.provider} · {c.category} · {c.level}
      </p>
      {c.progress ? (
        <div className="my-4">
          <p className="text-base font-semibold">
            学习进度：{c.progress.completed}/{c.progress.total} 章（{c.progress.percent}%）
          </p>
          <progress max={100} value={c.progress.percent} className="h-4 w-full max-w-md" aria-label="学习进度">
            {c.progress.percent}%
          </progress>
        </div>
      ) : (
        <div className="my-4">
          <SignInTo what="记录学习进度" returnTo={`/culture/courses/${c.id}`} />
        </div>
      )}
      {c.nextChapterId ? (
        <p className="mb-4">
          <Link href={`/culture/courses/chapters/${c.nextChapterId}`} className={`${LINK} text-lg font-semibold`}>
            {c.progress?.completed ? "继续学习" : "开始学习"}
          </Link>
        </p>
      ) : null}
      <p className="whitespace-pre-line text-base">{c.description}</p>
      <h2 className="mt-6 text-xl font-bold">章节</h2>
      <ol className="mt-2 divide-y divide-line border-y border-line">
        {c.chapters.map((ch) => (
          <li key={ch.id} className="flex flex-wrap items-center gap-2 py-2">
            <Link href={`/culture/courses/chapters/${ch.id}`} className={LINK}>
              第{ch.position}章 {ch.title}
            </Link>
            <span className="text-sm text-muted">{ch.durationMinutes} 分钟</span>
            {ch.completed ? <span className="rounded bg-brand-50 px-2 text-sm">已学完</span> : null}
          </li>
        ))}
      </ol>
    </SubPage>
  );
}
