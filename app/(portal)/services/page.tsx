import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "一网通办", description: "南通市政务服务一网通办：649项政务及民生服务，在线申请、进度查询、好差评。" };

const PERSONAL_THEMES = ["出生", "上学", "就业", "婚育", "住房", "出行", "就医", "社保", "退休", "身后事"];
const ENTERPRISE_THEMES = ["开办", "经营", "变更", "纳税", "用工", "注销"];

export default function ServicesPage() {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <nav aria-label="面包屑" className="mb-4 text-sm">
        <ol className="flex gap-2">
          <li>
            <Link href="/">首页</Link>
          </li>
          <li aria-hidden="true">›</li>
          <li aria-current="page">一网通办</li>
        </ol>
      </nav>
      <h1 className="mb-2 text-3xl font-bold">一网通办</h1>
      <p className="mb-6 max-w-3xl text-lg">
        智慧南通汇集经济、人文、治理、交通、环保、生活六大板块的 649 项政务及民生服务。能网上办的，在网上一次办好；需要到现场的，告诉您去哪里、带什么。
      </p>
      <section aria-labelledby="how-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="how-title" className="mb-3 text-xl font-bold">
          网上办事怎么办
        </h2>
        <ol className="list-decimal space-y-2 pl-6">
          <li>
            <Link href="/login">登录</Link>并在“我的”中完成<Link href="/me#real-name">实名认证</Link>（部分事项需要）。
          </li>
          <li>找到事项，阅读办事指南：申请条件、所需材料、办理时限和收费标准。</li>
          <li>逐页填写申请表，上传材料；提交前可检查和修改所有答案。</li>
          <li>提交后获得申办流水号；部门受理、补正、办结，每一步都会发消息通知您。</li>
          <li>办结后为服务打分（好差评），您的评价会反馈给承办部门。</li>
        </ol>
      </section>
      <div className="mb-6 grid gap-6 md:grid-cols-2">
        <section aria-labelledby="personal-title" className="rounded-lg border border-line bg-white p-5">
          <h2 id="personal-title" className="mb-3 text-xl font-bold">
            个人办事（按人生阶段）
          </h2>
          <ul className="flex flex-wrap gap-2">
            {PERSONAL_THEMES.map((t) => (
              <li key={t} className="rounded-full border border-line px-3 py-1">
                {t}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="enterprise-title" className="rounded-lg border border-line bg-white p-5">
          <h2 id="enterprise-title" className="mb-3 text-xl font-bold">
            企业办事（按经营周期）
          </h2>
          <ul className="flex flex-wrap gap-2">
            {ENTERPRISE_THEMES.map((t) => (
              <li key={t} className="rounded-full border border-line px-3 py-1">
                {t}
              </li>
            ))}
          </ul>
        </section>
      </div>
      <section aria-labelledby="search-title" className="mb-6 rounded-lg border border-line bg-white p-5">
        <h2 id="search-title" className="mb-3 text-xl font-bold">
          查找服务
        </h2>
        <form action="/search" role="search" className="flex max-w-xl">
          <label htmlFor="services-q" className="sr-only">
            输入事项名称或关键词
          </label>
          <input id="services-q" name="q" type="search" maxLength={100} placeholder="如 社保查询、公积金、出生医学证明" className="min-h-tap w-full rounded-l-md border-2 border-r-0 border-ink bg-white px-3" />
          <button type="submit" className="min-h-tap rounded-r-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
            搜索
          </button>
        </form>
      </section>
      <section aria-labelledby="help-title" className="rounded-lg border border-line bg-white p-5">
        <h2 id="help-title" className="mb-2 text-xl font-bold">
          不知道怎么办？
        </h2>
        <p>
          拨打 <a href="tel:12345">12345</a> 政务服务便民热线，或<Link href="/12345">在线咨询</Link>，工作人员会告诉您该找哪个部门、准备哪些材料。
        </p>
      </section>
    </div>
  );
}
