import { expectNoViolations } from "./fixtures/axe";
import { DEMO, signInViaApi, submitAndWait, type DemoRole } from "./fixtures/auth";
import { expect, test } from "./fixtures/test";

// 智慧交通 and 智慧环保 (issue 13): every new page scanned with axe in normal mode (desktop and phone)
// and in 长辈版 (phone; the desktop project leaves "axe, 长辈版" out), plus the journeys the issue
// names: a stop's arrivals refresh without a reload, the AQI page on a phone and in 长辈版, and a
// 垃圾分类 item found by its pinyin.

type PageCase = { name: string; path: string; as?: DemoRole };

const PAGES: PageCase[] = [
  { name: "lines", path: "/transport/lines" },
  { name: "metro line", path: "/transport/lines/M1" },
  { name: "bus line (sample)", path: "/transport/lines/B1" },
  { name: "metro stop", path: "/transport/stops/metro-hepingqiao" },
  { name: "nearby, no place yet", path: "/transport/nearby" },
  { name: "nearby, by district", path: "/transport/nearby?district=崇川区" },
  { name: "metro and fares", path: "/transport/metro" },
  { name: "metro fare for a 62-year-old", path: "/transport/metro/fare?from=metro-pingchao&to=metro-wenfeng&age=62" },
  { name: "metro fare, form errors", path: "/transport/metro/fare?from=&to=metro-wenfeng&age=abc" },
  { name: "parking", path: "/transport/parking" },
  { name: "parking by district", path: "/transport/parking/search?district=崇川区" },
  { name: "roads", path: "/transport/roads" },
  { name: "bikes", path: "/transport/bikes" },
  { name: "admin roads", path: "/admin/transport", as: "admin" },
  { name: "air quality", path: "/environment/air" },
  { name: "water", path: "/environment/water" },
  { name: "环保百科", path: "/environment/wiki" },
  { name: "垃圾分类", path: "/environment/waste" },
  { name: "垃圾分类 results", path: "/environment/waste/search?q=dc" },
  { name: "垃圾分类, empty query", path: "/environment/waste/search?q=" },
  { name: "low-carbon", path: "/environment/low-carbon" },
  { name: "footprint result", path: "/environment/low-carbon/result?electricityKwh=2400&carKm=8000&flightKm=abc" },
  { name: "green-action log", path: "/environment/low-carbon/log", as: "citizen" },
  { name: "environment report", path: "/environment/report", as: "citizen" },
  { name: "admin 环保百科", path: "/admin/environment", as: "admin" },
  { name: "search finds lines and 垃圾分类", path: "/search?q=dianchi" },
];

for (const mode of [
  { name: "normal", elder: false },
  { name: "长辈版", elder: true },
] as const) {
  test.describe(`axe, ${mode.name}`, () => {
    for (const p of PAGES) {
      test(`${p.name} (${p.path})`, async ({ scanPage }) => {
        const page = await scanPage(p.as ?? "guest", mode.elder);
        const res = await page.goto(p.path);
        expect(res?.status(), `HTTP status of ${p.path}`).toBe(200);
        await expect(page.locator("main h1")).toBeVisible();
        await expectNoViolations(page, `${p.path} (${mode.name}, ${test.info().project.name})`);
      });
    }
    // The pages whose address comes from the data: an air station and an article.
    test("an air station and a 环保百科 article", async ({ scanPage }) => {
      const page = await scanPage("guest", mode.elder);
      await page.goto("/environment/air");
      const station = page.locator("main table a, main ul[aria-label='各监测站'] a").first();
      const stationHref = await station.getAttribute("href");
      await page.goto(stationHref!);
      await expect(page.locator("main h1")).toContainText("监测站");
      await expect(page.getByRole("img", { name: /近24小时 AQI/ })).toBeVisible();
      await expect(page.getByRole("table", { name: "逐时数据（最新的在前）" })).toBeVisible();
      await expectNoViolations(page, `${stationHref} (${mode.name})`);
      await page.goto("/environment/wiki");
      await page.goto((await page.locator("main ul a").first().getAttribute("href"))!);
      await expect(page.getByText(/^来源：/)).toBeVisible();
      await expectNoViolations(page, `环保百科 article (${mode.name})`);
    });
  });
}

