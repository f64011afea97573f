import type { Metadata } from "next";
import Link from "next/link";
import { randomUUID } from "node:crypto";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { CARE_SERVICE_CODES, CARE_SERVICES } from "@/server/modules/community/validation";
import { CareRequestForm } from "@/components/life/community-forms";
import { LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { formatIsoDate } from "@/components/ui/format";

export const metadata: Metadata = { title: "申请居家养老服务", robots: { index: false } };

export default async function CarePage() {
  await guardPage("citizen.services", "/life/community/care");
  const caller = await getCaller();
  const [me, family, centres] = await Promise.all([caller.account.me(), caller.life.family.list(), caller.life.community.centres({})]);
  const thisYear = Number(formatIsoDate(new Date()).slice(0, 4));
  const elders = [
    ...(me.realName.verified ? [{ value: "self", label: `本人（${me.realName.nameMasked}）` }] : []),
    ...family
      .filter((m) => m.birthDate && thisYear - Number(m.birthDate.slice(0, 4)) >= 60)
      .map((m) => ({ value: String(m.id), label: `${m.relationName} ${m.nameMasked}（${m.birthDate!.slice(0, 4)}年生）` })),
  ];
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={[{ label: "社区服务", href: "/life/community" }]}
        title="申请居家养老服务"
        lead={<p>服务面向60周岁及以上老人。提交后社区服务中心会受理并安排上门，每一步都会通知您。</p>}
      />
      <div className="mt-6 max-w-2xl">
        {elders.length === 0 ? (
          <p className="mb-4">
            您还没有可选择的60周岁以上老人。
            <Link href={`/life/family?returnTo=${encodeURIComponent("/life/community/care")}`} className={LINK}>
              添加家中老人
            </Link>
          </p>
        ) : null}
        <CareRequestForm
          elders={elders}
          centres={centres}
          services={CARE_SERVICE_CODES.map((c) => ({ code: c, name: CARE_SERVICES[c] }))}
          idempotencyKey={randomUUID()}
          defaultPhone=""
          minDate={formatIsoDate(new Date())}
        />
      </div>
    </div>
  );
}
