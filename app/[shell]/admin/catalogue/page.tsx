import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller, getClientContext } from "@/server/request";
import { ImportForm } from "@/components/catalogue/admin-fields";
import { SECTION_NAMES } from "@/components/catalogue/labels";
import { DownloadLink } from "@/components/ui/download-link";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { formatShortDateTime } from "@/components/ui/format";
import { one, pageParam, type SearchParams } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table } from "@/components/ui/table";
import { Pager } from "@/components/ui/pager";

export const metadata: Metadata = { title: "事项管理", robots: { index: false } };

type SP = Promise<SearchParams>;

/** Admin list of service items: find one to edit, export the catalogue, import a file. */
export default async function CatalogueAdminPage({ searchParams }: { searchParams: SP }) {
  await guardPage("admin.console", "/admin/catalogue");
  const sp = await searchParams;
  const q = one(sp.q)?.trim().slice(0, 100) || undefined;
  const page = pageParam(sp.page, 1000);
  const [list, client] = await Promise.all([(await getCaller()).catalogue.admin.list({ q, page }), getClientContext()]);
  const pages = Math.max(1, Math.ceil(list.total / list.pageSize));
  const query = (p: number) => `/admin/catalogue?${new URLSearchParams({ ...(q ? { q } : {}), page: String(p) })}`;

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "管理后台", href: "/admin" }, { label: "事项管理" }]} />
      <h1 className="mb-2 text-3xl font-bold">事项管理</h1>
      <p className="mb-6 text-muted">修改一网通办事项的办事指南和在线表单；每次保存和导入都记入审计日志。</p>

      <section aria-labelledby="items-title" className="mb-10">
        <h2 id="items-title" className="mb-3 text-xl font-bold">
          {q ? `“${q}”的查找结果（${list.total} 项）` : `全部事项（${list.total} 项）`}
        </h2>
        <form action="/admin/catalogue" className="mb-4">
          <Field
            id="catalogue-q"
            name="q"
            label="按事项名称、拼音或事项编码查找"
            type="search"
            defaultValue={q}
            maxLength={100}
            width="max-w-xl"
            spacing="mb-0"
            append={
              <>
                <Button type="submit" className="shrink-0">
                  查找
                </Button>
                {q ? (
                  <Link href="/admin/catalogue" className="inline-flex min-h-tap shrink-0 items-center px-2 font-semibold">
                    显示全部
                  </Link>
                ) : null}
              </>
            }
          />
        </form>

        {list.items.length === 0 ? (
          <p className="rounded-lg border border-line bg-white p-4">没有找到事项。请换个说法，或输入完整的事项编码。</p>
        ) : (
          <Table
            caption={`${q ? `“${q}”的查找结果` : "全部事项，按事项编码排列"}，第 ${page} 页，点事项名称进入编辑`}
            rows={list.items}
            rowKey={(i) => i.id}
            columns={[
              { header: "事项编码", cell: (i) => i.code, className: "font-mono" },
              {
                header: "事项名称",
                cell: (i) => (
                  <Link href={`/admin/catalogue/${i.id}`} className="inline-flex min-h-tap items-center font-semibold">
                    <span className="sr-only">编辑：</span>
                    {i.name}
                  </Link>
                ),
              },
              { header: "板块", cell: (i) => SECTION_NAMES[i.section] ?? i.section },
              { header: "实施部门", cell: (i) => i.departmentName },
              { header: "全程网办", cell: (i) => (i.online ? "是" : "否") },
              { header: "版本", cell: (i) => i.version },
              { header: "最后修改", cell: (i) => formatShortDateTime(i.updatedAt), nowrap: true },
            ]}
          />
        )}
        <Pager page={page} pages={pages} total={list.total} href={query} />
      </section>

      <section aria-labelledby="export-title" className="mb-8 rounded-lg border border-line bg-white p-5">
        <h2 id="export-title" className="mb-2 text-xl font-bold">
          导出
        </h2>
        <p className="mb-2">下载全部事项（含在线表单定义）的 JSON 文件，可作备份，也可修改后再导入。</p>
        <DownloadLink href="/admin/catalogue/export" wechat={client.wechat}>
          导出 JSON
        </DownloadLink>
      </section>

      <section aria-labelledby="import-title" className="rounded-lg border border-line bg-white p-5">
        <h2 id="import-title" className="mb-2 text-xl font-bold">
          导入
        </h2>
        <ImportForm />
      </section>
    </div>
  );
}