// The board's refresh does not depend on the layout: desktop only (saves the phone projects ~25 s).
test("a stop page's arrivals refresh without a reload, announced politely", { tag: "@desktop-only" }, async ({ page }) => {
  // The board fetches once on hydration and then every 20 s; listen before the page loads.
  const refreshed = page.waitForResponse((r) => r.url().includes("/api/transit/arrivals?stop=metro-hepingqiao") && r.status() === 200, {
    timeout: 45_000,
  });
  await page.goto("/transport/stops/metro-hepingqiao");
  await expect(page.locator("main h1")).toHaveText("和平桥");
  const status = page.getByTestId("arrivals-updated");
  await expect(status).toHaveAttribute("aria-live", "polite");
  // A marker on the window survives only if the page is never reloaded.
  await page.evaluate(() => ((window as unknown as { __stay: number }).__stay = 1));
  await refreshed;
  await expect(status).toContainText("每20秒自动刷新");
  // The next refresh comes by itself, 20 s later, still without a reload.
  await page.waitForResponse((r) => r.url().includes("/api/transit/arrivals?stop=metro-hepingqiao"), { timeout: 30_000 });
  const body = await (await page.request.get("/api/transit/arrivals?stop=metro-hepingqiao")).json();
  expect(Array.isArray(body.rows)).toBe(true);
  expect(await page.evaluate(() => (window as unknown as { __stay?: number }).__stay)).toBe(1);
  // An unknown stop is a clear JSON 404, not a page.
  const missing = await page.request.get("/api/transit/arrivals?stop=nope");
  expect(missing.status()).toBe(404);
  expect((await missing.json()).error.message).toBe("找不到该站点");
});

