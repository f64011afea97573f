import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signInViaApi } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";

// The whole 12345 loop across roles, each in its own browser: a citizen submits on a phone →
// the agent dispatches to 市城管局 → the department's clerk 签收 and replies → the agent makes the
// return visit (满意 closes it) → the citizen sees the department's answer and rates it.

const MOBILE_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";

async function open(browser: Browser, baseURL: string | undefined, phone: string, mobile: boolean): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    ...(mobile
      ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, userAgent: MOBILE_UA }
      : { viewport: { width: 1280, height: 900 } }),
  });
  const page = await ctx.newPage();
  await signInViaApi(page, phone);
  return page;
}

test("citizen on a phone → agent dispatches → department replies → return visit → citizen sees the answer and rates it", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const description = `e2e全流程 ${stamp}：崇川区工农路与青年路路口东北角的路灯连续三晚不亮，行人过马路看不清。`;
  const answer = `经现场核查，工农路青年路口路灯控制箱空气开关跳闸（${stamp}），已于当日修复，今晚起恢复照明。`;

  // 1. The citizen submits on a phone.
  const citizen = await open(browser, baseURL, DEMO.citizen, true);
  await citizen.goto("/12345#submit");
  const form = citizen.getByRole("form", { name: "在线提交诉求" });
  await form.getByRole("radio", { name: "求助" }).check();
  await form.getByLabel("诉求分类").selectOption({ label: "城市管理 › 路灯" });
  await form.getByLabel("诉求内容").fill(description);
  await form.getByLabel("所在区县").selectOption("崇川区");
  await form.getByLabel("详细地址").fill(`工农路与青年路路口东北角（${stamp}）`);
  await form.getByRole("radio", { name: "同意公开" }).check();
  await form.getByRole("button", { name: "提交诉求" }).click();
  await citizen.waitForURL(/\/12345\/submitted\/\d+$/);
  const id = Number(/\/(\d+)$/.exec(citizen.url())![1]);
  const ticketNo = (await citizen.locator("main p.text-2xl").innerText()).trim();
  expect(ticketNo).toMatch(/^12345\d{14}$/);

  // The public list is cached (answered public requests only): seen now, it must change the moment
  // the department's answer is in, not when the cache would expire anyway.
  await citizen.goto("/12345/public");
  await expect(citizen.locator("main")).not.toContainText(answer);

  // 2. The agent finds it in 待派单 and dispatches it; the category's department is preselected.
  const agent = await open(browser, baseURL, DEMO.agent, false);
  await agent.goto(`/agent/tickets/${id}`);
  await expect(agent.getByRole("heading", { level: 1 })).toContainText(ticketNo);
  await expect(agent.getByText(description)).toBeVisible();
  await expect(agent.getByLabel("承办部门").locator("option:checked")).toHaveText("市城管局");
  await agent.getByRole("button", { name: "派单", exact: true }).click();
  await agent.waitForURL(/done=dispatch/);
  await expect(agent.getByText("派单至市城管局，办理时限")).toBeVisible();

  // The citizen's timeline shows the dispatch (what happened, not who clicked).
  await citizen.goto(`/me/requests/${id}`);
  await expect(citizen.getByText("派单至市城管局")).toBeVisible();

  // 3. The department clerk (市城管局) 签收 and replies.
  const staff = await open(browser, baseURL, DEMO.staff, false);
  await staff.goto("/staff/tickets");
  await expect(staff.getByRole("link", { name: ticketNo })).toBeVisible();
  await staff.goto(`/staff/tickets/${id}`);
  await staff.getByRole("button", { name: "签收", exact: true }).click();
  await expect(staff.getByText("已签收。请在办理时限内提交办理结果。")).toBeVisible();
  await staff.getByRole("textbox", { name: "办理结果" }).fill(answer);
  await staff.getByRole("button", { name: "提交办理结果" }).click();
  await expect(staff.getByText("办理结果已提交，市民可以看到答复")).toBeVisible();
  await expectNoViolations(staff, "/staff/tickets/[id] (replied)");

  // 4. The agent makes the return visit: 满意 closes the request.
  await agent.goto("/agent?queue=revisit");
  await agent.goto(`/agent/tickets/${id}`);
  await expect(agent.getByText(answer).first()).toBeVisible();
  await agent
    .getByRole("group", { name: /回访结果/ })
    .getByRole("radio", { name: "满意", exact: true })
    .check();
  await agent.getByLabel("回访记录（选填）").fill("来电人确认路灯已亮。");
  await agent.getByRole("button", { name: "记录回访" }).click();
  await agent.waitForURL(/done=revisit/);
  await expect(agent.getByText("回访：满意").first()).toBeVisible();
  await expect(agent.getByRole("heading", { level: 1 })).toContainText("已办结");

  // 5. The citizen sees the department's answer and rates it.
  await citizen.goto(`/me/requests/${id}`);
  await expect(citizen.getByText("市城管局的答复")).toBeVisible();
  await expect(citizen.getByText(answer).first()).toBeVisible(); // the answer box (and the timeline)
  await expect(citizen.getByText("已办结").first()).toBeVisible();
  // The same three words as the return visit and /12345 (no stars).
  await expect(citizen.getByRole("radio")).toHaveCount(3);
  await citizen.getByRole("radio", { name: "满意", exact: true }).check();
  await citizen.getByLabel(/想说的话/).fill("修得很快，谢谢！");
  await citizen.getByRole("button", { name: "提交评价" }).click();
  await expect(citizen.getByText("感谢您的评价！")).toBeVisible();
  await expect(citizen.getByText(/您的评价：满意：修得很快/)).toBeVisible();
  await expectNoViolations(citizen, "/me/requests/[id] (rated, mobile)");

  // The answered public request appears on the public page without personal data.
  await citizen.goto("/12345/public");
  const main = citizen.locator("main");
  await expect(main.getByText(answer)).toBeVisible();
  await expect(main).not.toContainText(DEMO.citizen);
});
