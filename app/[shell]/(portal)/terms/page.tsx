import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "用户协议",
  description: "使用智慧南通账号办事的约定：账号和实名、您提交的信息、我们提供的服务和您的权利。",
};

// The same for every visitor: rendered once per variant and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

const H2 = "mt-10 text-xl font-bold sm:text-2xl";
const LIST = "mt-3 list-disc space-y-2 pl-6 text-base";

/** Written for this demo; it describes what the site does. */
export default function TermsPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
      <h1 className="text-2xl font-bold sm:text-3xl">用户协议</h1>
      <p className="mt-3 text-base">
        注册智慧南通账号，即表示您同意以下约定和<Link href="/privacy">隐私政策</Link>。<strong>本页为示例文本。</strong>
      </p>
      <section aria-labelledby="t-account">
        <h2 id="t-account" className={H2}>
          账号
        </h2>
        <ul className={LIST}>
          <li>一个手机号注册一个账号。请妥善保管密码和验证码，不要告诉他人；工作人员不会向您索要验证码。</li>
          <li>连续输错密码 5 次，账号锁定 15 分钟，可改用短信验证码登录。</li>
          <li>办理需要本人身份的事项前，请在“我的”中完成实名认证；请只用本人信息认证。</li>
        </ul>
      </section>
      <section aria-labelledby="t-submit">
        <h2 id="t-submit" className={H2}>
          您提交的信息
        </h2>
        <ul className={LIST}>
          <li>申请和诉求的内容应真实、准确；提交虚假材料的，承办部门可依法不予受理，并由您承担相应责任。</li>
          <li>诉求中请不要填写他人的身份证号、电话等个人信息，除非办理确实需要。</li>
        </ul>
      </section>
      <section aria-labelledby="t-service">
        <h2 id="t-service" className={H2}>
          我们提供的服务
        </h2>
        <ul className={LIST}>
          <li>在线申请、进度查询、12345 诉求和评价免费。办理时限以各事项办事指南公布的为准，遇法定节假日顺延。</li>
          <li>系统维护或故障时，服务可能暂停；急事请拨打 12345 或到政务服务中心办理。</li>
        </ul>
      </section>
    </div>
  );
}
