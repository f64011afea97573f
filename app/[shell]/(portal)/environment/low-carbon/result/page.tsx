import type { Metadata } from "next";
import Link from "next/link";
import { getCaller } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { ZFootprint } from "@/server/modules/environment/validation";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ErrorSummary } from "@/components/ui/error-summary";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Table } from "@/components/ui/table";
import { FOOTPRINT_FIELDS, FootprintForm } from "@/components/environment/footprint-form";

export const metadata: Metadata = { title: "碳足迹计算结果" };

export default async function FootprintResultPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const values: Record<string, string> = Object.fromEntries(
    [...FOOTPRINT_FIELDS.map((f) => f.id), "carFuel"].map((k) => [k, (one(sp[k]) ?? "").slice(0, 20)]),
  );
  const input: Record<string, unknown> = { carFuel: values.carFuel || "petrol" };
  const errors: Record<string, string> = {};
  for (const f of FOOTPRINT_FIELDS) {
    const v = values[f.id]!.replaceAll(",", "").trim();
    if (v === "") continue;
    if (!/^\d+(\.\d+)?$/.test(v)) errors[f.id] = `${f.label.replace(/（.*/, "")}须为数字`;
    else input[f.id] = Number(v);
  }
  let result = null;
  let message: string | null = Object.keys(errors).length ? "请检查您填写的内容" : null;
  if (!message) {
    try {
      // The procedure's own schema types the input; a ZodError becomes field errors as the procedure's would.
      result = await (await getCaller()).environment.public.footprint(ZFootprint.parse(input));
    } catch (e) {
      const app = appErrorOf(e);
      if (!app) throw e;
      message = app.message;
      for (const [k, v] of Object.entries(app.fieldErrors ?? {})) errors[k] = v[0]!;
    }
  }
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "首页", href: "/" },
          { label: "智慧环保", href: "/environment" },
          { label: "低碳生活", href: "/environment/low-carbon" },
          { label: "计算结果" },
        ]}
      />
      <h1 className="mb-4 text-3xl font-bold">碳足迹计算结果</h1>
      <ErrorSummary message={message} fieldErrors={Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, [v]]))} />
      {result ? (
        <section aria-labelledby="total" className="mb-8">
          <h2 id="total" className="mb-2 text-2xl font-bold">
            每年约 {(result.totalKg / 1000).toFixed(2)} 吨二氧化碳
          </h2>
          <p className="mb-3">相当于 {result.treesToAbsorb} 棵成年树一年吸收的量（按每棵约 18 千克估算）。</p>
          <Table
            caption="各项排放"
            captionVisible
            scrollLabel="各项排放表"
            rows={result.items}
            rowKey={(i) => i.key}
            columns={[
              { header: "项目", cell: (i) => i.label, rowHeader: true },
              { header: "排放（千克 CO₂）", cell: (i) => i.kg.toFixed(1), numeric: true },
              { header: "排放因子", cell: (i) => i.factor, nowrap: true },
            ]}
          />
          <p className="mt-3 text-sm text-muted">
            因子来源：电力为生态环境部公布的2022年全国电网平均排放因子（环办气候函〔2023〕43号）；天然气、液化气和汽柴油按 IPCC 2006
            缺省排放因子、GB/T 2589-2020
            低位发热量和《省级温室气体清单编制指南（试行）》氧化率计算；公交、地铁、高铁的人均公里能耗为本系统的估算，飞机参考国际民航组织（ICAO）碳排放计算器的国内航线结果。
          </p>
        </section>
      ) : null}
      <h2 className="mb-2 text-xl font-bold">修改后重新计算</h2>
      <FootprintForm values={values} errors={errors} />
      <p className="mt-6">
        <Link href="/environment/low-carbon/log">记录绿色出行，获得积分</Link>
      </p>
    </div>
  );
}
