import type { Metadata } from "next";
import Link from "next/link";
import { getCaller, getSessionUser } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { chapterDoneAction } from "@/server/actions/sections";
import { SubPage, LINK, Outcome, SignInTo } from "@/components/sections/sub-page";
import { Button } from "@/components/ui/button";
import { one, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "课程章节" };

export default async function ChapterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const id = parseId((await params).id);
  const sp = await searchParams;
  const [caller, user] = await Promise.all([getCaller(), getSessionUser()]);
  const ch = await orNotFound(caller.culture.courses.chapter({ id }));
  const course = user ? await caller.culture.courses.get({ id: ch.courseId }) : null;
  const done = course?.chapters.find((c) => c.id === ch.id)?.completed ?? false;
  return (
    <SubPage
      crumbs={[
        { label: "智慧人文", href: "/culture" },
        { label: "学在南通", href: "/culture/courses" },
        { label: ch.courseTitle, href: `/culture/courses/${ch.courseId}` },
      ]}
      title={`第${ch.position}章 ${ch.title}`}
    >
      <Outcome done={one(sp.done)} error={one(sp.error)} />
      <p className="text-sm text-muted">
        约 {ch.durationMinutes} 分钟 · 共 {ch.total} 章
      </p>
      <div className="mt-4 space-y-3 text-base leading-relaxed">
        {ch.content.split(/\n+/).map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
      <div className="mt-8">
        {user ? (
          <form action={chapterDoneAction}>
            <input type="hidden" name="chapterId" value={ch.id} />
            <input type="hidden" name="completed" value={done ? "no" : "yes"} />
            <Button type="submit" variant={done ? "secondary" : "primary"}>
              {done ? "标记为未学完" : "我已学完本章"}
            </Button>
          </form>
        ) : (
          <SignInTo what="记录学习进度" returnTo={`/culture/courses/chapters/${ch.id}`} />
        )}
      </div>
      <nav aria-label="章节导航" className="mt-6 flex flex-wrap gap-6">
        {ch.previousId ? (
          <Link href={`/culture/courses/chapters/${ch.previousId}`} className={LINK}>
            上一章
          </Link>
        ) : null}
        {ch.nextId ? (
          <Link href={`/culture/courses/chapters/${ch.nextId}`} className={LINK}>
            下一章
          </Link>
        ) : null}
      </nav>
    </SubPage>
  );
}
