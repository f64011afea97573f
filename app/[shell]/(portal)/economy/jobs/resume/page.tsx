import type { Metadata } from "next";
import Link from "next/link";
import { getCaller, getSessionUser } from "@/server/request";
import { hasPermission } from "@/server/auth/roles";
import { SubPage, Outcome, SignInTo, LINK } from "@/components/sections/sub-page";
import { ResumeForm, type ResumeValues } from "@/components/economy/resume-form";
import { formatDateTime } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";
import { AREAS } from "@/server/modules/economy/reference";
import { EDUCATION_LEVELS, MAX_WORK_HISTORY } from "@/server/modules/economy/validation";

export const metadata: Metadata = { title: "我的简历 · 乐业南通", description: "填写和修改求职简历，查看投递记录。" };

const CRUMBS = [
  { label: "智慧经济", href: "/economy" },
  { label: "就业", href: "/economy/jobs" },
];

export default async function ResumePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const returnTo = one(sp.returnTo);
  const back = returnTo && /^\/economy\/jobs\/\d{1,9}$/.test(returnTo) ? returnTo : undefined;
  const user = await getSessionUser();
  const lead = "投递职位时，用人单位收到的是这份简历在投递时的内容；之后修改不影响已投递的职位。";
  if (!user || !hasPermission(user.role, "jobs.apply"))
    return (
      <SubPage crumbs={CRUMBS} title="我的简历" lead={lead}>
        {user ? (
          <p>简历和求职投递请使用个人账号。</p>
        ) : (
          <SignInTo what="填写简历" returnTo={`/economy/jobs/resume${back ? `?returnTo=${encodeURIComponent(back)}` : ""}`} />
        )}
      </SubPage>
    );
  const caller = await getCaller();
  const [{ saved, resume }, applications] = await Promise.all([caller.economy.jobs.resume(), caller.economy.jobs.mine()]);
  const initial: ResumeValues = {
    fullName: resume.fullName,
    phone: resume.phone,
    education: resume.education ?? "",
    major: resume.major ?? "",
    experienceYears: resume.experienceYears === undefined ? "" : String(resume.experienceYears),
    intendedPosition: resume.intendedPosition ?? "",
    intendedDistrict: resume.intendedDistrict ?? "",
    skills: resume.skills ?? "",
    selfIntro: resume.selfIntro ?? "",
  };
  const history = resume.workHistory ?? [];
  history.forEach((w, r) => {
    initial[`workHistory.${r}.company`] = w.company;
    initial[`workHistory.${r}.title`] = w.title;
    initial[`workHistory.${r}.from`] = w.from;
    initial[`workHistory.${r}.to`] = w.to ?? "";
    initial[`workHistory.${r}.duties`] = w.duties ?? "";
  });
  return (
    <SubPage crumbs={CRUMBS} title="我的简历" lead={lead}>
      <Outcome done={one(sp.done)} error={one(sp.error)} />
      {!saved ? <p className="mb-6 text-base">您还没有保存过简历。姓名和手机号已从您的账号带入，请补全后保存，然后即可投递职位。</p> : null}
      <ResumeForm
        initial={initial}
        rows={Math.min(MAX_WORK_HISTORY, history.length + 1)}
        maxRows={MAX_WORK_HISTORY}
        educationLevels={EDUCATION_LEVELS}
        areas={AREAS}
        returnTo={back}
      />
      <h2 className="mt-10 text-xl font-bold">我的投递</h2>
      {applications.length === 0 ? (
        <p className="mt-2">
          还没有投递记录。去
          <Link href="/economy/jobs" className={LINK}>
            找工作
          </Link>
          。
        </p>
      ) : (
        <ul className="mt-2 divide-y divide-line border-y border-line">
          {applications.map((a) => (
            <li key={a.id} className="py-3">
              <Link href={`/economy/jobs/${a.postingId}`} className={`${LINK} text-lg font-semibold`}>
                {a.title}
              </Link>
              <p className="text-base">
                {a.employer} · {a.statusName} · 投递于 {formatDateTime(a.createdAt)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </SubPage>
  );
}
