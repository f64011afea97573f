import { devices, expect, test, type Browser } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, errorSummary, fillPasswordForm, registerFresh, signInViaApi, signOut, uniqueOpenid } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";

// Issue 12: what a citizen, an elder or an agent meets in the first minute.

const PORT = Number(process.env.E2E_PORT ?? 3100);
const WECHAT_PORT = Number(process.env.E2E_WECHAT_PORT ?? 3199);
/** The suite runs on localhost; these tests come by the loopback IP, as a person typing 127.0.0.1 would. */
const BY_IP = `http://127.0.0.1:${PORT}`;

async function contextByIp(browser: Browser) {
  return browser.newContext({ baseURL: BY_IP, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
}

// One device is enough: the redirects do not depend on the screen.
test.describe("sign-in lands where it should", { tag: "@desktop-only" }, () => {
  test("each role lands in its own workspace, on the origin it came by (127.0.0.1)", async ({ browser }) => {
    const landing = { citizen: "/me", agent: "/agent", staff: "/staff", admin: "/admin" } as const;
    for (const [role, path] of Object.entries(landing) as [keyof typeof landing, string][]) {
      const context = await contextByIp(browser);
      const page = await context.newPage();
      await page.goto("/login");
      await fillPasswordForm(page, DEMO[role], DEMO_PASSWORD);
      await page.waitForURL((url) => url.pathname !== "/login");
      const url = new URL(page.url());
      expect(`${url.origin}${url.pathname}`, role).toBe(`${BY_IP}${path}`);
      await context.close();
    }
  });

  test("a person on the way to a page comes back to it, on the same origin", async ({ browser }) => {
    const context = await contextByIp(browser);
    const page = await context.newPage();
    await page.goto("/me/requests");
    await expect(page).toHaveURL(`${BY_IP}/login?callbackUrl=%2Fme%2Frequests`);
    await fillPasswordForm(page, DEMO.agent, DEMO_PASSWORD);
    await page.waitForURL(`${BY_IP}/me/requests`);
    // Opening 登录 while signed in goes to the workspace, not to the form.
    await page.goto("/login");
    await expect(page).toHaveURL(`${BY_IP}/agent`);
    await context.close();
  });

  test("WeChat's redirect_uri and the callback stay on the origin the browser used", async ({ browser }) => {
    const context = await contextByIp(browser);
    const page = await context.newPage();
    await page.goto("/login?method=wechat");
    await page.getByRole("button", { name: "微信扫码登录" }).click();
    await page.waitForURL((url) => url.port === String(WECHAT_PORT));
    const redirectUri = new URL(page.url()).searchParams.get("redirect_uri");
    expect(redirectUri).toBe(`${BY_IP}/api/auth/callback/wechat-web`);
    await page.getByLabel("openid").fill(uniqueOpenid());
    await page.getByLabel("昵称").fill("微信测试");
    await page.getByRole("button", { name: "同意授权" }).click();
    await page.waitForURL((url) => url.pathname === "/login/wechat-bind");
    expect(new URL(page.url()).origin).toBe(BY_IP);
    await context.close();
  });
});

// Desktop: the admin console.
test("an admin unlocks a locked account and the person signs in at once", { tag: "@desktop-only" }, async ({ browser, page }) => {
  const phone = await registerFresh(page);
  await signOut(page);
  await page.goto("/login");
  const summary = errorSummary(page);
  for (let i = 0; i < 5; i++) {
    await fillPasswordForm(page, phone, "Wrong@Pass123");
    await expect(summary).toContainText(i < 4 ? "手机号或密码不正确" : "锁定");
  }

  const admin = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await signInViaApi(admin, DEMO.admin);
  await admin.goto(`/admin?tab=users&q=${phone}`);
  const row = admin.getByRole("row").filter({ hasText: phone.slice(-4) });
  await expect(row).toContainText("（已锁定）");
  await expectNoViolations(admin, "admin users with a locked account");
  await row.getByRole("button", { name: /解除锁定/ }).click();
  await expect(admin.getByText("已解除锁定")).toBeVisible();
  await expect(admin.getByRole("row").filter({ hasText: phone.slice(-4) })).not.toContainText("已锁定");
  await admin.context().close();

  await fillPasswordForm(page, phone, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/me$/);
});

test("the 404 page's 搜索 button reads on one line", async ({ page }) => {
  await page.goto("/no-such-page-anywhere");
  const button = page.locator("#main").getByRole("button", { name: "搜索" });
  const box = await button.boundingBox();
  const lineHeight = await button.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  expect(box!.height).toBeLessThan(lineHeight * 2 + 16);
  expect(await button.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
});

test("长辈版 home is its own simplified page: eight large personal-service tiles, every target at least 60×60 px", async ({
  page,
  baseURL,
}) => {
  await page.context().addCookies([{ name: "nt-elder", value: "1", url: baseURL! }]);
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("智慧南通 长辈版");
  const tiles = page.getByRole("list", { name: "常用服务" }).getByRole("link");
  await expect(tiles).toHaveCount(8);
  await expect(tiles.first()).toContainText("社保");
  await expect(page.getByRole("link", { name: /拨打 12345/ })).toHaveAttribute("href", "tel:12345");
  // No enterprise items and none of the standard home's sections.
  await expect(page.locator("main")).not.toContainText("六大板块");
  const small: string[] = [];
  for (const link of await page.locator("main a, footer a, nav a").all()) {
    if (!(await link.isVisible())) continue;
    const box = (await link.boundingBox())!;
    if (box.width < 60 || box.height < 60) small.push(`${await link.innerText()} ${Math.round(box.width)}×${Math.round(box.height)}`);
  }
  expect(small, "targets under 60×60 px").toEqual([]);
  await expectNoViolations(page, "长辈版 home");
});

test("the phone home opens with the most used services as an icon grid", { tag: "@phone-only" }, async ({ page }) => {
  await page.goto("/");
  const grid = page.getByRole("list", { name: "常用服务" });
  await expect(grid.getByRole("link")).toHaveCount(8);
  // On the first screen (844 px high) — after any live alert, which comes first by design (issue 16: the banner and
  // the home page's current alerts lead); another test may have one live while this runs.
  let alertHeight = 0;
  for (const region of [
    page.getByRole("region", { name: "突发事件预警" }),
    page.locator('section[aria-labelledby="home-alerts-heading"]'),
  ]) {
    if (await region.isVisible()) alertHeight += (await region.boundingBox())!.height;
  }
  expect((await grid.boundingBox())!.y - alertHeight).toBeLessThan(844 - 100);
});

test("我的 leads with what waits for the citizen, then counts, then the account", async ({ page }) => {
  await signInViaApi(page, DEMO.citizen);
  await page.goto("/me");
  const headings = await page.getByRole("heading", { level: 2 }).allInnerTexts();
  expect(headings[0]).toMatch(/^待办（\d+ 项）$/);
  expect(headings.indexOf("账号与个人信息")).toBeGreaterThan(headings.findIndex((h) => h.startsWith("我的办件")));
  await expect(page.getByRole("heading", { name: /我的诉求（\d+ 件）/ })).toBeVisible();
  await expectNoViolations(page, "我的 dashboard");
});

test("the agent console is a full-width workspace without the citizen header", { tag: "@desktop-only" }, async ({ page }) => {
  await signInViaApi(page, DEMO.agent);
  await page.goto("/agent?queue=overdue");
  await expect(page.getByRole("navigation", { name: "12345坐席工作台" })).toBeVisible();
  await expect(page.getByRole("banner")).toBeHidden();
  await expect(page.getByRole("button", { name: "长辈版", exact: true })).toBeHidden();
  await expect(page.getByRole("navigation", { name: "六大板块" })).toBeHidden();
  await expect(page.getByRole("columnheader", { name: "已等待" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "剩余时限" })).toBeVisible();
  const width = await page
    .locator("#main table")
    .first()
    .evaluate((t) => t.getBoundingClientRect().width);
  expect(width).toBeGreaterThan(1100);
});

// One device: the prefill does not depend on the screen.
test(
  "an application opens with the real-name name, ID number and phone filled in, and says so",
  { tag: "@desktop-only" },
  async ({ page }) => {
    await signInViaApi(page, DEMO.citizen);
    await page.goto("/services/2/apply"); // 社会保险个人参保证明开具: a personal item that needs real-name verification
    await page.getByRole("button", { name: /开始申请|继续填写/ }).click();
    await page.waitForURL(/\/me\/applications\/\d+\/edit\//);
    await expect(page.getByRole("status").filter({ hasText: "已从您的账号填好" })).toContainText("申请人居民身份证号码");
    await expect(page.getByLabel("申请人姓名")).toHaveValue("周晓彤");
    await expect(page.getByLabel("联系电话")).toHaveValue(DEMO.citizen);
    await expect(page.getByLabel("申请人居民身份证号码")).toHaveValue(/^\d{17}[\dX]$/);
    await expectNoViolations(page, "prefilled applicant page");
  },
);

// ——— Agent console built for a live call ———

test.describe("the agent console on a live call", { tag: "@desktop-only" }, () => {
  test("the knowledge panel follows the description as it is typed; type-ahead picks a category; ? lists the shortcuts", async ({
    page,
  }) => {
    await signInViaApi(page, DEMO.agent);
    await page.goto(`/agent/calls?phone=${DEMO.citizen}`);
    const panel = page.locator("section", { has: page.getByRole("heading", { name: "知识库", level: 2 }) });
    await expect(panel).toContainText("输入诉求内容或搜索词后");
    // The caller's own words, not search words: the panel finds the noise article a moment after typing stops.
    await page.getByLabel("诉求内容").pressSequentially("隔壁工地晚上十一点还在施工，噪声太大睡不着", { delay: 20 });
    await expect(panel.getByRole("status")).toHaveText(/找到 \d+ 篇相关答复口径/);
    await expect(panel.getByRole("link", { name: /噪声投诉：夜间施工/ })).toHaveAttribute("target", "_blank");
    await expect(panel).toContainText("按诉求内容推荐");

    // Type-ahead: a word picks the one matching category in the select the form posts.
    await page.getByLabel("快速查找分类").fill("占道经营");
    await expect(page.locator("#categoryId option:checked")).toHaveText("城市管理 › 占道经营（需地点）");
    await expect(page.getByText("已选择：城市管理 › 占道经营（需地点）")).toBeVisible();

    // ? outside a field opens the shortcut list; typing ? into a field does not.
    await page.getByLabel("诉求内容").press("Shift+Slash");
    await expect(page.locator("#shortcut-help")).not.toHaveAttribute("open");
    await page.getByRole("heading", { name: "来电受理", level: 1 }).click();
    await page.keyboard.press("Shift+Slash");
    await expect(page.locator("#shortcut-help")).toHaveAttribute("open");
    await expect(page.locator("#shortcut-help")).toContainText("打开或关闭本列表");
    await expectNoViolations(page, "agent call page with knowledge panel");
  });

  test("without JavaScript the knowledge panel is a form the page answers", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await signInViaApi(page, DEMO.agent);
    await page.goto(`/agent/calls?phone=${DEMO.citizen}`);
    await page.getByLabel("搜索答复口径").fill("居住证");
    await page.getByRole("search", { name: "知识库" }).getByRole("button", { name: "搜索" }).click();
    await page.waitForURL(/kb=/);
    await expect(page.getByRole("list", { name: "答复口径" }).getByRole("link").first()).toContainText("居住证");
    await context.close();
  });

  test("显示姓名 shows the caller's name whole; the citizen finds the reading in 谁看过我的信息", async ({ browser, page, baseURL }) => {
    const phone = await registerFresh(page); // the citizen, signed in on `page`
    const agent = await (await browser.newContext({ baseURL })).newPage();
    await signInViaApi(agent, DEMO.agent);
    await agent.goto(`/agent/calls?phone=${phone}`);
    const name = agent.getByTestId("caller-name");
    await expect(name).toContainText("*");
    const masked = await name.innerText();
    await expect(agent.getByLabel("来电人称呼（选填）")).toHaveValue(masked);
    await agent.getByRole("link", { name: /显示姓名/ }).click();
    await expect(name).not.toContainText("*");
    const full = await name.innerText();
    await expect(agent.getByText("查看已记录")).toBeVisible();
    await expect(agent.getByLabel("来电人称呼（选填）")).toHaveValue(full);
    await agent.context().close();

    await page.goto("/me/privacy");
    await expect(page.locator("#main")).toContainText("接听您的12345来电时查看了您的姓名");
  });

  test("queues sort by column; by default the oldest overdue order leads", async ({ page }) => {
    await signInViaApi(page, DEMO.agent);
    await page.goto("/agent?queue=dispatched");
    const table = page.locator("#main table").first();
    await expect(page.getByTestId("queue-sort")).toContainText("超期最久的在前");
    await expect(table.getByRole("columnheader", { name: /剩余时限/ })).toHaveAttribute("aria-sort", "ascending");
    await expect(table.getByRole("columnheader", { name: /已等待/ })).toHaveAttribute("aria-sort", "none");
    // Overdue rows (red) come before the others.
    const overdue = await table.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.className.includes("bg-danger-bg")));
    expect(overdue.indexOf(false) === -1 || !overdue.slice(overdue.indexOf(false)).includes(true)).toBe(true);

    await table.getByRole("link", { name: /^已等待/ }).click();
    await page.waitForURL(/sort=waiting/);
    await expect(page.getByTestId("queue-sort")).toContainText("等待最久的在前");
    await expect(
      page
        .locator("#main table")
        .first()
        .getByRole("columnheader", { name: /已等待/ }),
    ).toHaveAttribute("aria-sort", "descending");
    await page
      .locator("#main table")
      .first()
      .getByRole("link", { name: /^已等待/ })
      .click();
    await page.waitForURL(/sort=newest/);
    await expect(
      page
        .locator("#main table")
        .first()
        .getByRole("columnheader", { name: /已等待/ }),
    ).toHaveAttribute("aria-sort", "ascending");
    await page.getByRole("link", { name: "恢复默认排序" }).click();
    await page.waitForURL((url) => !url.search.includes("sort="));
    await expectNoViolations(page, "agent queue sorted");
  });
});

// ——— 一网通办 and the shell ———

test("/services opens with 个人/法人 tabs; on phones the filters sit behind 筛选", async ({ page, isMobile }) => {
  await page.goto("/services");
  const tabs = page.getByRole("navigation", { name: "办事对象" });
  await expect(tabs.getByRole("link", { name: "全部事项" })).toHaveAttribute("aria-current", "page");
  const section = page.getByLabel("板块", { exact: true });
  const toggle = page.getByTestId("catalogue-filters").locator("summary");
  if (isMobile) {
    await expect(section).toBeHidden();
    await expect(toggle).toBeVisible();
    await toggle.click();
    await expect(section).toBeVisible();
  } else {
    await expect(toggle).toBeHidden();
    await expect(section).toBeVisible();
  }
  await tabs.getByRole("link", { name: "法人办事" }).click();
  await page.waitForURL(/audience=enterprise/);
  await expect(page.getByRole("navigation", { name: "办事对象" }).getByRole("link", { name: "法人办事" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.locator("#results-title")).toContainText("共");
  await expectNoViolations(page, "services 法人 tab");
});

test("phones do not prefetch the links they show; desktops do", async ({ page, isMobile }) => {
  const prefetches: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) prefetches.push(r.url());
  });
  await page.goto("/");
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(2500);
  if (isMobile) expect(prefetches).toEqual([]);
  else expect(prefetches.length).toBeGreaterThan(0);
});

