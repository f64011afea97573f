import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { shanghaiDate } from "@/server/lib/working-days";
import { revokeRecordAccessAction } from "@/server/actions/health-records";
import { PART_NAMES } from "@/server/modules/health-records/validation";
import { ActionButton } from "@/components/life/action-button";
import { GrantForm } from "@/components/health-records/grant-form";
import { Block, CARD, LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "授权家人查看健康档案", robots: { index: false } };
export const dynamic = "force-dynamic";
export const fetchCache = "force-no-store";

const TRAIL = [
  { label: "健康南通", href: "/life/health" },
  { label: "健康档案", href: "/life/health/records" },
];

type Search = Promise<{ granted?: string; revoked?: string }>;

export default async function RecordAccessPage({ searchParams }: { searchParams: Search }) {
  await guardPage("citizen.services", "/life/health/records/access");
  const q = await searchParams;
  const caller = await getCaller();
  const data = await caller.life.healthRecords.grants();
  const today = shanghaiDate(new Date());
  const max = new Date(`${today}T00:00:00Z`);
  max.setUTCDate(max.getUTCDate() + 366);
  const people = await caller.life.healthRecords.people().catch((e: unknown) => {
    if (appErrorOf(e)?.code === "FORBIDDEN") return null;
    throw e;
  });
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={TRAIL}
        title="授权家人查看健康档案"
        lead={
          <p>
            您可以让年满18周岁的家人查看您的部分健康档案，并设定截止日期；到期自动失效，也可以随时撤销，撤销立即生效。家人每次查看都会记录在
            <Link href="/me/privacy" className="font-semibold underline">
              我的数据与隐私
            </Link>
            中。未满18周岁子女的档案由父母（监护人）直接查看，无需授权。
          </p>
        }
      />
      {q.granted ? <Notice tone="success">已授权。对方登录智慧南通并完成实名认证后，可以在“健康档案”中查看。</Notice> : null}
      {q.revoked ? <Notice tone="success">已撤销授权，对方从现在起不能再查看。</Notice> : null}
      {people === null ? <Notice tone="warn">健康档案属于敏感个人信息，请先完成实名认证再授权。</Notice> : null}

      <Block id="grants" title="我的授权">
        {data.grants.length === 0 ? <p>您还没有授权任何人查看。</p> : null}
        <ul className="space-y-3">
          {data.grants.map((g) => (
            <li key={g.id} className={`${CARD} flex flex-wrap items-start justify-between gap-3`}>
              <div>
                <strong>
                  {g.granteeName} · {g.statusName}
                </strong>
                <p>可查看：{g.scopes.map((s) => PART_NAMES[s]).join("、")}</p>
                <p className="text-sm text-muted">
                  授权于 {formatDateTime(g.createdAt)}，截止 {g.endsOn}
                  {g.revokedAt ? `，已于 ${formatDateTime(g.revokedAt)} 撤销` : ""}
                </p>
              </div>
              {g.status === "active" ? (
                <ActionButton
                  action={revokeRecordAccessAction}
                  hidden={{ id: g.id }}
                  label={`撤销对${g.granteeName}的授权`}
                  variant="danger"
                />
              ) : null}
            </li>
          ))}
        </ul>
      </Block>

      {people !== null ? (
        <Block id="grant" title="新增授权">
          {data.members.length === 0 ? (
            <p>
              请先在
              <Link href="/life/family?returnTo=/life/health/records/access" className={LINK}>
                家庭成员
              </Link>
              中添加年满18周岁的家人。
            </p>
          ) : (
            <div className="max-w-xl">
              <GrantForm members={data.members} minDate={today} maxDate={max.toISOString().slice(0, 10)} />
            </div>
          )}
        </Block>
      ) : null}
    </div>
  );
}