test("the AQI page on a phone and in 长辈版", { tag: "@phone-only" }, async ({ page, context, baseURL }) => {
  await page.goto("/environment/air");
  await expect(page.getByTestId("aqi-value")).toHaveText(/^AQI \d+$/);
  await expect(page.getByText(/^建议：/)).toBeVisible();
  // On a phone each station is a card (the table shows from md up) and nothing scrolls sideways.
  await expect(page.getByRole("list", { name: "各监测站" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  const normalSize = await page.getByTestId("aqi-value").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  await context.addCookies([{ name: "nt-elder", value: "1", url: baseURL! }]);
  await page.goto("/environment/air");
  await expect(page.locator("html")).toHaveClass(/\belder\b/);
  await expect(page.getByTestId("aqi-value")).toBeVisible();
  const elderBody = await page
    .locator("main p")
    .first()
    .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  expect(elderBody).toBeGreaterThanOrEqual(18);
  expect(normalSize).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
});

test("垃圾分类: an item is found by its pinyin and by its initials", { tag: "@desktop-only" }, async ({ page }) => {
  await page.goto("/environment/waste");
  await page.getByLabel("物品名称").fill("dianchi");
  await page.locator("main").getByRole("button", { name: /搜索/ }).click();
  await expect(page).toHaveURL(/\/environment\/waste\/search\?q=dianchi/);
  const results = page.getByTestId("waste-results");
  await expect(results.locator("li").filter({ hasText: /^电池 → 有害垃圾/ })).toBeVisible();
  await page.getByLabel("物品名称").fill("");
  await page.getByLabel("物品名称").fill("dc");
  await page.locator("main").getByRole("button", { name: /搜索/ }).click();
  await expect(results.locator("li").first()).toContainText("电池");
  // An empty query says what to type, and keeps the form.
  await page.goto("/environment/waste/search?q=");
  await expect(page.getByRole("alert", { name: "出现问题" })).toContainText("请输入物品名称");
});

// A global-search hit for a parking lot leads to its row: the card on a phone, the table row (scrolled to
// by the page's script, highlighted) on wider screens. Runs on both layouts.
test("a parking lot found by the global search opens at its row", async ({ page }) => {
  await page.goto(`/search?q=${encodeURIComponent("金沙老街停车场")}`);
  const hit = page
    .locator("main")
    .getByRole("link", { name: /金沙老街停车场/ })
    .first();
  await expect(hit).toHaveAttribute("href", "/transport/parking#lot-P-TZ-002");
  await hit.click();
  await expect(page).toHaveURL(/\/transport\/parking#lot-P-TZ-002$/);
  const phone = test.info().project.use.isMobile === true;
  const row = phone ? page.locator("#lot-P-TZ-002") : page.locator('tr[data-row-anchor="lot-P-TZ-002"]');
  await expect(row).toBeVisible();
  await expect(row).toContainText("金沙老街停车场");
  await expect(row).toBeInViewport();
  if (!phone) await expect(row).toHaveAttribute("data-targeted", "");
});

/** "2026-12-02T08:00" in China time, `hours` from now. */
const chinaInput = (hours: number) => new Date(Date.now() + (8 + hours) * 3_600_000).toISOString().slice(0, 16);

test(
  "an admin edits a road notice; an edit of a version changed meanwhile is refused and keeps the typing",
  { tag: "@desktop-only" },
  async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await signInViaApi(page, DEMO.admin);
    const title = `青年路施工 e2e ${Date.now().toString(36)}`;
    await page.goto("/admin/transport");
    await page.getByLabel("类型").selectOption("roadworks");
    await page.getByLabel("标题").fill(title);
    await page.getByLabel("受影响的道路").fill("青年路，工农路");
    await page.getByLabel("说明").fill("青年路（工农路—人民路）雨水管道改造，半幅通行，请绕行。（e2e 测试）");
    await page.getByLabel("开始时间").fill(chinaInput(-1));
    await page.getByLabel("结束时间（选填）").fill(chinaInput(48));
    await submitAndWait(page, page.getByRole("button", { name: "发布", exact: true }));
    await expect(page.getByText("已发布，路况页面已更新。")).toBeVisible();

    // 修改 opens the notice in the form, prefilled.
    await page.getByRole("link", { name: `修改：${title}` }).click();
    await expect(page.getByRole("heading", { name: `修改：${title}` })).toBeVisible();
    await expect(page.getByLabel("标题")).toHaveValue(title);
    await expect(page.getByLabel("受影响的道路")).toHaveValue("青年路，工农路");
    await expect(page.getByLabel("类型")).toHaveValue("roadworks");
    await expectNoViolations(page, "/admin/transport?edit=…");
    const editUrl = page.url();

    // Meanwhile another admin (a second tab) extends the works.
    const other = await context.newPage();
    await other.goto(editUrl);
    await other.getByLabel("影响程度").selectOption("3");
    await submitAndWait(other, other.getByRole("button", { name: "保存修改" }));
    await expect(other.getByText("已保存修改，路况页面已更新。")).toBeVisible();

    // The first tab's edit was opened at the older version: refused, with what was typed kept.
    await page.getByLabel("标题").fill(`${title}（延期）`);
    await submitAndWait(page, page.getByRole("button", { name: "保存修改" }));
    await expect(page.getByRole("alert", { name: "出现问题" })).toContainText("该路况信息已被他人修改或已撤下，请刷新后再试");
    await expect(page.getByLabel("标题")).toHaveValue(`${title}（延期）`);
    await page.getByRole("link", { name: "打开最新版本" }).click();
    await expect(page.getByLabel("影响程度")).toHaveValue("3");
    await page.getByLabel("标题").fill(`${title}（延期）`);
    await submitAndWait(page, page.getByRole("button", { name: "保存修改" }));
    await expect(page.getByText("已保存修改，路况页面已更新。")).toBeVisible();

    // The public 路况 page (cached, revalidated by tag) shows the edit.
    await expect
      .poll(
        async () => {
          await page.goto("/transport/roads");
          return page.getByText(`${title}（延期）`).count();
        },
        { timeout: 10_000 },
      )
      .toBeGreaterThan(0);
    await page.goto("/admin/transport");
    await submitAndWait(page, page.getByRole("button", { name: `撤下：${title}（延期）` }));
    await expect(page.getByText("已撤下。")).toBeVisible();
    await context.close();
  },
);
