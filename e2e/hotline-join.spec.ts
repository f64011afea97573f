import { expect, test, type Browser, type BrowserContextOptions, type Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO, registerFresh, signInViaApi } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";

// 附议 (issue 18): a citizen reports a street light; a second citizen on a phone reports the same light,
// is shown the first report before submitting, joins it, and gets the department's answer (message + SMS).
// Without JavaScript the suggestion step works the same and the citizen can go on with a new request.
// Each role in its own browser context; one project runs it (the contexts set their own viewports).

// Desktop project only (the journey opens its own desktop and phone contexts): the phone projects' testMatch in playwright.config.ts leaves this file out.

const MOBILE_UA = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36";
const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
  deviceScaleFactor: 2,
  userAgent: MOBILE_UA,
};

async function open(browser: Browser, baseURL: string | undefined, opts: BrowserContextOptions = {}): Promise<Page> {
  const ctx = await browser.newContext({
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    viewport: { width: 1280, height: 900 },
    ...opts,
  });
  return ctx.newPage();
}

/** With SHOTS_DIR set, a full-page screenshot to look at (the note lists the ones looked at). */
async function shot(page: Page, name: string) {
  if (process.env.SHOTS_DIR) await page.screenshot({ path: `${process.env.SHOTS_DIR}/${name}.png`, fullPage: true });
}

async function fillStreetLight(page: Page, description: string, address: string) {
  await page.goto("/12345#submit");
  const form = page.getByRole("form", { name: "在线提交诉求" });
  await form.getByRole("radio", { name: "投诉" }).check();
  await form.getByLabel("诉求分类").selectOption({ label: "城市管理 › 路灯" });
  await form.getByLabel("诉求内容").fill(description);
  await form.getByLabel("所在区县").selectOption("崇川区");
  await form.getByLabel("详细地址").fill(address);
  return form;
}

