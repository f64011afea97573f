import { describe, expect, it } from "vitest";
import { richTextToPlain, sanitizeRichText } from "./rich-text";

/** Nothing that can run code may remain: no script element, no on* attribute, no javascript:/data: URL. */
function assertInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/javascript:/i);
  expect(html).not.toMatch(/data:/i);
  expect(html).not.toMatch(/<(iframe|object|embed|style|svg|math|form|input|base|meta|link)\b/i);
}

describe("sanitizeRichText", () => {
  it("keeps the article structure: headings, paragraphs, lists, tables, links, images", () => {
    const html =
      "<h2>一、总则</h2><p>为<strong>优化</strong>营商环境，<em>制定</em>本办法。</p><ul><li>第一项</li></ul>" +
      '<table><caption>补贴标准</caption><thead><tr><th scope="col">类别</th></tr></thead><tbody><tr><td colspan="2">10万元</td></tr></tbody></table>' +
      '<p><a href="https://www.nantong.gov.cn/">市政府网站</a> <a href="/governance/open">政务公开</a> <a href="mailto:x@nantong.gov.cn">邮件</a></p>' +
      '<img src="https://www.nantong.gov.cn/a.png" alt="示意图">';
    const out = sanitizeRichText(html);
    expect(out).toContain("<h2>一、总则</h2>");
    expect(out).toContain("<strong>优化</strong>");
    expect(out).toContain('<th scope="col">类别</th>');
    expect(out).toContain('<td colspan="2">10万元</td>');
    expect(out).toContain('<a href="https://www.nantong.gov.cn/" rel="noopener noreferrer">市政府网站</a>');
    expect(out).toContain('<a href="/governance/open">政务公开</a>');
    expect(out).toContain('<a href="mailto:x@nantong.gov.cn"');
    expect(out).toContain('<img src="https://www.nantong.gov.cn/a.png" alt="示意图" />');
  });

  it("removes <script> elements with their content, in every spelling", () => {
    const cases = [
      '<p>正文</p><script>alert("x")</script>',
      "<SCRIPT SRC=//evil.example/x.js></SCRIPT><p>正文</p>",
      '<p>正文<script type="module">import("x")</script></p>',
      "<svg><script>alert(1)</script></svg>",
      '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    ];
    for (const c of cases) {
      const out = sanitizeRichText(c);
      assertInert(out);
      expect(out).not.toContain("alert(");
      expect(out).not.toContain("import(");
    }
  });

  it("leaves a split-up <script> as harmless escaped text", () => {
    const out = sanitizeRichText("<scr<script>ipt>alert(1)</script>");
    assertInert(out);
    expect(out).not.toContain("<");
  });

  it("drops every on* event handler and style", () => {
    const out = sanitizeRichText(
      '<p onclick="alert(1)" onmouseover=alert(1) style="background:url(javascript:alert(1))">文字</p>' +
        '<img src="https://x.cn/a.png" onerror="alert(1)" alt="a"><a href="https://x.cn" onfocus="alert(1)" autofocus>链接</a>' +
        '<details open ontoggle="alert(1)">x</details><body onload="alert(1)">',
    );
    assertInert(out);
    expect(out).toContain("<p>文字</p>");
    expect(out).not.toContain("style=");
  });

  it("never keeps a javascript:, vbscript: or data: URL, however it is disguised", () => {
    const hrefs = [
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      " javascript:alert(1)",
      "java\tscript:alert(1)",
      "java&#x09;script:alert(1)",
      "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
      "&#x6A;avascript:alert(1)",
      "vbscript:msgbox(1)",
      "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
      "//evil.example/x",
    ];
    for (const href of hrefs) {
      const out = sanitizeRichText(`<p><a href="${href}">点我</a><img src="${href}" alt="图"></p>`);
      assertInert(out);
      expect(out).not.toMatch(/vbscript:|evil\.example/i);
      expect(out).toContain("点我"); // the text stays, the link goes
    }
  });

  it("removes forms, frames, styles and unknown attributes", () => {
    const out = sanitizeRichText(
      '<form action="https://x"><input name="p"></form><style>p{}</style><object data="x"></object><embed src="x"><base href="https://x/"><meta http-equiv="refresh" content="0;url=https://x"><p class="a" id="b" data-x="y">正文</p>',
    );
    assertInert(out);
    expect(out).toBe("<p>正文</p>");
  });

  it("turns h1 into h2 and b/i into strong/em", () => {
    expect(sanitizeRichText("<h1>标题</h1><b>粗</b><i>斜</i>")).toBe("<h2>标题</h2><strong>粗</strong><em>斜</em>");
  });
});

describe("richTextToPlain", () => {
  it("gives readable text with line breaks and decoded entities", () => {
    expect(richTextToPlain("<h2>通知</h2><p>A &amp; B&nbsp;&lt;第1条&gt;</p><ul><li>一</li><li>二</li></ul>")).toBe(
      "通知\nA & B <第1条>\n一\n二",
    );
  });
});
