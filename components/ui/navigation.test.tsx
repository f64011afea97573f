import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { Breadcrumbs } from "./breadcrumbs";
import { Pager } from "./pager";
import { Tabs } from "./tabs";

const html = (node: React.ReactElement) => renderToStaticMarkup(node);
const text = (markup: string) => markup.replace(/<[^>]+>/g, "");

describe("Breadcrumbs", () => {
  it("links up the tree and marks the page itself as current", () => {
    const out = html(<Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "12345热线", href: "/12345" }, { label: "诉求公开" }]} />);
    expect(out).toContain('<nav aria-label="面包屑"');
    expect(out).toContain('href="/"');
    expect(out).toContain('href="/12345"');
    expect(out).toContain('<span aria-current="page" class="break-words">诉求公开</span>');
    // Separators are decoration: two of them, hidden from screen readers.
    expect(out.match(/<span aria-hidden="true"[^>]*>›<\/span>/g)).toHaveLength(2);
  });

  it("marks nothing current when the trail ends in a link", () => {
    expect(
      html(
        <Breadcrumbs
          items={[
            { label: "我的", href: "/me" },
            { label: "我的办件", href: "/me/applications" },
          ]}
        />,
      ),
    ).not.toContain("aria-current");
  });
});

describe("Tabs", () => {
  const out = html(
    <Tabs
      label="工单队列"
      tabs={[
        { href: "/agent?queue=new", label: "待派单", current: true, count: 27, accessKey: "q" },
        { href: "/agent?queue=overdue", label: "超期督办", count: "999+", urgent: true },
        { href: "/admin/catalogue", label: "事项管理" },
      ]}
    />,
  );

  it("are links in a named navigation, the current one marked", () => {
    expect(out).toContain('<nav aria-label="工单队列"');
    expect(out.match(/aria-current="page"/g)).toHaveLength(1);
    expect(out).toMatch(
      /<a[^>]*href="\/agent\?queue=new"[^>]*aria-current="page"|<a[^>]*aria-current="page"[^>]*href="\/agent\?queue=new"/,
    );
    expect(out).toMatch(/accesskey="q"/i);
  });

  it("show counts as badges read out with their unit, urgent ones in red", () => {
    expect(text(out)).toContain("待派单27件");
    expect(text(out)).toContain("超期督办999+件");
    expect(out).toMatch(/bg-danger text-white">999\+/);
    expect(text(out)).toMatch(/事项管理$/);
  });
});

describe("Pager", () => {
  const href = (p: number) => `/list?page=${p}`;

  it("is not shown for a single page", () => {
    expect(html(<Pager page={1} pages={1} href={href} />)).toBe("");
    expect(html(<Pager page={1} hasNext={false} href={href} />)).toBe("");
  });

  it("says where you are and links to the neighbours", () => {
    const out = html(<Pager page={2} pages={5} total={98} href={href} />);
    expect(text(out)).toContain("第 2 页，共 5 页（98 条）");
    expect(out).toContain('href="/list?page=1"');
    expect(out).toContain('href="/list?page=3"');
  });

  it("offers no next page on the last one", () => {
    const out = html(<Pager page={5} pages={5} href={href} />);
    expect(out).not.toContain("下一页");
    expect(text(out)).toContain("第 5 页，共 5 页");
  });

  it("keeps going past a capped count", () => {
    const out = html(<Pager page={3} pages={3} total={1000} capped href={href} />);
    expect(text(out)).toContain("第 3 页（超过 1000 条）");
    expect(out).toContain('href="/list?page=4"');
  });

  it("pages through an uncounted list while full pages come back", () => {
    const out = html(<Pager page={2} hasNext href={href} />);
    expect(text(out)).toContain("第 2 页");
    expect(out).toContain('href="/list?page=3"');
    expect(html(<Pager page={2} hasNext={false} href={href} />)).not.toContain("下一页");
  });
});
