import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ErrorSummary } from "@/components/ui/error-summary";
import { one, type SearchParams } from "@/components/ui/search-params";
import { FareForm } from "@/components/transport/fare-form";
import { yuan } from "@/components/transport/metro-info";

export const metadata: Metadata = { title: "地铁票价查询" };

export default async function FarePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const values = { from: one(sp.from) ?? "", to: one(sp.to) ?? "", age: one(sp.age) ?? "" };
  const c = await getCaller();
  const [m1, m2] = await Promise.all([c.transport.public.line({ id: "M1" }), c.transport.public.line({ id: "M2" })]);
  const stations = [...new Map([...m1.directions[0]!.stops, ...m2.directions[0]!.stops].map((s) => [s.stopId, s])).values()];
  const name = (id: string) => stations.find((s) => s.stopId === id)?.name ?? id;
  const errors: Record<string, string> = {};
  if (!values.from) errors.from = "请选择起点站";
  if (!values.to) errors.to = "请选择终点站";
  else if (values.to === values.from) errors.to = "起点站和终点站不能相同";
  if (values.age && !/^\d{1,3}$/.test(values.age.trim())) errors.age = "年龄须为0—150之间的整数";
  let message: string | null = null;
  let results = null;
  if (Object.keys(errors).length === 0) {
    const age = values.age ? Number(values.age.trim()) : undefined;
    try {
      const [adult, mine] = await Promise.all([
        c.transport.public.metroFare({ from: values.from, to: values.to }),
        age === undefined ? null : c.transport.public.metroFare({ from: values.from, to: values.to, age }),
      ]);
      results = { adult, mine, age };
    } catch (e) {
      const app = appErrorOf(e);
      if (!app) throw e;
      message = app.message;
      Object.assign(errors, Object.fromEntries(Object.entries(app.fieldErrors ?? {}).map(([k, v]) => [k, v[0]])));
    }
  } else message = "请检查您填写的内容";
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "首页", href: "/" },
          { label: "智慧交通", href: "/transport" },
          { label: "地铁", href: "/transport/metro" },
          { label: "票价查询" },
        ]}
      />
      <h1 className="mb-4 text-3xl font-bold">地铁票价查询</h1>
      <ErrorSummary message={message} fieldErrors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, [v]]))} />
      {results ? (
        <div role="status" className="mb-6 rounded-lg border-l-8 border-success bg-white p-4">
          <p className="text-lg">
            {name(values.from)} → {name(values.to)}：约 {(results.adult.distanceM / 1000).toFixed(1)} 公里
          </p>
          <p className="text-2xl font-bold">成人全票 {yuan(results.adult.baseFen)}</p>
          {results.mine ? (
            <p className="text-2xl font-bold">
              {results.age} 周岁（{results.mine.label}）：{yuan(results.mine.payFen)}
            </p>
          ) : null}
        </div>
      ) : null}
      <FareForm stations={stations} values={values} errors={errors} />
      <p className="mt-6">
        <Link href="/transport/metro">票价规则和车站</Link>
      </p>
    </div>
  );
}
