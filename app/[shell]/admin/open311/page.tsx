import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { adminErrorText } from "@/server/modules/admin/labels";
import { getCaller } from "@/server/request";
import { revokeOpen311KeyAction } from "@/server/actions/open311-admin";
import { Open311KeyForm } from "@/components/hotline/open311-key-form";
import { Notice } from "@/components/ui/notice";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { formatShortDateTime } from "@/components/ui/format";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table } from "@/components/ui/table";

export const metadata: Metadata = { title: "Open311 接口密钥", robots: { index: false } };

type SP = Promise<SearchParams>;

/** Admin: API keys of the Open311 GeoReport v2 interface — create (shown once), see last use, revoke. */
export default async function Open311AdminPage({ searchParams }: { searchParams: SP }) {
  await guardPage("hotline.admin", "/admin/open311");
  const sp = await searchParams;
  const keys = await (await getCaller()).hotline.open311Admin.list();
  const confirmId = Number(one(sp.confirm)) || null;
  const confirming = confirmId ? keys.find((k) => k.id === confirmId && !k.revokedAt) : undefined;
  // The query string carries an id and an error code, never text: names and messages come from here.
  const revoked = keys.find((k) => k.id === Number(one(sp.revoked)) && k.revokedAt)?.name ?? null;
  const err = adminErrorText(one(sp.err));

  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "管理后台", href: "/admin" }, { label: "Open311 接口" }]} />
      <h1 className="mb-2 text-3xl font-bold">Open311 接口密钥</h1>
      <p className="mb-2 max-w-3xl">
        外部系统通过 Open311 GeoReport v2 接口（<code className="font-mono">/open311/v2/</code>）向12345热线提交诉求时，须携带 API
        key。提交的诉求与其他渠道一样进入坐席“待派单”队列。查询接口无需密钥，且不返回任何个人信息。
      </p>
      <p className="mb-6">
        <a href="/open311/v2/discovery.json" className="inline-flex min-h-tap items-center font-semibold">
          查看接口说明（discovery.json）
        </a>
      </p>

      {revoked ? <Notice tone="success">已撤销“{revoked}”的 API key，使用它的提交将被拒绝（403）。已记入审计日志。</Notice> : null}
      <ErrorSummary message={err} />

      {confirming ? (
        <section aria-labelledby="confirm-title" className="mb-8 border-4 border-danger bg-white p-4">
          <h2 id="confirm-title" className="mb-2 text-xl font-bold">
            确定撤销“{confirming.name}”的 API key？
          </h2>
          <p className="mb-4">撤销立即生效且不能恢复：该使用方之后的提交都会被拒绝。如需继续使用，须重新创建密钥并交给对方。</p>
          <div className="flex flex-wrap items-center gap-4">
            <form action={revokeOpen311KeyAction}>
              <input type="hidden" name="id" value={confirming.id} />
              <Button type="submit" variant="danger">
                确定撤销
              </Button>
            </form>
            <Link href="/admin/open311" className="inline-flex min-h-tap items-center font-semibold">
              不撤销，返回
            </Link>
          </div>
        </section>
      ) : null}

      <section aria-labelledby="create-title" className="mb-10">
        <h2 id="create-title" className="mb-3 text-xl font-bold">
          创建 API key
        </h2>
        <Open311KeyForm />
      </section>

      <section aria-labelledby="keys-title">
        <h2 id="keys-title" className="mb-3 text-xl font-bold">
          已发放的密钥（{keys.length} 个）
        </h2>
        {keys.length === 0 ? (
          <p className="rounded-lg border border-line bg-white p-4">还没有发放任何密钥。</p>
        ) : (
          <Table
            caption="Open311 API key 列表：使用方、状态、操作、最近使用、密钥开头、创建时间"
            rows={keys}
            rowKey={(k) => k.id}
            columns={[
              { header: "使用方", cell: (k) => k.name, rowHeader: true },
              {
                header: "状态",
                cell: (k) => (k.revokedAt ? `已撤销（${formatShortDateTime(k.revokedAt)}）` : "有效"),
                className: (k) => `font-semibold ${k.revokedAt ? "text-danger" : "text-success"}`,
              },
              {
                header: "操作",
                nowrap: true,
                cell: (k) =>
                  k.revokedAt ? (
                    "—"
                  ) : (
                    <Link
                      href={`/admin/open311?confirm=${k.id}#confirm-title`}
                      className="relative inline-flex min-h-tap items-center whitespace-nowrap font-semibold text-danger"
                    >
                      撤销<span className="sr-only">“{k.name}”的密钥</span>
                    </Link>
                  ),
              },
              { header: "最近使用", cell: (k) => (k.lastUsedAt ? formatShortDateTime(k.lastUsedAt) : "从未使用"), nowrap: true },
              { header: "密钥开头", cell: (k) => `${k.keyPrefix}…`, nowrap: true, className: "font-mono" },
              { header: "创建时间", cell: (k) => formatShortDateTime(k.createdAt), nowrap: true },
            ]}
          />
        )}
      </section>
    </div>
  );
}
