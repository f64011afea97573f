import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = {
  title: "无障碍声明",
  description: "智慧南通网站的无障碍声明：遵循的标准、长辈版和读屏支持、已知限制，以及如何反馈无障碍问题。",
};

// The same for every visitor: rendered once per variant (standard, 长辈版) and served from the cache.
export const dynamic = "force-static";
export function generateStaticParams() {
  return []; // no variant built ahead: rendered on the first request, then served from the cache
}

const LINK = "underline underline-offset-4";
const H2 = "mt-10 text-xl font-bold sm:text-2xl";
const P = "mt-3 text-base";
const LIST = "mt-3 list-disc space-y-2 pl-6 text-base";

export default function AccessibilityPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-6 sm:py-10">
      <h1 className="text-2xl font-bold sm:text-3xl">无障碍声明</h1>
      <p className={P}>
        本声明适用于智慧南通市民服务门户（电脑网页、手机网页和微信内打开的页面）。我们希望每个人都能顺利使用本网站，包括老年人和残障人士。
      </p>

      <section aria-labelledby="a11y-standards">
        <h2 id="a11y-standards" className={H2}>
          我们遵循的标准
        </h2>
        <ul className={LIST}>
          <li>W3C《Web 内容无障碍指南》（WCAG）2.2 AA 级；</li>
          <li>国家标准 GB/T 37668-2019《信息技术 互联网内容无障碍可访问性技术要求与测试方法》；</li>
          <li>工业和信息化部 2021 年发布的《互联网网站适老化通用设计规范》和《移动互联网应用（APP）适老化通用设计规范》。</li>
        </ul>
        <p className={P}>
          <strong>符合情况：部分符合。</strong>我们的目标是全部页面完全符合 WCAG 2.2 AA 级；尚未做到的地方列在下面的“已知限制”中。
        </p>
      </section>

      <section aria-labelledby="a11y-works">
        <h2 id="a11y-works" className={H2}>
          您可以这样使用本网站
        </h2>
        <ul className={LIST}>
          <li>
            <strong>只用键盘</strong>：所有链接、按钮和表单都可以用 Tab
            键到达，当前位置有醒目的黄黑色焦点框；每页开头都有跳过导航、直达主要内容的链接。
          </li>
          <li>
            <strong>长辈版</strong>：在任意页面顶部切换，网站会记住您的选择。长辈版中正文字号为 21 像素、最小文字不小于 18 像素，行高 1.6
            倍；按钮和链接的可点击区域不小于 60×60 像素；文字与背景的对比度不低于 4.5:1；没有弹窗和浮动广告，导航更简单。
          </li>
          <li>
            <strong>读屏软件</strong>：页面使用规范的标题层级、地标区域、列表和表单标签，图标都有文字说明或对读屏软件隐藏，便于
            NVDA、VoiceOver、TalkBack 等读屏软件浏览。
          </li>
          <li>
            <strong>放大和缩放</strong>：页面可以放大到 200% 而不丢失内容；在 320 像素宽的屏幕上（相当于电脑浏览器放大到
            400%）内容会重新排列，不需要左右滚动。
          </li>
          <li>
            <strong>标准版</strong>：手机上可点击区域不小于 44×44 像素，文字对比度不低于 4.5:1，颜色不是传达信息的唯一方式。
          </li>
          <li>
            <strong>图表</strong>：经济、交通、环保等数据图表都同时提供数据表或文字说明。
          </li>
        </ul>
      </section>

      <section aria-labelledby="a11y-limits">
        <h2 id="a11y-limits" className={H2}>
          已知限制
        </h2>
        <ul className={LIST}>
          <li>
            六大板块中的部分服务正在陆续上线。还不能在线使用的服务在板块页面上只列出名称和说明，不提供链接；需要办理时，请通过{" "}
            <Link href="/services" className={`${LINK} inline-flex min-h-tap items-center`}>
              一网通办
            </Link>{" "}
            或 12345 热线咨询。
          </li>
          <li>停车场、公交站点、空气监测站等地图功能上线时，会同时提供按区域排列的文字列表，不使用地图也能查到同样的信息。</li>
          <li>由其他部门或第三方提供的文件（如部分政策附件 PDF）可能不完全符合无障碍要求，您可以联系我们索取其他格式。</li>
        </ul>
      </section>

      <section aria-labelledby="a11y-feedback">
        <h2 id="a11y-feedback" className={H2}>
          反馈无障碍问题
        </h2>
        <p className={P}>
          如果您在使用本网站时遇到困难，或需要以其他形式获取信息，请告诉我们。请说明遇到问题的页面地址、您使用的设备和浏览器或读屏软件。
        </p>
        <ul className={LIST}>
          <li>
            拨打 12345 政务服务便民热线：
            <a href="tel:12345" className={`${LINK} inline-flex min-h-tap items-center`}>
              12345
            </a>
          </li>
          <li>
            在线提交：
            <Link href="/12345" className={`${LINK} inline-flex min-h-tap items-center`}>
              12345 网上诉求
            </Link>
            （诉求类型选“建议”或“投诉”，并注明“网站无障碍”）
          </li>
        </ul>
        <p className={P}>我们会按 12345 热线的办理时限答复您。</p>
      </section>

      <section aria-labelledby="a11y-testing">
        <h2 id="a11y-testing" className={H2}>
          我们如何检查
        </h2>
        <p className={P}>
          我们在开发和发布中用自动化工具（axe）在标准版和长辈版、电脑和手机尺寸下检查每个页面，并用键盘操作测试主要办事流程。
        </p>
      </section>

      <section aria-labelledby="a11y-date">
        <h2 id="a11y-date" className={H2}>
          声明日期
        </h2>
        <p className={P}>
          本声明编制于 <time dateTime="2026-11-22">2026 年 11 月 22 日</time>，我们会在网站有较大变化时更新。
        </p>
      </section>
    </div>
  );
}
