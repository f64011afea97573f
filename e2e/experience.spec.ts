import { expect, test, type Browser } from "@playwright/test";
import { DEMO, DEMO_PASSWORD, fillPasswordForm, registerFresh, signInViaApi, signOut, uniqueOpenid } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";

// Issue 12: what a citizen, an elder or an agent meets in the first minute.

const PORT = Number(process.env.E2E_PORT ?? 3100);
const WECHAT_PORT = Number(process.env.E2E_WECHAT_PORT ?? 3199);
/** The suite runs on localhost; these tests come by the loopback IP, as a person typing 127.0.0.1 would. */
const BY_IP = `http://127.0.0.1:${PORT}`;

async function contextByIp(browser: Browser) {
  return browser.newContext({ baseURL: BY_IP, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
}

test.describe("sign-in lands where it should", () => {
  test.skip(({ isMobile }) => isMobile, "one device is enough: the redirects do not depend on the screen");

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

test("an admin unlocks a locked account and the person signs in at once", async ({ browser, page, isMobile }) => {
  test.skip(isMobile, "desktop: the admin console");
  const phone = await registerFresh(page);
  await signOut(page);
  await page.goto("/login");
  for (let i = 0; i < 5; i++) await fillPasswordForm(page, phone, "Wrong@Pass123");
  await expect(page.getByRole("alert").first()).toContainText("锁定");

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
