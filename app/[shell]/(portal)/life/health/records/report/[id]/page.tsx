import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { LINK, PAGE } from "@/components/life/life-nav";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";

export const metadata: Metadata = { title: "体检报告", robots: { index: false } };
export const dynamic = "force-dynamic";
export const fetchCache = "force-no-store";

const MARK = { high: "↑ 偏高", low: "↓ 偏低", abnormal: "异常", normal: "正常", unknown: "—" } as const;

/**
 * One 体检报告, printable: the print stylesheet (print: variants) leaves out the site's header, links and
 * notes, keeps each section on one page where it fits, and prints flags in words (colour may not print).
 */
export default async function CheckupReportPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  await guardPage("account.self", `/life/health/records/report/${raw}`);
  const id = parseId(raw);
  const r = await orNotFound((await getCaller()).life.healthRecords.checkup({ id }));
  const sections = [...new Set(r.items.map((i) => i.section))];
  const flagged = r.items.filter((i) => i.flag === "high" || i.flag === "low" || i.flag === "abnormal");
  return (
    <div className={`${PAGE} print:max-w-none print:px-0`}>
      <div className="print:hidden">
        <Breadcrumbs
          items={[
            { label: "首页", href: "/" },
            { label: "智慧生活", href: "/life" },
            { label: "健康档案", href: "/life/health/records" },
            { label: `${r.person.name}的档案`, href: `/life/health/records/${r.person.id}` },
            { label: "体检报告" },
          ]}
          className="pt-2"
        />
      </div>
      <h1 className="mt-2 text-2xl font-bold sm:text-3xl">
        {r.kind}报告（{r.examinedOn}）
      </h1>
      <p className="mt-1">
        受检人：{r.person.name}（{r.person.age}岁） · 体检机构：{r.institution} · 总检医生：{r.doctorName}
      </p>
      <p className="mt-1 text-sm text-muted">示例报告，仅供演示。</p>
      <p className="mt-3 print:hidden">需要纸质版：用浏览器的“打印”功能（电脑按 Ctrl+P）打印本页，网站的页眉、页脚和链接不会打印。</p>

      <section aria-labelledby="flagged-title" className="mt-6 break-inside-avoid">
        <h2 id="flagged-title" className="mb-2 text-xl font-bold">
          {flagged.length > 0 ? `${flagged.length}项指标超出参考范围` : "各项指标均在参考范围内"}
        </h2>
        {flagged.length > 0 ? (
          <ul className="list-disc pl-6">
            {flagged.map((i) => (
              <li key={`${i.section}-${i.name}`} className="font-semibold text-danger print:text-black">
                {i.name}：{i.value}
                {i.unit ? ` ${i.unit}` : ""}，{i.flagText}（参考范围 {i.reference}）
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      {sections.map((s, n) => (
        <section key={s} aria-labelledby={`sec-${n}`} className="mt-6 break-inside-avoid">
          <h2 id={`sec-${n}`} className="mb-2 text-xl font-bold">
            {s}
          </h2>
          <ul className="space-y-2 md:hidden print:hidden" aria-label={`${s}的检查结果`}>
            {r.items
              .filter((i) => i.section === s)
              .map((i) => {
                const out = i.flag === "high" || i.flag === "low" || i.flag === "abnormal";
                return (
                  <li key={i.name} className={`rounded-md border p-3 ${out ? "border-danger bg-danger-bg" : "border-line bg-white"}`}>
                    <span className="block font-semibold">{i.name}</span>
                    <span className={`block ${out ? "font-bold text-danger" : ""}`}>
                      {i.value}
                      {i.unit ? ` ${i.unit}` : ""} · {MARK[i.flag]}
                    </span>
                    <span className="block text-sm text-muted">参考范围 {i.reference}</span>
                  </li>
                );
              })}
          </ul>
          <div className="hidden overflow-x-auto md:block print:block" tabIndex={0} role="region" aria-label={`${s}（可左右滚动）`}>
            <table className="w-full min-w-[34rem] table-fixed border-collapse text-left">
              <caption className="sr-only">{s}的检查结果</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="w-[32%] py-2 pr-4">
                    项目
                  </th>
                  <th scope="col" className="w-[18%] py-2 pr-4">
                    结果
                  </th>
                  <th scope="col" className="w-[14%] py-2 pr-4">
                    单位
                  </th>
                  <th scope="col" className="w-[20%] py-2 pr-4">
                    参考范围
                  </th>
                  <th scope="col" className="py-2">
                    提示
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.items
                  .filter((i) => i.section === s)
                  .map((i) => {
                    const out = i.flag === "high" || i.flag === "low" || i.flag === "abnormal";
                    return (
                      <tr key={i.name} className={`border-b border-line ${out ? "bg-danger-bg print:bg-white" : ""}`}>
                        <th scope="row" className="py-2 pr-4 font-normal">
                          {i.name}
                        </th>
                        <td className={`py-2 pr-4 ${out ? "font-bold text-danger print:text-black" : ""}`}>{i.value}</td>
                        <td className="py-2 pr-4 whitespace-nowrap">{i.unit ?? ""}</td>
                        <td className="py-2 pr-4 whitespace-nowrap">{i.reference}</td>
                        <td
                          className={`py-2 whitespace-nowrap ${out ? "font-bold text-danger print:text-black" : "text-success print:text-black"}`}
                        >
                          {MARK[i.flag]}
                        </td>
                      </tr>
                    );
                  })}
              </tbody>
            </table>
          </div>
        </section>
      ))}

      <section aria-labelledby="summary-title" className="mt-6 break-inside-avoid">
        <h2 id="summary-title" className="mb-2 text-xl font-bold">
          医生总结
        </h2>
        <p className="whitespace-pre-line">{r.summary}</p>
      </section>
      <p className="mt-6 print:hidden">
        <Link href={`/life/health/records/${r.person.id}`} className={LINK}>
          返回{r.person.name}的健康档案
        </Link>
      </p>
    </div>
  );
}
