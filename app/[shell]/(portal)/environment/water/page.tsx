import type { Metadata } from "next";
import { cachedPublic } from "@/server/request";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "地表水水质", description: "南通主要河流、湖泊监测断面的水质类别（Ⅰ～Ⅴ类）和达标情况。" };

export const dynamic = "force-static";
export const revalidate = 3600;
export function generateStaticParams() {
  return [];
}

export default async function WaterPage() {
  const sections = await cachedPublic(["environment.water"], [], (c) => c.environment.public.water(), 3600);
  const met = sections.filter((s) => s.meetsTarget).length;
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧环保", href: "/environment" }, { label: "地表水水质" }]} />
      <h1 className="mb-2 text-3xl font-bold">地表水水质</h1>
      <p className="mb-4 max-w-3xl">
        按《地表水环境质量标准》（GB 3838-2002）评价，Ⅰ～Ⅲ类水质良好，Ⅳ类、Ⅴ类受到污染。本页断面和数值为<strong>示例数据</strong>。
        {sections.length} 个断面中 {met} 个达到水质目标。
      </p>
      <Table
        caption="监测断面水质"
        captionVisible
        scrollLabel="监测断面水质表"
        rows={sections}
        rowKey={(s) => s.code}
        columns={[
          { header: "断面", cell: (s) => s.name, rowHeader: true },
          { header: "河流/湖泊", cell: (s) => s.river },
          { header: "区县", cell: (s) => s.district, nowrap: true },
          { header: "水质类别", cell: (s) => s.currentClassName, nowrap: true },
          { header: "目标", cell: (s) => s.targetClassName, nowrap: true },
          { header: "达标", cell: (s) => (s.meetsTarget ? "达标" : "未达标"), nowrap: true },
          { header: "溶解氧 mg/L", cell: (s) => s.indicators.do ?? "—", numeric: true },
          { header: "氨氮 mg/L", cell: (s) => s.indicators.nh3n ?? "—", numeric: true },
          { header: "总磷 mg/L", cell: (s) => s.indicators.tp ?? "—", numeric: true },
          { header: "监测日期", cell: (s) => s.measuredOn, nowrap: true },
        ]}
      />
    </div>
  );
}
