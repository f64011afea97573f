import type { Metadata } from "next";
import Link from "next/link";
import { getCaller, getSessionUser } from "@/server/request";
import { SubPage, LINK } from "@/components/sections/sub-page";

export const metadata: Metadata = { title: "学在南通", description: "面向南通市民的在线课程，按章节学习并记录学习进度。" };

export default async function CoursesPage() {
  const [caller, user] = await Promise.all([getCaller(), getSessionUser()]);
  const [courses, mine] = await Promise.all([
    caller.culture.courses.list({}),
    user ? caller.culture.courses.mine() : Promise.resolve(null),
  ]);
  return (
    <SubPage crumbs={[{ label: "智慧人文", href: "/culture" }]} title="学在南通" lead="按章节学习，学完一章标记一下，随时回来继续。">
      {mine && mine.length ? (
        <section aria-labelledby="mine-h" className="mb-8">
          <h2 id="mine-h" className="text-xl font-bold">
            我的学习
          </h2>
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {mine.map((c) => (
              <li key={c.courseId} className="py-2">
                <Link href={`/culture/courses/${c.courseId}`} className={LINK}>
                  {c.title}
                </Link>
                <span className="ml-2">
                  已学 {c.done}/{c.total} 章（{c.percent}%）
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <h2 className="text-xl font-bold">全部课程（{courses.length} 门）</h2>
      <ul className="mt-2 grid gap-4 sm:grid-cols-2 elder:grid-cols-1">
        {courses.map((c) => (
          <li key={c.id} className="rounded-lg border border-line bg-white p-4">
            <h3 className="text-lg font-semibold">
              <Link href={`/culture/courses/${c.id}`} className={LINK}>
                {c.title}
              </Link>
            </h3>
            <p className="text-sm text-muted">
              {c.provider} · {c.category} · {c.level} · {c.chapters} 章 {c.minutes} 分钟
            </p>
            <p className="mt-1 text-base">{c.summary}</p>
          </li>
        ))}
      </ul>
    </SubPage>
  );
}
