import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller, getClientContext } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { PART_NAMES } from "@/server/modules/health-records/validation";
import { Block, CARD, LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { DownloadLink } from "@/components/ui/download-link";
import { Notice } from "@/components/ui/notice";

export const metadata: Metadata = { title: "健康档案", robots: { index: false } };
// Health records are personal: rendered per request, never cached.
export const dynamic = "force-dynamic";
export const fetchCache = "force-no-store";

const TRAIL = [{ label: "健康南通", href: "/life/health" }];

export default async function HealthRecordsPage() {
  await guardPage("citizen.services", "/life/health/records");
  const caller = await getCaller();
  let people: Awaited<ReturnType<typeof caller.life.healthRecords.people>>;
  try {
    people = await caller.life.healthRecords.people();
  } catch (e) {
    const why = appErrorOf(e);
    if (!why || why.code !== "FORBIDDEN") throw e;
    return (
      <div className={PAGE}>
        <LifeHeader trail={TRAIL} title="健康档案" />
        <Notice tone="warn">
          {why.message}。
          <Link href="/me" className="font-semibold underline">
            去实名认证
          </Link>
        </Notice>
      </div>
    );
  }
  const ctx = await getClientContext();
  const self = people.find((p) => p.via === "self");
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={TRAIL}
        title="健康档案"
        lead={
          <p>
            居民电子健康档案：体检报告、预防接种、家庭医生签约和慢病随访。以下为示例数据。健康档案属于敏感个人信息，只有您本人、未满18周岁子女的监护人和您授权的家人可以查看，他人每次查看都会记录在
            <Link href="/me/privacy" className="font-semibold underline">
              我的数据与隐私
            </Link>
            中。
          </p>
        }
      />
      <Block id="people" title="可以查看的档案">
        {people.length === 0 ? <p>还没有查询到您的健康档案。</p> : null}
        <ul className="grid gap-3 sm:grid-cols-2">
          {people.map((p) => (
            <li key={p.personId} className={CARD}>
              <Link href={`/life/health/records/${p.personId}`} className={`${LINK} text-lg`}>
                {p.via === "self" ? `我的健康档案（${p.name}）` : `${p.name}的健康档案`}
              </Link>
              <p className="text-sm text-muted">
                {p.viaName} · {p.age}岁
              </p>
              {p.via === "grantee" ? <p className="text-sm">可查看：{p.parts.map((x) => PART_NAMES[x]).join("、")}</p> : null}
            </li>
          ))}
        </ul>
      </Block>
      <Block id="manage" title="授权与导出">
        <ul className="space-y-2">
          <li>
            <Link href="/life/health/records/access" className={LINK}>
              授权家人查看我的健康档案（可随时撤销）
            </Link>
          </li>
          {self ? (
            <li>
              <DownloadLink href="/life/health/records/export" wechat={ctx.wechat}>
                下载我的健康档案（JSON 文件）
              </DownloadLink>
            </li>
          ) : null}
          <li>
            <Link href="/life/family" className={LINK}>
              管理家庭成员（添加子女后可查看其健康档案）
            </Link>
          </li>
        </ul>
      </Block>
    </div>
  );
}
