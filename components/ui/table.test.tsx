import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { SummaryList } from "./summary-list";
import { Table } from "./table";

const html = (node: React.ReactElement) => renderToStaticMarkup(node);
const rows = [
  { id: 1, name: "市城管局", received: 1200, late: true },
  { id: 2, name: "市公安局", received: 80, late: false },
];

describe("Table", () => {
  it("names the table by its caption and its columns by headers", () => {
    const out = html(
      <Table
        caption="各部门受理量"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: "部门", cell: (r) => r.name, rowHeader: true },
          { header: "受理量", cell: (r) => r.received, numeric: true, className: (r) => (r.late ? "text-danger" : undefined) },
        ]}
      />,
    );
    expect(out).toContain('<caption class="sr-only">各部门受理量</caption>');
    expect(out.match(/<th scope="col"/g)).toHaveLength(2);
    expect(out).toContain('<th scope="row" class="p-2 font-semibold">市城管局</th>');
    expect(out).toContain('<td class="p-2 text-right text-danger">1200</td>');
    expect(out).toContain('<td class="p-2 text-right">80</td>');
    expect(out).not.toContain('role="region"');
  });

  it("lets the keyboard scroll a table without links, under a name", () => {
    const out = html(
      <Table
        caption="部门列表"
        scrollLabel="部门列表（可左右滚动）"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[{ header: "名称", cell: (r) => r.name }]}
      />,
    );
    expect(out).toContain('role="region" aria-label="部门列表（可左右滚动）" tabindex="0"');
  });

  it("turns rows into cards on phones when asked, and hides the table there", () => {
    const out = html(
      <Table
        caption="工单"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[{ header: "名称", cell: (r) => r.name }]}
        cardsLabel="工单列表"
        cardClassName={(r) => (r.late ? "border-danger border-l-8" : undefined)}
        card={(r) => <p>{r.name}</p>}
      />,
    );
    expect(out).toContain('<ul class="space-y-3 md:hidden" aria-label="工单列表">');
    expect(out).toContain('<li class="rounded-lg border bg-white p-4 border-danger border-l-8"><p>市城管局</p></li>');
    expect(out).toContain('<li class="rounded-lg border bg-white p-4 border-line"><p>市公安局</p></li>');
    expect(out).toMatch(/class="overflow-x-auto rounded-lg border border-line bg-white hidden md:block"/);
  });

  it("can print its caption (a data table beside a chart)", () => {
    const out = html(
      <Table
        caption="数据表"
        captionVisible
        variant="plain"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[{ header: "名称", cell: (r) => r.name }]}
      />,
    );
    expect(out).toContain('<caption class="mb-1 text-left font-semibold">数据表</caption>');
    expect(out).toContain('<div class="overflow-x-auto">');
  });
});

describe("SummaryList", () => {
  it("pairs each label with its value", () => {
    const out = html(
      <SummaryList
        rows={[
          ["受理渠道", "电话"],
          ["联系人", "张先生"],
        ]}
      />,
    );
    expect(out).toMatch(/<dt class="font-semibold">受理渠道<\/dt><dd[^>]*>电话<\/dd>/);
    expect(out.match(/<dt/g)).toHaveLength(2);
  });
});
