import { expect, test, type Browser } from "@playwright/test";
import { DEMO, errorSummary, signInViaApi } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";

// 12345 knowledge base: an agent searches during a call (pinyin), opens an article with its linked
// 一网通办 items, proposes an edit; an admin reviews the diff and publishes; the agent sees the new text.
// The e2e database may be kept between runs, so the edit carries a marker unique to this run.

const ARTICLE = "噪声投诉：夜间施工、社会生活噪声";

async function desk(browser: Browser, baseURL: string, phone: string) {
  const ctx = await browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai", viewport: { width: 1280, height: 800 } });
  const page = await ctx.newPage();
  await signInViaApi(page, phone);
  return page;
}

test("agent searches and proposes an edit → admin publishes → agent sees the new text", async ({ browser, baseURL }) => {
  test.setTimeout(120_000);
  const marker = `e2e补充说明${Date.now().toString(36)}`;
  const agent = await desk(browser, baseURL!, DEMO.agent);
  const admin = await desk(browser, baseURL!, DEMO.admin);

  // The console links here; search by full pinyin.
  await agent.goto("/agent");
  await agent.getByRole("link", { name: /12345知识库/ }).click();
  await expect(agent.getByRole("heading", { level: 1, name: "12345知识库" })).toBeVisible();
  await agent.getByLabel("搜索知识库").fill("zaosheng");
  await agent.locator("#main").getByRole("button", { name: "搜索", exact: true }).click();
  await expect(agent).toHaveURL(/q=zaosheng/);
  await expect(agent.getByRole("heading", { name: /“zaosheng”的搜索结果/ })).toBeVisible();
  await agent.getByRole("link", { name: ARTICLE }).click();
  await expect(agent.getByRole("heading", { level: 1, name: ARTICLE })).toBeVisible();
  await expectNoViolations(agent, "knowledge article");

  // An article with catalogue links goes to the item page.
  await agent.goto("/agent/knowledge?q=jzz");
  await agent.getByRole("link", { name: "居住证申领、签注和补换" }).click();
  const item = agent.getByRole("link", { name: "居住证申领", exact: true });
  await expect(item).toHaveAttribute("href", /^\/services\/\d+$/);

  // Propose an edit; an empty body is refused and the rest of the typing is kept.
  await agent.goto("/agent/knowledge?q=zaosheng");
  await agent.getByRole("link", { name: ARTICLE }).click();
  await agent.getByRole("link", { name: "提议修改" }).click();
  await expect(agent.getByRole("heading", { level: 1, name: `提议修改：${ARTICLE}` })).toBeVisible();
  const body = agent.getByLabel("正文");
  const original = await body.inputValue();
  await agent.getByLabel("关键词（选填）").fill(`噪音，噪声，扰民，${marker}`);
  await body.fill("");
  await agent.getByRole("button", { name: "提交提议" }).click();
  await expect(errorSummary(agent)).toContainText("请填写正文");
  await expect(agent.getByLabel("关键词（选填）")).toHaveValue(`噪音，噪声，扰民，${marker}`);
  await body.fill(`${original}\n${marker}：夜间施工噪声可同时向生态环境部门举报。`);
  await agent.getByRole("button", { name: "提交提议" }).click();
  await expect(agent.getByRole("status").filter({ hasText: "修改提议已提交" })).toBeVisible();
  await expect(agent.getByText(marker)).toHaveCount(0); // not published yet

  // The admin reviews the diff and publishes.
  await admin.goto("/admin");
  await admin.getByRole("link", { name: "知识库审核" }).click();
  const proposal = admin.getByRole("article").filter({ hasText: marker });
  await expect(proposal).toBeVisible();
  await expect(proposal.locator("ins").filter({ hasText: marker }).first()).toBeVisible();
  await expectNoViolations(admin, "admin knowledge review");
  await proposal.getByRole("button", { name: /^发布/ }).click();
  await expect(admin.getByRole("status").filter({ hasText: "已发布" })).toBeVisible();

  // The agent sees the new text, and search finds it.
  await agent.reload();
  await expect(agent.getByText(`${marker}：夜间施工噪声可同时向生态环境部门举报。`)).toBeVisible();
  await agent.goto(`/agent/knowledge?q=${encodeURIComponent(marker)}`);
  await expect(agent.getByRole("link", { name: ARTICLE })).toBeVisible();
});

test("citizens cannot open the knowledge base; agents cannot open the admin review", async ({ page }) => {
  await signInViaApi(page, DEMO.citizen);
  expect((await page.goto("/agent/knowledge"))?.status()).toBe(403);
  await page.context().clearCookies();
  await signInViaApi(page, DEMO.agent);
  expect((await page.goto("/admin/knowledge"))?.status()).toBe(403);
});

test("a citizen finds a 12345 knowledge article through the global search and reads it without the agents' notes", async ({ page }) => {
  const title = "居住证申领、签注和补换";
  await page.goto(`/search?q=${encodeURIComponent(title)}`);
  const hit = page.locator("#main").getByRole("link", { name: title });
  await expect(hit.first()).toBeVisible();
  await hit.first().click();
  await expect(page).toHaveURL(/\/12345\/knowledge\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.locator("main")).toContainText("申领条件");
  await expect(page.locator("main")).not.toContainText("答复要点");
  await expect(page.getByRole("link", { name: "居住证申领", exact: true })).toBeVisible();
  await expectNoViolations(page, "12345 knowledge article (public)");
  expect((await page.goto("/12345/knowledge/999999"))?.status()).toBe(404);
});
