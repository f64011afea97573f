import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { TRPCError } from "@trpc/server";
import { cachedPublic } from "@/server/request";
import { PAGE_TAGS } from "@/server/lib/page-cache";
import { AUDIENCE_NAMES, SECTION_NAMES, timeLimitText } from "@/components/catalogue/labels";
import { formatIsoDate, formatPercent } from "@/components/ui/format";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table } from "@/components/ui/table";

type Params = Promise<{ id: string }>;

// The same guide for everyone: each item's page is rendered on its first visit and cached until
// an admin edits the item (tag catalogue:item:<id>); ratings counts may lag by up to 10 minutes.
export const dynamic = "force-static";
export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

async function load(idParam: string) {
  if (!/^[1-9]\d{0,9}$/.test(idParam) || Number(idParam) > 2_147_483_647) notFound();
  const id = Number(idParam);
  try {
    return await cachedPublic(
      ["catalogue.item", String(id)],
      [PAGE_TAGS.catalogue, PAGE_TAGS.catalogueItem(id)],
      (c) => c.catalogue.public.item({ id }),
      600,
    );
  } catch (e) {
    if (e instanceof TRPCError && e.code === "NOT_FOUND") notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const item = await load((await params).id);
  return { title: item.name, description: item.summary };
}

/** GOV.UK-style start page: what it is, who can apply, what you need, how long, then the start button. */
export default async function ServiceItemPage({ params }: { params: Params }) {
  const item = await load((await params).id);
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs
        items={[
          { label: "首页", href: "/" },
          { label: "一网通办", href: "/services" },
          { label: SECTION_NAMES[item.section] ?? item.section, href: `/services?section=${item.section}` },
        ]}
      />
      <p className="text-muted">
        {item.departmentName} · {item.kind} · 事项编码 {item.code}
      </p>
      <h1 className="mb-3 text-3xl font-bold">{item.name}</h1>
      <p className="mb-6 text-lg">{item.summary}</p>

      <dl className="mb-6 grid grid-cols-2 gap-4 rounded-lg border border-line bg-white p-4 sm:grid-cols-4 elder:grid-cols-1">
        <div>
          <dt className="text-muted">承诺时限</dt>
          <dd className="text-lg font-bold">{timeLimitText(item.promisedDays)}</dd>
        </div>
        <div>
          <dt className="text-muted">法定时限</dt>
          <dd className="text-lg font-bold">{item.legalDays}个工作日</dd>
        </div>
        <div>
          <dt className="text-muted">到现场次数</dt>
          <dd className="text-lg font-bold">{item.visits === 0 ? "0次（全程网办）" : `${item.visits}次`}</dd>
        </div>
        <div>
          <dt className="text-muted">办事对象</dt>
          <dd className="text-lg font-bold">{AUDIENCE_NAMES[item.audience] ?? item.audience}</dd>
        </div>
      </dl>

      {item.online ? (
        <div className="mb-8">
          <Link
            href={`/services/${item.id}/apply`}
            className="inline-flex min-h-tap items-center gap-2 rounded-md bg-success px-6 text-lg font-bold text-white no-underline hover:text-white"
          >
            在线办理
            <svg viewBox="0 0 24 24" className="h-5 w-5 elder:hidden" aria-hidden="true" focusable="false">
              <path d="M5 12h12M13 6l6 6-6 6" fill="none" stroke="currentColor" strokeWidth="2.5" />
            </svg>
          </Link>
          <p className="mt-2 text-sm text-muted">
            需要登录{item.requiresRealName ? "并完成实名认证" : ""}。申请可随时保存草稿，之后继续填写。
          </p>
        </div>
      ) : (
        <section aria-labelledby="where-title" className="mb-8 border-l-8 border-brand-600 bg-brand-50 p-4">
          <h2 id="where-title" className="mb-1 text-xl font-bold">
            到哪里办
          </h2>
          <p>{item.place ?? "请咨询承办部门"}</p>
          <p className="mt-1">此事项暂不能全程网办，需到现场 {item.visits} 次。请带齐下列材料。</p>
        </section>
      )}

      <Section title="申请条件" id="conditions">
        <ul className="list-disc space-y-1 pl-6">
          {item.conditions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </Section>
      <Section title="申报材料" id="materials">
        <Table
          caption="申报材料清单"
          variant="plain"
          rows={item.materials}
          rowKey={(m) => m.name}
          columns={[
            {
              header: "材料名称",
              rowHeader: true,
              cell: (m) => (
                <>
                  {m.name}
                  {m.note ? <span className="block text-sm font-normal text-muted">{m.note}</span> : null}
                </>
              ),
            },
            { header: "形式", cell: (m) => m.form },
            { header: "份数", cell: (m) => m.copies },
            { header: "是否必需", cell: (m) => (m.required ? "必需" : "视情况提供") },
          ]}
        />
      </Section>
      <Section title="办理流程" id="steps">
        <ol className="list-decimal space-y-1 pl-6">
          {item.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
      </Section>
      <Section title="收费标准" id="fees">
        <p>{item.fees}</p>
      </Section>
      <Section title="设定依据" id="basis">
        <ul className="list-disc space-y-1 pl-6">
          {item.legalBasis.map((b) => (
            <li key={b}>{b}</li>
          ))}
        </ul>
      </Section>
      <Section title="咨询方式" id="phone">
        <p>
          咨询电话：<a href={`tel:${item.phone.replace(/[^\d]/g, "")}`}>{item.phone}</a>（{item.departmentName}）
        </p>
      </Section>
      <Section title="服务评价" id="rating">
        <p>
          {item.satisfaction
            ? `已有 ${item.satisfaction.ratings} 条评价，满意率 ${formatPercent(item.satisfaction.satisfiedRate)}。`
            : "暂无评价。办结后您可以为本事项的服务打分。"}
        </p>
      </Section>
      <p className="mt-8 text-sm text-muted">本页信息最后更新：{formatIsoDate(item.updatedAt)}。如发现信息有误，请拨打 12345 反映。</p>
    </div>
  );
}

function Section({ title, id, children }: { title: string; id: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mb-6">
      <h2 id={`${id}-title`} className="mb-2 text-xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  );
}