test("a second citizen on a phone sees the first report of a street light, joins it and gets the answer", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const stamp = Date.now();
  // A spot of this run's own (within Nantong), so earlier runs' reports are not within 200 m.
  const spot = { latitude: 31.75 + (Math.floor(stamp / 1000) % 5000) / 10_000, longitude: 120.9 };
  const address = `崇川区e2e附议路${stamp % 100000}号`;
  const first = `e2e附议 ${stamp}：${address}门口的路灯连续三晚不亮，联系我13912345678。`;
  const answer = `经现场核查，路灯线路老化（${stamp}），已更换，今晚起恢复照明。`;

  // 1. The first citizen reports it on a PC, with the location, public.
  const reporter = await open(browser, baseURL, { geolocation: spot, permissions: ["geolocation"] });
  await signInViaApi(reporter, DEMO.citizen);
  let form = await fillStreetLight(reporter, first, address);
  await form.getByRole("button", { name: "使用我的位置" }).click();
  await expect(form.getByText(/已获取位置/)).toBeVisible();
  await form.getByRole("radio", { name: "同意公开" }).check();
  // A real camera-sized photo: public pages show a 320 px thumbnail made from it, never the original.
  const photo = await sharp({ create: { width: 2000, height: 1500, channels: 3, background: "#1e3a8a" } })
    .jpeg()
    .toBuffer();
  await form.getByLabel("现场照片（选填）").setInputFiles({ name: "路灯.jpg", mimeType: "image/jpeg", buffer: photo });
  await form.getByRole("button", { name: "提交诉求" }).click();
  await reporter.waitForURL(/\/12345\/submitted\/\d+$/);
  const id = Number(/\/(\d+)$/.exec(reporter.url())![1]);

  // 2. A second citizen, on a phone about 50 m away, writes the same thing and is shown the first report.
  const near = { latitude: spot.latitude + 0.00045, longitude: spot.longitude };
  const second = await open(browser, baseURL, { ...PHONE, geolocation: near, permissions: ["geolocation"] });
  const secondPhone = await registerFresh(second);
  const mine = `我家楼下${address}的路灯也不亮，晚上很黑。`;
  form = await fillStreetLight(second, mine, `${address}对面`);
  await form.getByLabel("联系人").fill("陈先生");
  await form.getByRole("button", { name: "使用我的位置" }).click();
  await expect(form.getByText(/已获取位置/)).toBeVisible();
  await form.getByRole("button", { name: "提交诉求" }).click();
  const step = second.getByRole("region", { name: "附近已有市民反映过类似问题" });
  await expect(step).toBeVisible();
  const card = step.getByRole("article").filter({ hasText: String(stamp) });
  await expect(card).toContainText("139****5678"); // masked as on the public pages
  await expect(card).toContainText("还没有人附议");
  await expect(card).toContainText(/距您(100米以内|约\d+米)/); // ~50 m away, measured to the point published to ~100 m
  await expect(card.getByRole("link", { name: /查看办理详情/ })).toHaveAttribute("href", `/12345/public/${id}`);
  const thumb = card.getByRole("img", { name: "该诉求的现场照片" });
  await expect.poll(() => thumb.evaluate((i: HTMLImageElement) => (i.complete ? i.naturalWidth : 0))).toBe(320);
  // Everything typed is still in the form below, which now continues with a new request.
  await expect(form.getByLabel("诉求内容")).toHaveValue(mine);
  await expect(form.getByRole("button", { name: "继续提交新诉求" })).toBeVisible();
  await expectNoViolations(second, "/12345 suggestion step (phone)");
  await shot(second, "suggestion-step-phone");

  // 3. It is the same light: 附议, with an SMS.
  await card.getByText("补充说明和照片（选填）").click();
  await expect(card.getByLabel("补充说明")).toHaveValue(mine); // what they wrote becomes the note
  await card.getByLabel("派单、答复和办结时也发短信给我").check();
  await card.getByRole("button", { name: "我也遇到了（附议）" }).click();
  await second.waitForURL(/\/me\/requests\/following\?joined=\d+$/);
  await expect(second.getByText("附议成功。")).toBeVisible();
  const item = second.getByRole("listitem").filter({ hasText: String(stamp) });
  await expect(item).toContainText("我已附议");
  await expect(item).toContainText("1位市民附议");
  await expectNoViolations(second, "/me/requests/following (phone)");
  await shot(second, "following-phone");

  // The public page (cached, revalidated by the join) shows the count.
  await second.goto(`/12345/public/${id}`);
  await expect(second.getByText("1位市民附议")).toBeVisible();
  await expect(second.locator("main")).not.toContainText("13912345678");
  const place = second.locator("main p", { hasText: "地点：" });
  await expect(place).toContainText("崇川区"); // street level at most: never the house number
  await expect(place).not.toContainText(/\d+号/);
  await expectNoViolations(second, "/12345/public/[id] (phone, open)");
  await shot(second, "public-request-open-phone");

  // 4. The agent sees the joiner and dispatches; the department replies.
  const agent = await open(browser, baseURL);
  await signInViaApi(agent, DEMO.agent);
  await agent.goto(`/agent/tickets/${id}`);
  const joiners = agent.getByRole("region", { name: /附议市民/ });
  await expect(joiners).toContainText("附议市民（1）");
  await expect(joiners.locator("li p.font-semibold").first()).toContainText("*"); // the joiner's name, masked
  await expect(joiners).toContainText(mine);
  await expectNoViolations(agent, "/agent/tickets/[id] (joined)");
  await shot(agent, "agent-ticket-joiners");
  await agent.getByRole("button", { name: "派单", exact: true }).click();
  await agent.waitForURL(/done=dispatch/);

  const staff = await open(browser, baseURL);
  await signInViaApi(staff, DEMO.staff);
  await staff.goto(`/staff/tickets/${id}`);
  await staff.getByRole("button", { name: "签收", exact: true }).click();
  await expect(staff.getByText("已签收。请在办理时限内提交办理结果。")).toBeVisible();
  await staff.getByRole("textbox", { name: "办理结果" }).fill(answer);
  await staff.getByRole("button", { name: "提交办理结果" }).click();
  await expect(staff.getByText("办理结果已提交，市民可以看到答复")).toBeVisible();

  // 5. The second citizen gets the answer: a message in 我的 and an SMS; the public page shows it at once.
  await second.goto("/me");
  const messages = second.getByRole("region", { name: /消息/ });
  await expect(messages).toContainText("您关注的12345诉求已派单");
  await expect(messages).toContainText("您关注的12345诉求已答复");
  await expect(messages).toContainText(answer.slice(0, 20));
  const inbox = await second.request.get(`/api/dev/sms-inbox?phone=${secondPhone}`);
  const sms = ((await inbox.json()) as { messages: { body: string }[] }).messages.map((m) => m.body);
  expect(sms.some((b) => b.startsWith("【智慧南通】您关注的12345诉求已答复") && b.includes("已更换"))).toBe(true);
  await second.goto(`/12345/public/${id}`);
  await expect(second.getByText(answer)).toBeVisible();
  await expect(second.getByRole("heading", { name: "市城管局答复" })).toBeVisible();
  await expectNoViolations(second, "/12345/public/[id] (phone, answered)");
  await shot(second, "public-request-answered-phone");
  await second.goto("/me");
  await shot(second, "me-messages-phone");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the suggestion step comes between the form and submission, and the citizen can go on with a new request", async ({ page }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const address = `崇川区e2e无脚本路${stamp % 100000}号`;
    // The first report, public, at an address (no location without JavaScript).
    await signInViaApi(page, DEMO.citizen);
    let form = await fillStreetLight(page, `e2e无脚本 ${stamp}：路灯一直闪烁。`, address);
    await form.getByLabel("联系人").fill("吴先生");
    await form.getByRole("radio", { name: "同意公开" }).check();
    await form.getByRole("button", { name: "提交诉求" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "诉求已提交" })).toBeVisible();

    await page.context().clearCookies();
    await signInViaApi(page, DEMO.enterprise);
    const mine = `e2e无脚本 ${stamp}：同一地址，另一盏路灯倒了。`;
    form = await fillStreetLight(page, mine, ` ${address} `);
    await form.getByLabel("联系人").fill("周女士");
    await form.getByRole("button", { name: "提交诉求" }).click();
    await expect(page.getByRole("heading", { name: "附近已有市民反映过类似问题" })).toBeVisible();
    await expect(page.getByRole("article").filter({ hasText: String(stamp) })).toContainText("同一地址");
    await expect(page.getByLabel("诉求内容")).toHaveValue(mine);
    await expect(page.getByLabel("详细地址")).toHaveValue(` ${address} `);
    await shot(page, "suggestion-step-nojs-desktop");
    await page.getByRole("button", { name: "继续提交新诉求" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "诉求已提交" })).toBeVisible();
    await expect(page).toHaveURL(/\/12345\/submitted\/\d+(#.*)?$/);
  });
});
