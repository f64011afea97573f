import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { elderCardLinkAction } from "@/server/actions/life";
import { ELDER_CARD_FIELD_NAMES, type ElderCardField } from "@/server/modules/community/validation";
import { ActionButton } from "@/components/life/action-button";
import { ElderCardForm, type ElderCardDefaults } from "@/components/life/community-forms";
import { Block, LifeHeader, LINK, PAGE } from "@/components/life/life-nav";
import { formatDateTime } from "@/components/ui/format";
import { Notice } from "@/components/ui/notice";
import { one } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "老人二维码名片", robots: { index: false } };

type Search = Promise<{ edit?: string | string[]; saved?: string; revoked?: string; regenerated?: string }>;

export default async function ElderCardPage({ searchParams }: { searchParams: Search }) {
  await guardPage("citizen.services", "/life/community/elder-card");
  const q = await searchParams;
  const caller = await getCaller();
  const [me, family, cards] = await Promise.all([caller.account.me(), caller.life.family.list(), caller.life.community.elderCards()]);
  const whose = (familyMemberId: number | null) =>
    familyMemberId === null
      ? "本人"
      : (() => {
          const m = family.find((f) => f.id === familyMemberId);
          return m ? `${m.relationName} ${m.nameMasked}` : "家庭成员";
        })();
  const elders = [
    { value: "self", label: me.realName.verified ? `本人（${me.realName.nameMasked}）` : "本人" },
    ...family.map((m) => ({ value: String(m.id), label: `${m.relationName} ${m.nameMasked}` })),
  ];
  const editing = cards.find((c) => String(c.id) === one(q.edit));
  const defaults: ElderCardDefaults = editing
    ? {
        elder: editing.familyMemberId === null ? "self" : String(editing.familyMemberId),
        displayName: editing.displayName,
        visibleFields: editing.visibleFields,
        bloodType: editing.bloodType ?? "",
        allergies: editing.allergies ?? "",
        communityName: editing.communityName ?? "",
        contacts: editing.emergencyContacts,
      }
    : {
        elder: "",
        displayName: "",
        visibleFields: ["name", "emergencyContacts"],
        bloodType: "",
        allergies: "",
        communityName: "",
        contacts: [],
      };
  return (
    <div className={PAGE}>
      <LifeHeader
        trail={[{ label: "社区服务", href: "/life/community" }]}
        title="老人二维码名片"
        lead={
          <p>
            名片上的二维码链接到一个只显示您所选信息的网页。老人走失或突发不适时，路人扫码即可联系家人。链接无法被猜出；停用后旧二维码立即失效。
          </p>
        }
      />
      {q.saved ? <Notice tone="success">名片已保存。可以打印后放在老人的口袋或钱包里。</Notice> : null}
      {q.revoked ? <Notice tone="success">已停用，旧二维码扫码将显示“名片不存在或已失效”。</Notice> : null}
      {q.regenerated ? <Notice tone="success">已生成新的二维码，旧二维码立即失效，请重新打印。</Notice> : null}
      <Block id="cards" title="我制作的名片">
        {cards.length === 0 ? <p>还没有制作名片。</p> : null}
        <ul className="space-y-4">
          {cards.map((c) => (
            <li key={c.id} className="rounded-lg border border-line bg-white p-4">
              <h3 className="text-lg font-semibold">
                {c.displayName}（{whose(c.familyMemberId)}）
              </h3>
              <p>显示：{c.visibleFields.map((f) => ELDER_CARD_FIELD_NAMES[f as ElderCardField] ?? f).join("、")}</p>
              <p className="text-sm text-muted">
                {c.token ? `二维码生成于 ${formatDateTime(c.tokenIssuedAt)}` : `已于 ${formatDateTime(c.revokedAt)} 停用`}
              </p>
              <div className="mt-3 flex flex-wrap items-end gap-4">
                {c.token ? (
                  <>
                    <Link href={`/life/community/elder-card/${c.id}/print`} className={LINK}>
                      查看和打印名片
                    </Link>
                    <Link href={`/card/${c.token}`} className={LINK}>
                      预览扫码后看到的页面
                    </Link>
                  </>
                ) : null}
                <Link href={`/life/community/elder-card?edit=${c.id}#edit`} className={LINK}>
                  修改信息
                </Link>
                {c.token ? (
                  <ActionButton action={elderCardLinkAction} hidden={{ id: c.id, op: "revoke" }} label="停用二维码" variant="danger" />
                ) : null}
                <ActionButton
                  action={elderCardLinkAction}
                  hidden={{ id: c.id, op: "regenerate" }}
                  label={c.token ? "更换二维码" : "重新启用（生成新二维码）"}
                />
              </div>
            </li>
          ))}
        </ul>
      </Block>
      <Block id="edit" title={editing ? `修改 ${editing.displayName} 的名片` : "制作名片"}>
        <div className="max-w-2xl">
          <ElderCardForm key={editing?.id ?? "new"} elders={elders} defaults={defaults} />
        </div>
      </Block>
    </div>
  );
}
