import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { SubPage, LINK, SampleTag } from "@/components/sections/sub-page";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { one, type SearchParams } from "@/components/ui/search-params";

export const metadata: Metadata = { title: "信用南通", description: "按企业名称或统一社会信用代码查询企业信用信息，查看红黑榜。" };

export default async function CreditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const q = (one((await searchParams).q) ?? "").trim();
  let result: Awaited<ReturnType<Awaited<ReturnType<typeof getCaller>>["economy"]["credit"]["query"]>> | null = null;
  let error: string | null = null;
  if (q) {
    try {
      result = await (await getCaller()).economy.credit.query({ q });
    } catch (e) {
      const ae = appErrorOf(e);
      if (!ae) throw e;
      error = ae.fieldErrors?.q?.[0] ?? ae.message;
    }
  }
  return (
    <SubPage
      crumbs={[{ label: "智慧经济", href: "/economy" }]}
      title="信用南通"
      lead="按企业名称（支持拼音和首字母）或18位统一社会信用代码查询企业登记和信用信息。"
    >
      <p className="mb-4">
        <Link href="/economy/credit/lists?list=red" className={LINK}>
          红榜
        </Link>{" "}
        ·{" "}
        <Link href="/economy/credit/lists?list=black" className={LINK}>
          黑榜
        </Link>
      </p>
      <form action="/economy/credit" role="search" aria-label="企业信用查询">
        <Field
          id="q"
          type="search"
          label="企业名称或统一社会信用代码"
          hint="统一社会信用代码为18位，最后一位是校验码"
          defaultValue={q}
          maxLength={100}
          error={error}
          append={<Button type="submit">查询</Button>}
        />
      </form>
      {result ? (
        <section aria-labelledby="credit-results" className="mt-6">
          <h2 id="credit-results" className="text-xl font-bold">
            {result.items.length
              ? `找到 ${result.items.length} 家企业`
              : result.kind === "code"
                ? `没有登记代码为 ${result.uscc} 的企业`
                : `没有找到与“${q}”相关的企业`}
          </h2>
          <ul className="mt-2 divide-y divide-line border-y border-line">
            {result.items.map((e) => (
              <li key={e.id} className="py-3">
                <Link href={`/economy/credit/${e.id}`} className={`${LINK} text-lg font-semibold`}>
                  {e.name}
                </Link>
                <SampleTag sample={e.sample} />
                <p className="text-sm text-muted">
                  统一社会信用代码 {e.uscc} · {e.district} · {e.industryLabel} · {e.registrationStatus}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </SubPage>
  );
}
