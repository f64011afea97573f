import { type Page } from "@playwright/test";
import { type DemoRole } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";
import { expect, test } from "./fixtures/test";

// WCAG 2.2 AA with axe on every page, in normal and 长辈版 mode (QUALITY.md), plus reflow at 320 px.
// Each scan navigates a page the worker keeps open per role and mode (`scanPage`, e2e/fixtures/test.ts):
// no new browser context and no sign-in per page. To scan a new page, add a line to PAGES.

type PageCase = { name: string; path: string; as?: DemoRole; status?: number };

const PAGES: PageCase[] = [
  { name: "home", path: "/" },
  { name: "economy", path: "/economy" },
  { name: "culture", path: "/culture" },
  { name: "governance", path: "/governance" },
  { name: "transport", path: "/transport" },
  { name: "environment", path: "/environment" },
  { name: "life", path: "/life" },
  { name: "services", path: "/services" },
  { name: "12345", path: "/12345" },
  { name: "search results", path: "/search?q=地铁" },
  { name: "search, no results", path: "/search?q=zzzz" },
  { name: "accessibility statement", path: "/accessibility" },
  { name: "privacy notice", path: "/privacy" },
  { name: "user agreement", path: "/terms" },
  { name: "login (password)", path: "/login" },
  { name: "login (sms)", path: "/login?method=sms" },
  { name: "login (wechat)", path: "/login?method=wechat" },
  { name: "register", path: "/register" },
  { name: "wechat bind, expired", path: "/login/wechat-bind?ticket=bad" },
  { name: "404", path: "/this-page-does-not-exist", status: 404 },
  { name: "me (citizen)", path: "/me", as: "citizen" },
  { name: "agent console", path: "/agent", as: "agent" },
  { name: "staff workbench", path: "/staff", as: "staff" },
  { name: "admin users", path: "/admin", as: "admin" },
  { name: "admin audit log", path: "/admin?tab=audit", as: "admin" },
  { name: "admin calendar", path: "/admin?tab=calendar", as: "admin" },
  { name: "admin departments", path: "/admin?tab=departments", as: "admin" },
  { name: "403 (citizen on /admin)", path: "/admin", as: "citizen", status: 403 },
  { name: "catalogue search", path: "/services?q=sbcx" },
  { name: "catalogue filters", path: "/services?section=life&audience=personal&online=1" },
  { name: "catalogue, no results", path: "/services?q=火星移民许可" },
  { name: "service item", path: "/services/1" },
  { name: "apply start", path: "/services/1/apply", as: "citizen" },
  { name: "tracking form", path: "/services/track" },
  { name: "tracking, bad input", path: "/services/track?serialNo=abc&phoneLast4=12" },
  { name: "my applications", path: "/me/applications", as: "citizen" },
  { name: "staff queue", path: "/staff/applications", as: "staff" },
  { name: "staff queue, processing", path: "/staff/applications?tab=processing", as: "staff" },
  { name: "admin ratings", path: "/admin?tab=ratings", as: "admin" },
  { name: "admin catalogue", path: "/admin/catalogue", as: "admin" },
  { name: "admin catalogue item", path: "/admin/catalogue/1", as: "admin" },
  // 智慧生活 (the booking pages, tickets, elder cards and desks are scanned in e2e/life.spec.ts)
  { name: "life hospitals", path: "/life/health" },
  { name: "life hospital", path: "/life/health/ntdxfy" },
  { name: "life clinic schedule", path: "/life/health/ntdxfy/cardio" },
  { name: "life tourism", path: "/life/tourism" },
  { name: "life community", path: "/life/community" },
  { name: "life wifi", path: "/life/wifi" },
  { name: "life wifi, district", path: "/life/wifi?district=崇川区" },
  { name: "life elder card, revoked", path: "/card/AAAAAAAAAAAAAAAAAAAAAA", status: 404 },
  { name: "life 市民卡", path: "/life/card", as: "citizen" },
  { name: "life 公积金", path: "/life/housing", as: "citizen" },
  { name: "life family", path: "/life/family", as: "citizen" },
  { name: "life home care form", path: "/life/community/care", as: "citizen" },
  { name: "life home care requests", path: "/life/community/requests", as: "citizen" },
  { name: "my appointments", path: "/me/appointments", as: "citizen" },
  { name: "my tickets", path: "/me/tickets", as: "citizen" },
  // 居民电子健康档案 and personal-data rights (the record and report pages are scanned in e2e/privacy.spec.ts)
  { name: "health records", path: "/life/health/records", as: "citizen" },
  { name: "health records access", path: "/life/health/records/access", as: "citizen" },
  { name: "my data and privacy", path: "/me/privacy", as: "citizen" },
  { name: "account closure", path: "/me/privacy/close", as: "citizen" },
  // 12345 citizen and public pages (the request detail and confirmation are scanned in e2e/hotline-citizen.spec.ts)
  { name: "12345 form (citizen)", path: "/12345", as: "citizen" },
  { name: "12345 public requests", path: "/12345/public" },
  { name: "12345 knowledge article (public)", path: "/12345/knowledge/1" },
  { name: "12345 public requests, page 2", path: "/12345/public?page=2" },
  { name: "my 12345 requests", path: "/me/requests", as: "citizen" },
  // 突发事件预警 (the staff desk, a live alert and the banner are scanned in e2e/alerts.spec.ts)
  { name: "alerts", path: "/alerts" },
  { name: "alerts, past", path: "/alerts?scope=past" },
  { name: "alert (sample, cancelled chain)", path: "/alerts/1" },
  { name: "alert subscription", path: "/me/alerts", as: "citizen" },
  { name: "403 (市城管局 staff on /staff/alerts)", path: "/staff/alerts", as: "staff", status: 403 },
  { name: "my 12345 request, not mine", path: "/me/requests/999999999", as: "citizen", status: 404 },
  // 12345 agent console (hl-agent); the ticket page is checked with axe in e2e/hotline-agent.spec.ts
  { name: "agent console, overdue queue", path: "/agent?queue=overdue", as: "agent" },
  { name: "agent console, extensions", path: "/agent?queue=extensions", as: "agent" },
  { name: "agent console, read-only admin", path: "/agent", as: "admin" },
  { name: "agent calls", path: "/agent/calls", as: "agent" },
  { name: "agent calls, caller found", path: "/agent/calls?phone=13800000001", as: "agent" },
  { name: "agent calls, bad number", path: "/agent/calls?phone=12345", as: "agent" },
  // 12345 Open311 admin
  { name: "admin open311 keys", path: "/admin/open311", as: "admin" },
  { name: "admin open311 revoke confirmation", path: "/admin/open311?confirm=1", as: "admin" },
  // 12345 department desk and knowledge base (hl-staff)
  { name: "staff 12345 tickets", path: "/staff/tickets", as: "staff" },
  { name: "staff 12345 tickets, overdue", path: "/staff/tickets?tab=overdue", as: "staff" },
  { name: "staff 12345 tickets, replied", path: "/staff/tickets?tab=replied", as: "staff" },
  { name: "knowledge search", path: "/agent/knowledge?q=gjj", as: "agent" },
  { name: "knowledge search, no results", path: "/agent/knowledge?q=火星移民", as: "agent" },
  { name: "knowledge article", path: "/agent/knowledge/1", as: "agent" },
  { name: "knowledge propose edit", path: "/agent/knowledge/propose?article=1", as: "agent" },
  { name: "knowledge propose new", path: "/agent/knowledge/propose", as: "agent" },
  { name: "admin knowledge", path: "/admin/knowledge", as: "admin" },
  { name: "admin knowledge, published", path: "/admin/knowledge?status=published", as: "admin" },
  // 12345 statistics (hl-stats)
  { name: "hotline stats (agent)", path: "/agent/stats", as: "agent" },
  { name: "hotline stats, custom range error", path: "/agent/stats?preset=custom&from=2026-11-20&to=2026-11-10", as: "agent" },
  { name: "hotline admin (stats + SLA)", path: "/admin/hotline?preset=last30", as: "admin" },
];

