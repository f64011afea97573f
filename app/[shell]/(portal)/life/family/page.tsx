import type { Metadata } from "next";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { removeFamilyMemberAction } from "@/server/actions/life";
import { ActionButton } from "@/components/life/action-button";
import { AddFamilyMemberForm } from "@/components/life/family-form";
import { Block, LifeHeader, PAGE } from "@/components/life/life-nav";
import { Notice } from "@/components/ui/notice";
import { one } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "家庭成员（就诊人、游客）", robots: { index: false } };

type Search = Promise<{ returnTo?: string | string[]; added?: string; removed?: string }>;

export default async function FamilyPage({ searchParams }: { searchParams: Search }) {
  await guardPage("citizen.services", "/life/family");
  const q = await searchParams;
  const returnTo = one(q.returnTo);
  const safeReturn = returnTo && returnTo.startsWith("/") && !returnTo.startsWith("//") ? returnTo : undefined;
  const members = await (await getCaller()).life.family.list();
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={[]}
        title="家庭成员"
        lead={
          <p>
            为孩子、老人预约挂号、预约门票、申请居家养老服务或制作老人二维码名片，需要先添加他们的实名信息。身份证号加密保存，只显示部分号码。
          </p>
        }
      />
      {q.added ? <Notice tone="success">已添加家庭成员。</Notice> : null}
      {q.removed ? <Notice tone="success">已删除家庭成员。</Notice> : null}
      <Block id="members" title="已添加的成员">
        {members.length === 0 ? <p>还没有添加家庭成员。</p> : null}
        <ul className="space-y-3">
          {members.map((m) => (
            <li key={m.id} className="flex flex-wrap items-center justify-between gap-3 rounded-lg border border-line bg-white p-4">
              <span>
                <strong>
                  {m.relationName} {m.nameMasked}
                </strong>
                <span className="block text-sm text-muted">
                  {m.idMasked} · {m.gender === "female" ? "女" : "男"}
                  {m.birthDate ? ` · ${m.birthDate.slice(0, 4)}年生` : ""}
                </span>
              </span>
              <ActionButton action={removeFamilyMemberAction} hidden={{ id: m.id }} label={`删除 ${m.nameMasked}`} />
            </li>
          ))}
        </ul>
      </Block>
      <Block id="add" title="添加家庭成员">
        <div className="max-w-xl">
          <AddFamilyMemberForm returnTo={safeReturn} />
        </div>
      </Block>
    </div>
  );
}
