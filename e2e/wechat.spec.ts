import { expect, test, type Page } from "@playwright/test";
import { errorSummary, registerFresh, requestCode, signOut, submitAndWait, uniqueOpenid, uniquePhone } from "./fixtures/auth";

// Runs in the `wechat` project (WeChat in-app browser UA: 公众号网页授权, "微信一键登录") and the
// `desktop` project (PC browser: 网站应用扫码登录, "微信扫码登录").

const FAKE_WECHAT = `http://127.0.0.1:${process.env.E2E_WECHAT_PORT ?? 3199}`;

function channel(page: Page) {
  const inWechat = test.info().project.name === "wechat";
  return {
    inWechat,
    button: page.getByRole("button", { name: inWechat ? "微信一键登录" : "微信扫码登录" }),
    authorizePath: inWechat ? "/connect/oauth2/authorize" : "/connect/qrconnect",
  };
}

/** From /login to the fake WeChat consent page, via the channel's WeChat button. */
async function startWechatSignIn(page: Page) {
  const { inWechat, button, authorizePath } = channel(page);
  // Inside WeChat the WeChat tab is the default; elsewhere it is the third tab.
  await page.goto(inWechat ? "/login" : "/login?method=wechat");
  await button.click();
  await page.waitForURL((url) => url.origin === FAKE_WECHAT && url.pathname === authorizePath);
  return new URL(page.url());
}

async function consent(page: Page, openid: string, nickname: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  await page.getByLabel("openid").fill(openid);
  await page.getByLabel("昵称").fill(nickname);
  await page.getByRole("button", { name: "同意授权" }).click();
}

test("the login page offers the channel's WeChat sign-in", async ({ page }) => {
  const { inWechat, button } = channel(page);
  await page.goto("/login");
  const tabs = page.getByRole("navigation", { name: "登录方式" }).getByRole("link");
  if (inWechat) {
    // In the WeChat browser, WeChat sign-in is the first tab and already open.
    await expect(tabs.first()).toHaveText("微信登录");
    await expect(tabs.first()).toHaveAttribute("aria-current", "page");
    await expect(button).toBeVisible();
    await expect(page.getByLabel("密码", { exact: true })).toHaveCount(0);
  } else {
    // On a PC, password sign-in comes first and WeChat is a QR-code login on its own tab.
    await expect(tabs.first()).toHaveText("密码登录");
    await expect(tabs.first()).toHaveAttribute("aria-current", "page");
    await expect(button).toHaveCount(0);
    await tabs.filter({ hasText: "微信登录" }).click();
    await expect(page).toHaveURL(/method=wechat/);
    await expect(button).toBeVisible();
    await expect(page.getByRole("button", { name: "微信一键登录" })).toHaveCount(0);
  }
});

test("first WeChat sign-in binds a phone account; the next one signs straight in", async ({ page, baseURL }) => {
  const phone = await registerFresh(page);
  await signOut(page);
  const openid = uniqueOpenid();
  const nickname = `微信${openid.slice(-4)}`;

  const authorize = await startWechatSignIn(page);
  const { inWechat } = channel(page);
  expect(authorize.searchParams.get("scope")).toBe(inWechat ? "snsapi_userinfo" : "snsapi_login");
  expect(authorize.searchParams.get("redirect_uri")).toBe(`${baseURL}/api/auth/callback/${inWechat ? "wechat" : "wechat-web"}`);
  expect(authorize.searchParams.get("state")).toBeTruthy();
  await consent(page, openid, nickname);

  // Not bound yet: prove the phone by SMS.
  await page.waitForURL(/\/login\/wechat-bind\?ticket=/);
  await expect(page.getByRole("heading", { level: 1, name: "绑定手机号" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`微信用户“${nickname}”首次登录`);
  const form = page.getByRole("form", { name: "绑定手机号" });
  await form.getByLabel("手机号", { exact: true }).fill(phone);
  const code = await requestCode(page, phone, "绑定微信");
  await form.getByLabel("手机号", { exact: true }).fill(phone);
  await form.getByLabel("短信验证码").fill(code);
  await form.getByRole("button", { name: "绑定并登录" }).click();

  await page.waitForURL(/\/me\?wechat=bound$/);
  await expect(page.getByRole("status").filter({ hasText: "微信绑定成功" })).toBeVisible();
  await expect(page.getByRole("main")).toContainText(`已绑定（${nickname}）`);
  await expect(page.getByText(`${phone.slice(0, 3)}****${phone.slice(7)}`)).toBeVisible();

  // Second time: same WeChat identity, no bind page.
  await signOut(page);
  await startWechatSignIn(page);
  await consent(page, openid, nickname);
  await page.waitForURL((url) => url.origin === baseURL && !url.pathname.startsWith("/api/"));
  await expect(page).toHaveURL(/\/me$/);
  await expect(page.getByRole("heading", { level: 1, name: "我的" })).toBeVisible();
  await expect(page.getByText(`${phone.slice(0, 3)}****${phone.slice(7)}`)).toBeVisible();
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { role: string } };
  expect(session.user.role).toBe("citizen");
});

test("binding needs a registered phone", async ({ page }) => {
  await startWechatSignIn(page);
  await consent(page, uniqueOpenid(), "未注册用户");
  await page.waitForURL(/\/login\/wechat-bind\?ticket=/);
  const form = page.getByRole("form", { name: "绑定手机号" });
  await form.getByLabel("手机号", { exact: true }).fill(uniquePhone());
  await submitAndWait(page, form.getByRole("button", { name: "获取验证码" }));
  await expect(errorSummary(page)).toContainText("该手机号尚未注册");
  await expect(page.getByRole("link", { name: "先注册", exact: true })).toBeVisible();
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
});

test("refusing consent on WeChat returns to the login page with an explanation", async ({ page }) => {
  await startWechatSignIn(page);
  await page.getByRole("button", { name: "拒绝" }).click();
  await page.waitForURL(/\/login\?/);
  await expect(page.getByRole("main")).toContainText("微信登录未完成，请重试或使用手机号登录");
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
});

test("an expired or forged bind ticket shows how to start again", async ({ page }) => {
  await page.goto("/login/wechat-bind?ticket=bad");
  await expect(page.getByRole("heading", { level: 1, name: "微信授权已过期" })).toBeVisible();
  await expect(page.getByRole("form", { name: "绑定手机号" })).toHaveCount(0);
  await page.getByRole("link", { name: "重新微信登录" }).click();
  await expect(page).toHaveURL(/\/login\?method=wechat$/);
  await expect(channel(page).button).toBeVisible();
});