const MODES = [
  { name: "normal", elder: false },
  { name: "长辈版", elder: true },
] as const;

async function useElderMode(page: Page, baseURL: string) {
  await page.context().addCookies([{ name: "nt-elder", value: "1", url: baseURL }]);
}

for (const mode of MODES) {
  test.describe(`axe, ${mode.name}`, () => {
    // 长辈版 is the phone-first large-text mode: it is scanned at phone width (the desktop project leaves
    // these out with grepInvert in playwright.config.ts); every page is scanned in both modes.
    for (const p of PAGES) {
      test(`${p.name} (${p.path})`, async ({ scanPage }) => {
        const page = await scanPage(p.as ?? "guest", mode.elder);
        const res = await page.goto(p.path);
        expect(res?.status(), `HTTP status of ${p.path}`).toBe(p.status ?? 200);
        await expect(page.locator("html")).toHaveClass(mode.elder ? /\belder\b/ : /^(?!.*\belder\b).*$/);
        await expect(page.locator("main h1")).toBeVisible();
        await expectNoViolations(page, `${p.path} (${mode.name}, ${test.info().project.name})`);
      });
    }
  });
}

// The scans above pass only if the scan can fail: on a kept page and on an ordinary one, a page with
// known violations must be reported. (A static page: the app's own pages would re-render on hydration.)
const BROKEN = `<!doctype html><html lang="zh-CN"><head><title>违规示例</title></head><body><main><h1>违规示例</h1>
<p style="color:#bbb;background:#fff">浅色文字</p><img src="/x.png"><a href="/x"></a></main></body></html>`;

test("the axe scan reports violations", async ({ scanPage, page }) => {
  for (const [label, p] of [
    ["kept page", await scanPage("guest", false)],
    ["ordinary page", page],
  ] as const) {
    await p.setContent(BROKEN);
    const report = await expectNoViolations(p, label).then(
      () => "no violations reported",
      (e: Error) => e.message,
    );
    for (const rule of ["color-contrast", "image-alt", "link-name"]) expect(report, label).toContain(rule);
  }
});

test.describe("reflow at 320 px", () => {
  test.use({ viewport: { width: 320, height: 640 } });
  for (const mode of MODES) {
    for (const path of ["/", "/login", "/register", "/services"]) {
      test(`${path} has no horizontal scrolling (${mode.name})`, async ({ page, baseURL }) => {
        if (mode.elder) await useElderMode(page, baseURL!);
        await page.goto(path);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(clientWidth).toBe(320);
        if (scrollWidth > 320) {
          const wide = await page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>("body *")]
              .filter((el) => el.getBoundingClientRect().right > 321)
              .slice(0, 8)
              .map(
                (el) =>
                  `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].slice(0, 4).join(".")} → ${Math.round(el.getBoundingClientRect().right)}px`,
              ),
          );
          expect(scrollWidth, `wider than 320 px on ${path}:\n${wide.join("\n")}`).toBeLessThanOrEqual(320);
        }
      });
    }
  }
});
