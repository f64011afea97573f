import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cachedPublic } from "@/server/request";
import { orNotFound } from "@/server/pages/load";
import { SubPage, LINK, SampleTag } from "@/components/sections/sub-page";
import { SummaryList } from "@/components/ui/summary-list";
import { Table } from "@/components/ui/table";
import { formatNumber } from "@/components/ui/format";

export const metadata: Metadata = { title: "数据集" };

// The same for every visitor: rendered once per variant (standard, 长辈版) on the first request and
// served from the cache (CACHED_PATHS in server/lib/page-routing.ts); the preview may lag the modules' data by up to 5 minutes (the download and API are live).
export const dynamic = "force-static";
export const revalidate = 300;
export function generateStaticParams() {
  return [];
}

export default async function DatasetPage({ params }: { params: Promise<{ id: string }> }) {
  const id = (await params).id;
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) notFound();
  const d = await orNotFound(cachedPublic(["governance.dataset", id], [], (c) => c.governance.data.get({ id }), 300));
  const api = `/api/open/v1/datasets/${d.id}`;
  return (
    <SubPage
      crumbs={[
        { label: "智慧治理", href: "/governance" },
        { label: "数据开放", href: "/governance/data" },
      ]}
      title={d.title}
      lead={d.description}
    >
      <p className="mb-4">
        <SampleTag sample={d.sample} />
      </p>
      <SummaryList
        rows={[
          ["发布部门", d.publisher],
          ["更新频率", d.updateFrequencyName],
          ["数据量", `${formatNumber(d.rowCount)} 条`],
          ["最近更新", d.lastUpdated ? d.lastUpdated.slice(0, 10) : "—"],
          [
            "开放许可",
            <a key="l" href={d.licence.url} className={LINK}>
              {d.licence.name}
            </a>,
          ],
        ]}
      />
      <p className="mt-2 text-sm text-muted">{d.licence.summary}</p>
      <h2 className="mt-6 text-xl font-bold">下载与接口</h2>
      <ul className="mt-2 flex flex-col gap-1">
        <li>
          <a href={`${api}/data?format=csv`} className={LINK}>
            下载 CSV（全部数据）
          </a>
        </li>
        <li>
          <a href={`${api}/data?format=json`} className={LINK}>
            下载 JSON（全部数据）
          </a>
        </li>
        <li>
          接口：<code className="rounded bg-brand-50 px-1">GET {api}/data?format=json&amp;page=1</code>
        </li>
      </ul>
      <Table
        caption="字段说明"
        captionVisible
        columns={[
          { header: "字段", cell: (f) => <code>{f.name}</code>, rowHeader: true },
          { header: "名称", cell: (f) => f.title },
          { header: "类型", cell: (f) => f.type },
          { header: "说明", cell: (f) => `${f.description}${f.unit ? `（单位：${f.unit}）` : ""}` },
        ]}
        rows={d.fields}
        rowKey={(f) => f.name}
        scrollLabel="字段说明"
      />
      <div className="mt-6">
        <Table
          caption={`数据预览（前 ${d.preview.length} 条）`}
          captionVisible
          columns={d.fields.map((f) => ({ header: f.title, cell: (r: (typeof d.preview)[number]) => String(r[f.name] ?? "") }))}
          rows={d.preview}
          rowKey={(r) => JSON.stringify(r)}
          scrollLabel="数据预览"
        />
      </div>
    </SubPage>
  );
}
