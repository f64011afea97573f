import { expect, test } from "@playwright/test";
import { DEMO, errorSummary, signInViaApi, submitAndWait } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";

// 12345 on a phone: a guest is asked to sign in (and comes back to the form); the citizen's first
// try has mistakes (each named, nothing typed is lost), then submits with a photo, gets the number,
// finds the request in 我的诉求 and sees the photo. Runs in the mobile project (390 px, touch).

// A tiny valid JPEG header is enough: the server sniffs the bytes, not the name.
const JPEG = Buffer.from([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
]);

test("a guest is asked to sign in and comes back to the form", async ({ page }) => {
  await page.goto("/12345");
  const link = page.getByRole("link", { name: "登录后在线提交" });
  await expect(link).toBeVisible();
  expect(new URL((await link.getAttribute("href")) ?? "", "http://x").searchParams.get("callbackUrl")).toBe("/12345#submit");
  await expect(page.getByLabel("诉求内容")).toHaveCount(0);
});

test.describe("on a phone's browser", () => {
  test.use({
    userAgent: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Mobile Safari/537.36",
  });
  test("citizen submits a request with a photo and finds it in 我的诉求", submitJourney);
});

async function submitJourney({ page }: { page: import("@playwright/test").Page }) {
  test.setTimeout(120_000);
  await signInViaApi(page, DEMO.citizen);
  await page.goto("/12345#submit");
  const form = page.getByRole("form", { name: "在线提交诉求" });
  await expect(form).toBeVisible();
  // contact prefilled from the signed-in account
  await expect(form.getByLabel("联系电话")).toHaveValue(DEMO.citizen);

  const description = `e2e ${Date.now()}：崇川区濠河北路88号对面的路灯连续三晚不亮，夜里行人看不清路。`;
  await form.getByLabel("诉求内容").fill(description);
  await expect(page.locator("#description-count")).toContainText(`已输入 ${description.length} 字`);
  await form.getByLabel("联系电话").fill("12345");
  // First try: type and category missing, phone wrong → summary + field errors, text kept.
  await submitAndWait(page, form.getByRole("button", { name: "提交诉求" }));
  const summary = errorSummary(page);
  await expect(summary).toBeVisible();
  await expect(summary).toContainText("请选择诉求类型");
  await expect(summary).toContainText("请选择诉求分类");
  await expect(summary).toContainText("请输入正确的联系电话");
  await expect(form.getByLabel("诉求内容")).toHaveValue(description);

  await form.getByRole("radio", { name: "投诉" }).check();
  await form.getByLabel("诉求分类").selectOption({ label: "城市管理 › 路灯" });
  await expect(page.locator("#categoryId-dept")).toContainText("市城管局");
  await form.getByLabel("所在区县").selectOption("崇川区");
  // A place of its own per run: a public open request at the same address would bring up the suggestion step.
  await form.getByLabel("详细地址").fill(`崇川区濠河北路88号对面（${Date.now()}）`);
  await form.getByLabel("联系电话").fill("13800000001");
  await form.getByLabel("现场照片（选填）").setInputFiles({ name: "路灯.jpg", mimeType: "image/jpeg", buffer: JPEG });
  await form.getByRole("radio", { name: "同意公开" }).check();
  await form.getByRole("button", { name: "提交诉求" }).click();

  await page.waitForURL(/\/12345\/submitted\/\d+$/);
  await expect(page.getByRole("heading", { level: 1, name: "诉求已提交" })).toBeVisible();
  const ticketNo = (await page.locator("main p.text-2xl").innerText()).trim();
  expect(ticketNo).toMatch(/^12345\d{14}$/);
  await expect(page.locator("strong", { hasText: "13 个工作日" })).toBeVisible();
  await expectNoViolations(page, "/12345/submitted (mobile)");

  await page.getByRole("link", { name: "查看办理进度" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("投诉 · 路灯");
  await expect(page.getByText(`工单编号 ${ticketNo}`)).toBeVisible();
  // The channel comes from the browser's user agent (the mobile project keeps Chromium's desktop UA unless set).
  const ua = await page.evaluate(() => navigator.userAgent);
  const channel = /MicroMessenger/.test(ua) ? "微信" : /Mobi|Android|iPhone/.test(ua) ? "手机网页" : "网站";
  await expect(page.getByText("提交渠道").locator("xpath=following-sibling::dd")).toHaveText(channel);
  const photo = page.getByRole("img", { name: /路灯\.jpg/ });
  await expect(photo).toBeVisible();
  const src = (await photo.getAttribute("src"))!;
  const res = await page.request.get(src);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/jpeg");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  expect(res.headers()["content-disposition"]).toMatch(/filename\*=UTF-8''/);
  await expectNoViolations(page, "/me/requests/[id] (mobile)");
  const detailUrl = page.url();

  await page.goto("/me");
  await page.getByRole("link", { name: "全部诉求", exact: true }).click(); // from the 我的诉求 box of the /me dashboard
  await expect(page).toHaveURL(/\/me\/requests$/);
  await expect(page.getByText(`编号 ${ticketNo}`, { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: new RegExp(`工单编号 ${ticketNo}`) })).toHaveAttribute("href", new URL(detailUrl).pathname);

  // another citizen gets 404 for this request and its photo
  await page.context().clearCookies();
  await signInViaApi(page, DEMO.enterprise);
  expect((await page.goto(detailUrl))?.status()).toBe(404);
  expect((await page.request.get(src)).status()).toBe(404);
}
