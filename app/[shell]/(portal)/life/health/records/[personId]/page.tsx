import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { PART_NAMES } from "@/server/modules/health-records/validation";
import { Block, CARD, LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { Notice } from "@/components/ui/notice";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "健康档案", robots: { index: false } };
export const dynamic = "force-dynamic";
export const fetchCache = "force-no-store";

const TRAIL = [
  { label: "健康南通", href: "/life/health" },
  { label: "健康档案", href: "/life/health/records" },
];

export default async function PersonRecordsPage({ params }: { params: Promise<{ personId: string }> }) {
  const { personId } = await params;
  await guardPage("account.self", `/life/health/records/${personId}`);
  const id = /^\d{1,9}$/.test(personId) ? Number(personId) : 0;
  if (!id) notFound();
  const caller = await getCaller();
  const r = await caller.life.healthRecords.person({ personId: id }).catch((e: unknown) => {
    const why = appErrorOf(e);
    if (why?.code === "NOT_FOUND") notFound();
    if (why?.code === "FORBIDDEN") return why.message;
    throw e;
  });
  if (typeof r === "string") {
    return (
      <div className={PAGE}>
        <LifeHeader trail={TRAIL} title="健康档案" />
        <Notice tone="warn">{r}</Notice>
      </div>
    );
  }
  const title = r.via === "self" ? "我的健康档案" : `${r.person.name}的健康档案`;
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={TRAIL}
        title={title}
        lead={
          <p>
            {r.person.name}，{r.person.age}岁 · 您的身份：{r.viaName}
            {r.via !== "self" ? "。您的这次查看已记录，档案本人可以看到。" : "。"}以下为示例数据。
          </p>
        }
      />
      {r.via === "grantee" ? <Notice>对方授权您查看：{r.parts.map((p) => PART_NAMES[p]).join("、")}。</Notice> : null}
      {r.reminders.length > 0 ? (
        <Block id="reminders" title="健康提醒">
          <ul className="space-y-2">
            {r.reminders.map((m) => (
              <li key={m.title} className="border-l-8 border-warn bg-warn-bg p-3">
                <strong>{m.title}</strong>
                <span className="block">{m.body}</span>
              </li>
            ))}
          </ul>
        </Block>
      ) : null}
      {r.checkups ? (
        <Block id="checkups" title="体检报告">
          {r.checkups.length === 0 ? <p>没有体检报告。</p> : null}
          <ul className="space-y-3">
            {r.checkups.map((c) => (
              <li key={c.id} className={CARD}>
                <Link href={`/life/health/records/report/${c.id}`} className={LINK}>
                  {c.examinedOn} {c.kind}
                </Link>
                <span className="block text-sm text-muted">{c.institution}</span>
                <span className={`block text-sm font-semibold ${c.flaggedCount > 0 ? "text-danger" : "text-success"}`}>
                  {c.flaggedCount > 0 ? `${c.flaggedCount}项指标超出参考范围` : "各项指标均在参考范围内"}
                </span>
              </li>
            ))}
          </ul>
        </Block>
      ) : null}
      {r.vaccinations ? (
        <Block id="vaccinations" title="预防接种记录">
          {r.vaccinations.length === 0 ? (
            <p>没有预防接种记录。</p>
          ) : (
            <Table
              caption="预防接种记录，最近的在前"
              scrollLabel="预防接种记录"
              rows={r.vaccinations}
              rowKey={(v) => v.id}
              cardsLabel="预防接种记录"
              card={(v) => (
                <>
                  <strong>
                    {v.vaccine} {v.dose}
                  </strong>
                  <span className="block">接种日期：{v.vaccinatedOn}</span>
                  <span className="block text-sm text-muted">{v.institution}</span>
                  {v.nextDueOn ? <span className="block font-semibold">下一剂：{v.nextDueOn}</span> : null}
                </>
              )}
              columns={[
                { header: "接种日期", cell: (v) => v.vaccinatedOn, nowrap: true },
                { header: "疫苗", cell: (v) => v.vaccine, rowHeader: true },
                { header: "剂次", cell: (v) => v.dose, nowrap: true },
                { header: "接种单位", cell: (v) => v.institution },
                { header: "下一剂", cell: (v) => v.nextDueOn ?? "—", nowrap: true },
              ]}
            />
          )}
        </Block>
      ) : null}
      {r.parts.includes("family_doctor") ? (
        <Block id="family-doctor" title="家庭医生签约">
          {r.familyDoctor ? (
            <div className="max-w-2xl">
              <SummaryList
                rows={[
                  ["家庭医生", r.familyDoctor.doctorName],
                  ["团队", r.familyDoctor.team],
                  ["社区卫生服务中心", r.familyDoctor.centre],
                  ["联系电话", r.familyDoctor.phone ?? "—"],
                  ["签约日期", r.familyDoctor.signedOn],
                  [
                    "有效期至",
                    `${r.familyDoctor.validUntil}${r.familyDoctor.active ? "（有效）" : "（已过期，请到社区卫生服务中心续签）"}`,
                  ],
                ]}
              />
            </div>
          ) : (
            <p>还没有签约家庭医生。可以到所在街道的社区卫生服务中心签约。</p>
          )}
        </Block>
      ) : null}
      {r.followUps ? (
        <Block id="follow-ups" title="慢病随访">
          {r.followUps.length === 0 ? (
            <p>没有慢病随访记录。</p>
          ) : (
            <ul className="space-y-3">
              {r.followUps.map((f) => (
                <li key={f.id} className={CARD}>
                  <strong>
                    {f.followedOn} {f.condition}随访（{f.method}）
                  </strong>
                  <p>检查结果：{f.findings}</p>
                  <p>医生建议：{f.advice}</p>
                  <p className="text-sm text-muted">
                    随访医生：{f.doctorName}
                    {f.nextOn ? ` · 下次随访：${f.nextOn}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Block>
      ) : null}
    </div>
  );
}
