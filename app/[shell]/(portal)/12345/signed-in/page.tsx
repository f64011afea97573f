import Link from "next/link";
import { randomUUID } from "node:crypto";
import { getCaller, getSessionUser } from "@/server/request";
import { HotlineSubmitForm } from "@/components/hotline/citizen-form";
import { HOTLINE_METADATA, HotlineLanding, HotlineSignInPrompt, slaDaysByType } from "@/components/hotline/hotline-landing";

export const metadata = HOTLINE_METADATA;

/**
 * /12345 for a signed-in person (proxy.ts routes it here when a session cookie comes with the
 * request): rendered per request, never cached, because the form carries their own contact
 * details and a fresh idempotency key.
 */
export default async function HotlineSignedInPage() {
  const [user, caller] = await Promise.all([getSessionUser(), getCaller()]);
  const canSubmit = user?.role === "citizen" || user?.role === "enterprise";
  const [sla, groups, defaults] = await Promise.all([
    caller.hotline.sla(),
    canSubmit ? caller.hotline.categories() : null,
    canSubmit ? caller.hotline.contactDefaults() : null,
  ]);
  const slaDays = slaDaysByType(sla);
  return (
    <HotlineLanding
      slaDays={slaDays}
      submit={
        // An expired session still sends its cookie: such a visitor gets the guest prompt.
        !user ? (
          <HotlineSignInPrompt />
        ) : groups && defaults ? (
          <>
            <p className="mb-4">
              提交后您会得到工单编号，可以在“<Link href="/me/requests">我的诉求</Link>”查看办理进度和答复。紧急情况请直接拨打
              110、119、120。
            </p>
            <div className="max-w-3xl">
              <HotlineSubmitForm groups={groups} defaults={defaults} idempotencyKey={randomUUID()} slaDays={slaDays} />
            </div>
          </>
        ) : (
          <p>
            在线提交面向市民和企业账号。坐席请在<Link href="/agent">坐席工作台</Link>为来电人代为登记；其他账号请拨打 12345。
          </p>
        )
      }
    />
  );
}
