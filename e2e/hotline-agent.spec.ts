import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, errorSummary, signInViaApi, submitAndWait, uniquePhone } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";

// The 12345 agent console on a desktop, keyboard first: look up a caller by phone, register a
// request on their behalf, dispatch it to 市城管局 (city-management category), find it in the
// 已派单 queue; and two agents acting on the same version (two browser contexts).

const CONFLICT = "该工单已被他人处理，请刷新后查看最新状态";

async function agentPage(browser: Browser, baseURL: string | undefined, phone: string = DEMO.agent): Promise<Page> {
  const ctx = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1280, height: 900 } });
  const page = await ctx.newPage();
  await signInViaApi(page, phone);
  return page;
}

/** Registers a request for `caller` through /agent/calls and returns the ticket page URL and number. */
async function registerCall(page: Page, caller: string, description: string) {
  await page.goto("/agent/calls");
  const phone = page.getByLabel("来电号码");
  await expect(phone).toBeFocused();
  await page.keyboard.type(caller);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: `来电人 ${caller}` })).toBeVisible();
  await page.getByLabel("诉求类型").selectOption("投诉");
  await page.getByLabel("诉求分类").selectOption({ label: "城市管理 › 占道经营（需地点）" });
  await page.getByLabel("诉求内容").fill(description);
  await page.getByLabel("所在区县（选填）").selectOption("崇川区");
  await page.getByLabel("发生地点（详细地址）").fill(`崇川区e2e路${Date.now() % 100000}号`);
  await expect(page.getByLabel("联系电话")).toHaveValue(caller);
  await page.getByRole("button", { name: /登记工单/ }).click();
  await page.waitForURL(/\/agent\/tickets\/\d+\?done=created/);
  await expect(page.getByRole("status").filter({ hasText: "工单已登记" })).toBeVisible();
  const ticketNo = (await page.locator("h1 .font-mono").textContent())!.trim();
  expect(ticketNo).toMatch(/^12345\d{14}$/);
  return { url: page.url().replace(/\?.*$/, ""), ticketNo };
}

test("agent looks up a caller, registers a request on their behalf, dispatches it to 市城管局 and finds it in 已派单", async ({
  browser,
  baseURL,
}) => {
  const page = await agentPage(browser, baseURL);
  const caller = uniquePhone();

  // The console: queues as tabs with counts, lookup and knowledge search, keyboard help.
  await page.goto("/agent");
  await expect(page.getByRole("heading", { name: "12345坐席工作台", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "工单队列" }).getByRole("link", { name: /待派单\s*\d+/ })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(page.getByRole("search", { name: "知识库" })).toHaveAttribute("action", "/agent/knowledge");
  await page.getByLabel("来电号码").fill(caller);
  await page.getByLabel("来电号码").press("Enter");
  await page.waitForURL(`**/agent/calls?phone=${caller}`);
  await expect(page.getByText("该号码未注册智慧南通账号。")).toBeVisible();
  await expect(page.getByText("没有该号码的诉求记录。")).toBeVisible();

  // A bad number: a clear error, the number kept.
  await page.goto("/agent/calls?phone=12345");
  await expect(errorSummary(page)).toContainText("请输入正确的来电号码");
  await expect(page.getByLabel("来电号码")).toHaveValue("12345");

  // Intake with a missing field first: nothing typed is lost.
  await page.goto(`/agent/calls?phone=${caller}`);
  await page.getByLabel("诉求类型").selectOption("投诉");
  await page.getByLabel("诉求内容").fill("来电反映小区门口流动摊贩占道经营，早高峰堵塞人行道。");
  await submitAndWait(page, page.getByRole("button", { name: /登记工单/ }));
  await expect(errorSummary(page)).toContainText("请选择诉求分类");
  await expect(page.getByLabel("诉求内容")).toHaveValue("来电反映小区门口流动摊贩占道经营，早高峰堵塞人行道。");

  const { url, ticketNo } = await registerCall(page, caller, "来电反映小区门口流动摊贩占道经营，早高峰堵塞人行道。");
  await expectNoViolations(page, "agent ticket (new)");
  // Dispatch: the category's department is preselected, the due date is shown.
  const dept = page.getByLabel("承办部门");
  await expect(dept.locator("option:checked")).toHaveText("市城管局");
  await expect(page.getByText(/投诉类办理时限 13 个工作日，现在派单截止 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await page.getByRole("button", { name: "派单", exact: true }).click();
  await page.waitForURL(/done=dispatch/);
  await expect(page.getByRole("status").filter({ hasText: "已派单" })).toBeVisible();
  await expect(page.getByText("派单至市城管局，办理时限")).toBeVisible();
  await expectNoViolations(page, "agent ticket (dispatched)");

  // The 已派单 queue lists it (nearest deadline first: page through if needed).
  await page.goto("/agent?queue=dispatched");
  for (let n = 2; n < 30; n++) {
    if (await page.getByRole("link", { name: ticketNo }).count()) break;
    await page.getByRole("link", { name: "下一页" }).click();
    // wait for the next page before looking again (a count on the old page would race the navigation)
    await page.waitForURL(new RegExp(`[?&]page=${n}(?:&|#|$)`));
  }
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: ticketNo }) });
  await expect(row).toContainText("市城管局");
  await expect(row).toContainText("已派单");

  // The caller's history now has it.
  await page.goto(`/agent/calls?phone=${caller}`);
  await expect(page.getByRole("link", { name: ticketNo })).toHaveAttribute("href", url.replace(/^https?:\/\/[^/]+/, ""));
});

test("two agents on the same ticket: the second gets the conflict message and the latest state; nothing typed is lost", async ({
  browser,
  baseURL,
}) => {
  const a = await agentPage(browser, baseURL);
  const b = await agentPage(browser, baseURL);
  const { url } = await registerCall(a, uniquePhone(), "来电反映路口有商贩占道摆摊，影响车辆通行，希望尽快处理。");
  await b.goto(url);
  await expect(b.getByRole("button", { name: "答复并办结" })).toBeVisible();

  await a.getByRole("button", { name: "派单", exact: true }).click();
  await a.waitForURL(/done=dispatch/);

  const answer = "已告知来电人可拨打城管热线，并记录诉求。";
  await b.getByLabel("答复内容").fill(answer);
  await submitAndWait(b, b.getByRole("button", { name: "答复并办结" }));
  await expect(errorSummary(b)).toContainText(CONFLICT);
  await expect(b.getByTestId("conflict-latest")).toContainText("该工单现在的状态：已派单");
  await expect(b.getByTestId("conflict-latest")).toContainText("派单至市城管局");
  await expect(b.getByLabel("答复内容")).toHaveValue(answer);
  await b.getByRole("link", { name: "刷新页面，查看最新状态" }).click();
  await expect(b.locator("h1")).toContainText("已派单");
  await expect(b.getByRole("button", { name: "答复并办结" })).toHaveCount(0);
  // A's dispatch stands; B's answer was not applied.
  await expect(b.getByText(answer)).toHaveCount(0);
});

test("admins see the console read-only", async ({ browser, baseURL }) => {
  const page = await agentPage(browser, baseURL, DEMO.admin);
  await page.goto("/agent");
  await expect(page.getByRole("note")).toContainText("只读查看");
  await page.goto("/agent/calls?phone=13800000001");
  await expect(page.getByText("只读账号不能登记工单。")).toBeVisible();
});
