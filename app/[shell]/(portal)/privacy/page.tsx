import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "隐私政策",
  description: "智慧南通收集哪些个人信息、为什么收集、保存多久、与谁共享，以及您依《个人信息保护法》享有的权利。",
};

// The same for every visitor: rendered once per variant and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return [];
}

const H2 = "mt-10 text-xl font-bold sm:text-2xl";
const P = "mt-3 text-base";
const LIST = "mt-3 list-disc space-y-2 pl-6 text-base";

/** Written for this demo from the 个人信息保护法 and the site's actual data handling; periods marked 示例 are sample values. */
export default function PrivacyPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
      <h1 className="text-2xl font-bold sm:text-3xl">隐私政策</h1>
      <p className={P}>
        本政策说明智慧南通市民服务门户（电脑网页、手机网页和微信内页面）如何处理您的个人信息。它依据《中华人民共和国个人信息保护法》（下称《个保法》）、《网络安全法》和《数据安全法》编写，按本网站实际的做法写成。
        <strong>本页为示例文本，标注“示例”的期限为演示用的假设值。</strong>
      </p>

      <section aria-labelledby="p-collect">
        <h2 id="p-collect" className={H2}>
          我们收集什么、为什么
        </h2>
        <ul className={LIST}>
          <li>
            <strong>手机号</strong>
            ：注册和登录的账号，接收验证码和办事进度短信（《个保法》第十三条第一款第二项：订立、履行您作为一方的服务协议所必需）。
          </li>
          <li>
            <strong>登录密码</strong>：只保存经 Argon2id 计算的摘要，任何人都无法看到原文。
          </li>
          <li>
            <strong>姓名和居民身份证号码</strong>
            （仅在您主动实名认证时）：核实本人身份，并在您申请事项时自动填入表单。身份证号是敏感个人信息，加密保存，页面上只显示脱敏号码（如
            3206**********1234），只有您本人和承办部门能看到完整号码。
          </li>
          <li>
            <strong>微信标识</strong>（仅在您绑定微信时）：微信返回的 openid/unionid 和昵称，用于微信一键登录。
          </li>
          <li>
            <strong>您提交的办件和诉求</strong>：申请表内容、上传的材料和照片、诉求描述、地址和位置，用于承办部门办理和答复。
          </li>
          <li>
            <strong>登录和操作记录</strong>：登录时间、IP 地址、登录失败次数，用于账号安全（如连续输错密码后锁定）和依法留存日志。
          </li>
        </ul>
      </section>

      <section aria-labelledby="p-share">
        <h2 id="p-share" className={H2}>
          与谁共享
        </h2>
        <p className={P}>
          您的办件只交给该事项的承办部门，12345
          诉求只交给热线坐席和被派单的承办单位。您选择公开的诉求在“公开诉求”中展示时，会去掉姓名、电话和地址，并遮盖文字中的手机号、身份证号和车牌。我们不出售个人信息，也不用于广告。
        </p>
      </section>

      <section aria-labelledby="p-keep">
        <h2 id="p-keep" className={H2}>
          保存多久
        </h2>
        <ul className={LIST}>
          <li>账号信息：保存至您注销账号；注销后 30 日内删除或匿名化（示例）。</li>
          <li>短信验证码：只保存摘要，5 分钟后失效。</li>
          <li>登录和安全日志：不少于六个月（《网络安全法》第二十一条）。</li>
          <li>办件和诉求：按政务档案管理规定保存，期满后删除或匿名化（示例：办结后 10 年）。</li>
        </ul>
      </section>

      <section aria-labelledby="p-rights">
        <h2 id="p-rights" className={H2}>
          您的权利（《个保法》第四十四条至第五十条）
        </h2>
        <ul className={LIST}>
          <li>
            <strong>查阅、复制和转移</strong>：在<Link href="/me">“我的”</Link>
            页面底部“下载我的个人信息”，得到本网站保存的您的全部个人信息（JSON 格式）。
          </li>
          <li>
            <strong>更正、补充</strong>：昵称和实名信息有误时，拨打 12345 申请更正。
          </li>
          <li>
            <strong>删除和撤回同意</strong>：可解绑微信；可拨打 12345 申请注销账号。撤回同意不影响撤回前已进行的处理。
          </li>
          <li>
            <strong>要求解释</strong>：对本政策或我们处理您信息的方式有疑问，拨打 12345 或在线提交诉求，我们在 15 个工作日内答复。
          </li>
        </ul>
        <p className={P}>不满十四周岁的未成年人，请在父母或其他监护人同意和陪同下使用本网站。</p>
      </section>

      <p className="mt-10 text-base">
        另见<Link href="/terms">用户协议</Link>。
      </p>
    </div>
  );
}
