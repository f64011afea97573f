import type { Metadata } from "next";
import { getCaller, getSessionUser } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { hasPermission } from "@/server/auth/roles";
import { applyJobAction } from "@/server/actions/sections";
import Link from "next/link";
import { SubPage, Outcome, SignInTo, LINK } from "@/components/sections/sub-page";
import { SummaryList } from "@/components/ui/summary-list";
import { Button } from "@/components/ui/button";
import { one, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "岗位详情" };

export default async function JobPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<SearchParams> }) {
  const id = parseId((await params).id);
  const sp = await searchParams;
  const [caller, user] = await Promise.all([getCaller(), getSessionUser()]);
  const j = await orNotFound(caller.economy.jobs.get({ id }));
  const seeker = !!user && hasPermission(user.role, "jobs.apply");
  const hasResume = seeker && j.open ? (await caller.economy.jobs.resume()).saved : false;
  return (
    <SubPage
      crumbs={[
        { label: "智慧经济", href: "/economy" },
        { label: "就业", href: "/economy/jobs" },
      ]}
      title={j.title}
    >
      <Outcome done={one(sp.done)} error={one(sp.error)} />
      <SummaryList
        rows={[
          ["用人单位", j.employer],
          ["薪资", j.salaryText],
          ["工作地点", `${j.district}${j.address}`],
          ["学历", j.education],
          ["经验", j.experience],
          ["招聘人数", `${j.headcount} 人`],
          ["福利", j.benefits.join("、") || "—"],
          ["截止日期", j.closesOn],
          ...(j.fairTitle ? [["招聘会", j.fairTitle] as const] : []),
        ]}
      />
      <h2 className="mt-6 text-xl font-bold">岗位职责</h2>
      <p className="mt-2 whitespace-pre-line text-base">{j.description}</p>
      <h2 className="mt-6 text-xl font-bold">任职要求</h2>
      <p className="mt-2 whitespace-pre-line text-base">{j.requirements}</p>
      <div className="mt-8">
        {!j.open ? (
          <p>该岗位已停止招聘。</p>
        ) : seeker && !hasResume ? (
          <p className="text-base">
            投递前请先
            <Link href={`/economy/jobs/resume?returnTo=${encodeURIComponent(`/economy/jobs/${j.id}`)}`} className={LINK}>
              填写简历
            </Link>
            ，保存后会回到本页。
          </p>
        ) : seeker ? (
          <form action={applyJobAction}>
            <input type="hidden" name="postingId" value={j.id} />
            <p className="mb-2 text-base">
              将用
              <Link href={`/economy/jobs/resume?returnTo=${encodeURIComponent(`/economy/jobs/${j.id}`)}`} className={LINK}>
                您的简历
              </Link>
              投递（用人单位收到投递时的简历内容）。
            </p>
            <Button type="submit">投递简历</Button>
          </form>
        ) : user ? (
          <p>求职投递请使用个人账号。</p>
        ) : (
          <SignInTo what="投递简历" returnTo={`/economy/jobs/${j.id}`} />
        )}
      </div>
    </SubPage>
  );
}