test("a slow navigation shows a slim progress bar until the next page is on show", { tag: "@desktop-only" }, async ({ page }) => {
  // Hold /services' data back for a while, as a slow network would (its prefetch too, so the click must wait).
  await page.route(
    (url) => url.pathname === "/services",
    async (route) => {
      if (route.request().headers()["rsc"]) await new Promise((r) => setTimeout(r, 2000));
      await route.continue().catch(() => {});
    },
  );
  await page.goto("/");
  await expect(page.getByTestId("nav-progress")).toHaveCount(0);
  await page.locator("header").getByRole("link", { name: "一网通办" }).first().click();
  await expect(page.getByTestId("nav-progress")).toBeVisible();
  await page.waitForURL(/\/services$/);
  await expect(page.getByTestId("nav-progress")).toHaveCount(0);
});

test(
  "in WeChat's in-app browser the header leaves the site name to WeChat's title bar",
  { tag: "@desktop-only" },
  async ({ browser, baseURL }) => {
    const context = await browser.newContext({
      ...devices["Pixel 7"],
      baseURL,
      userAgent: `${devices["Pixel 7"].userAgent} MicroMessenger/8.0.50.2701(0x28003236) WeChat/arm64 NetType/WIFI Language/zh_CN`,
    });
    const page = await context.newPage();
    await page.goto("/services");
    expect(await page.title()).toBe("一网通办 | 智慧南通");
    const home = page.locator("header").getByRole("link", { name: "智慧南通" });
    await expect(home).toBeVisible(); // the logo, still named for screen readers
    const name = home.getByText("智慧南通");
    expect(await name.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    await context.close();

    // Outside WeChat the name shows.
    const plain = await browser.newContext({ ...devices["Pixel 7"], baseURL });
    const other = await plain.newPage();
    await other.goto("/services");
    expect(
      await other
        .locator("header")
        .getByRole("link", { name: "智慧南通" })
        .getByText("智慧南通")
        .evaluate((el) => el.getBoundingClientRect().width),
    ).toBeGreaterThan(20);
    await plain.close();
  },
);

// ——— 长辈版 lists, links and placeholders, at phone width ———

async function elder(page: import("@playwright/test").Page, baseURL: string | undefined) {
  await page.context().addCookies([{ name: "nt-elder", value: "1", url: baseURL! }]);
}

test(
  "长辈版: a list row is one large link, and every link in the page is at least 60×60 px",
  { tag: "@phone-only" },
  async ({ page, baseURL }) => {
    await elder(page, baseURL);
    await page.goto("/services");
    const row = page.locator("#main li.row-link").first();
    const title = await row.getByRole("link").first().getAttribute("href");
    await row.evaluate((el) => el.scrollIntoView({ block: "center" }));
    const box = (await row.boundingBox())!;
    // Not on the title: the right end of the row, half way down (clear of the phone's bottom tab bar).
    await page.mouse.click(box.x + box.width - 12, box.y + box.height / 2);
    await page.waitForURL((url) => url.pathname === title);

    for (const path of ["/services", "/12345", "/privacy"]) {
      await page.goto(path);
      const small: string[] = [];
      for (const link of await page.locator("main a").all()) {
        if (!(await link.isVisible())) continue;
        const b = await link.boundingBox();
        if (b && (b.width < 59.5 || b.height < 59.5))
          small.push(`${(await link.innerText()).slice(0, 20)} ${Math.round(b.width)}×${Math.round(b.height)}`);
      }
      expect(small, `${path}: links under 60×60 px`).toEqual([]);
    }
  },
);

test("长辈版: no search box cuts its placeholder short", { tag: "@phone-only" }, async ({ page, baseURL }) => {
  await elder(page, baseURL);
  const cut: string[] = [];
  for (const path of ["/search", "/culture/library", "/governance/data", "/economy/jobs", "/economy/policies", "/environment/waste"]) {
    await page.goto(path);
    for (const input of await page.locator("main input[placeholder]").all()) {
      if (!(await input.isVisible())) continue;
      const fits = await input.evaluate((el: HTMLInputElement) => {
        const style = getComputedStyle(el);
        const ctx = document.createElement("canvas").getContext("2d")!;
        ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = el.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        return ctx.measureText(el.placeholder).width <= room;
      });
      if (!fits) cut.push(`${path} ${await input.getAttribute("placeholder")}`);
    }
  }
  expect(cut).toEqual([]);
});
