import { expect, test } from "@playwright/test";
import {
  DEMO,
  DEMO_PASSWORD,
  errorSummary,
  fillPasswordForm,
  registerFresh,
  requestCode,
  signIn,
  signOut,
  uniquePhone,
} from "./fixtures/auth";

test.describe("password sign-in", () => {
  test("the demo citizen signs in and lands on 我的, shown as 已实名", async ({ page }) => {
    await signIn(page, DEMO.citizen);
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("heading", { level: 1, name: "我的" })).toBeVisible();
    await expect(page.getByText("已实名", { exact: true })).toBeVisible();
    // Personal data is masked: the phone shows as 138****0001.
    await expect(page.getByText("138****0001")).toBeVisible();
    await expect(page.locator("body")).not.toContainText(DEMO.citizen);
  });

  test("a wrong password shows a Chinese error in the error summary and keeps the person signed out", async ({ page }) => {
    await page.goto("/login");
    await fillPasswordForm(page, DEMO.citizen, "Wrong-password-1");
    const summary = errorSummary(page);
    await expect(summary).toBeVisible();
    await expect(summary).toContainText("手机号或密码不正确");
    await expect(summary).toBeFocused();
    await expect(page).toHaveURL(/\/login/);
    expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
    // The right password still works (and resets the failure count for the other tests).
    await fillPasswordForm(page, DEMO.citizen, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
  });

  test("empty fields are reported per field", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("form", { name: "密码登录" }).getByRole("button", { name: "登录", exact: true }).click();
    const summary = errorSummary(page);
    await expect(summary).toContainText("请输入手机号");
    await expect(summary).toContainText("请输入密码");
    await expect(page.getByLabel("手机号", { exact: true })).toHaveAttribute("aria-invalid", "true");
  });

  test("the callbackUrl brings the person back to the page they asked for", async ({ page }) => {
    await page.goto("/me");
    await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fme|\/login\?callbackUrl=\/me/);
    await fillPasswordForm(page, DEMO.citizen, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/me$/);
  });
});

test.describe("SMS sign-in", () => {
  test("a registered person signs in with a texted code", async ({ page }) => {
    const phone = await registerFresh(page);
    await signOut(page);

    await page.goto("/login?method=sms");
    const form = page.getByRole("form", { name: "短信验证码登录" });
    await form.getByLabel("手机号", { exact: true }).fill(phone);
    const code = await requestCode(page, phone, "登录");

    // A wrong code is refused with the attempts left…
    const wrong = code === "000000" ? "111111" : "000000";
    await form.getByLabel("手机号", { exact: true }).fill(phone);
    await form.getByLabel("短信验证码").fill(wrong);
    await form.getByRole("button", { name: "登录", exact: true }).click();
    await expect(errorSummary(page)).toContainText("验证码不正确");
    await expect(page).toHaveURL(/\/login/);

    // …the right one signs in.
    await form.getByLabel("手机号", { exact: true }).fill(phone);
    await form.getByLabel("短信验证码").fill(code);
    await form.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL(/\/me$/);
    await expect(page.getByRole("heading", { level: 1, name: "我的" })).toBeVisible();
  });

  test("an unregistered phone cannot get a sign-in code", async ({ page }) => {
    await page.goto("/login?method=sms");
    await page.getByLabel("手机号", { exact: true }).fill(uniquePhone());
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(errorSummary(page)).toContainText("该手机号尚未注册");
  });

  test("asking again within 60 seconds is refused with the seconds to wait", async ({ page }) => {
    const phone = await registerFresh(page);
    await signOut(page);
    await page.goto("/login?method=sms");
    await page.getByLabel("手机号", { exact: true }).fill(phone);
    await requestCode(page, phone, "登录");
    await page.getByLabel("手机号", { exact: true }).fill(phone);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(errorSummary(page)).toContainText(/验证码已发送，请\d+秒后再重新获取/);
  });
});

test.describe("registration", () => {
  test("a new phone registers with an SMS code and a strong password", async ({ page }) => {
    const phone = await registerFresh(page);
    await expect(page).toHaveURL(/\/me\?welcome=1$/);
    await expect(page.getByRole("status").filter({ hasText: "注册成功" })).toBeVisible();
    await expect(page.getByText(`${phone.slice(0, 3)}****${phone.slice(7)}`)).toBeVisible();
    await expect(page.getByRole("button", { name: "提交实名认证" })).toBeVisible();
    const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { role: string } };
    expect(session.user.role).toBe("citizen");
  });

  test("a weak password is refused with the policy, and nothing is registered", async ({ page }) => {
    const phone = uniquePhone();
    await page.goto("/register");
    const form = page.getByRole("form", { name: "注册" });
    await form.getByLabel("手机号", { exact: true }).fill(phone);
    const code = await requestCode(page, phone, "注册");
    await form.getByLabel("手机号", { exact: true }).fill(phone);
    await form.getByLabel("短信验证码").fill(code);
    await form.getByLabel("设置密码").fill("12345678");
    await form.getByLabel("再次输入密码").fill("12345678");
    await form.getByRole("button", { name: "同意协议并注册" }).click();

    const summary = errorSummary(page);
    await expect(summary).toContainText("密码至少8位");
    await expect(form.getByLabel("设置密码")).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/register$/);
    expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();

    // The code was not used up by the refused attempt: a strong password now succeeds.
    await form.getByLabel("手机号", { exact: true }).fill(phone);
    await form.getByLabel("短信验证码").fill(code);
    await form.getByLabel("设置密码").fill(DEMO_PASSWORD);
    await form.getByLabel("再次输入密码").fill(DEMO_PASSWORD);
    await form.getByRole("button", { name: "同意协议并注册" }).click();
    await expect(page).toHaveURL(/\/me\?welcome=1$/);
  });

  test("mismatched passwords are reported on the second field", async ({ page }) => {
    const phone = uniquePhone();
    await page.goto("/register");
    const form = page.getByRole("form", { name: "注册" });
    await form.getByLabel("手机号", { exact: true }).fill(phone);
    await form.getByLabel("短信验证码").fill("123456");
    await form.getByLabel("设置密码").fill(DEMO_PASSWORD);
    await form.getByLabel("再次输入密码").fill(`${DEMO_PASSWORD}x`);
    await form.getByRole("button", { name: "同意协议并注册" }).click();
    await expect(errorSummary(page)).toContainText("两次输入的密码不一致");
    await expect(form.getByLabel("再次输入密码")).toHaveAttribute("aria-invalid", "true");
  });

  test("an already registered phone cannot register again", async ({ page }) => {
    await page.goto("/register");
    await page.getByLabel("手机号", { exact: true }).fill(DEMO.citizen);
    await page.getByRole("button", { name: "获取验证码" }).click();
    await expect(errorSummary(page)).toContainText("该手机号已注册");
  });
});

test("five wrong passwords lock the account, and then even the right password is refused", async ({ page }) => {
  const phone = await registerFresh(page);
  await signOut(page);
  await page.goto("/login?method=password");
  const summary = errorSummary(page);
  const button = page.getByRole("form", { name: "密码登录" }).getByRole("button", { name: "登录", exact: true });
  // Each answer must be in the page before the next try (fillPasswordForm waits for the server).
  const attempt = async (password: string, expected: string) => {
    await fillPasswordForm(page, phone, password);
    await expect(button).toBeEnabled();
    await expect(summary).toContainText(expected);
  };

  await attempt("Wrong-password-1", "手机号或密码不正确");
  await attempt("Wrong-password-2", "手机号或密码不正确");
  await attempt("Wrong-password-3", "再错2次账号将锁定15分钟");
  await attempt("Wrong-password-4", "再错1次账号将锁定15分钟");
  await attempt("Wrong-password-5", "账号已锁定");
  await expect(summary).toContainText("短信验证码登录");

  // Locked: the right password is refused too.
  await fillPasswordForm(page, phone, DEMO_PASSWORD);
  await expect(button).toBeEnabled();
  await expect(summary).toContainText("账号已锁定");
  await expect(page).toHaveURL(/\/login/);
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
});

test("signing out ends the session", async ({ page }, testInfo) => {
  // A person of its own: signing out ends every session of the account (other workers use the demo ones).
  await registerFresh(page);
  await page.goto("/me");
  const copied = await page.context().cookies();
  if (testInfo.project.name === "desktop") {
    // Desktop: the header's 退出 button.
    await page.getByRole("banner").getByRole("button", { name: "退出", exact: true }).click();
  } else {
    // Phones: the header hides account links; 我的 has its own sign-out button.
    await page.getByRole("main").getByRole("button", { name: "退出登录" }).click();
  }
  await expect(page).toHaveURL(/\/$/);
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
  await page.goto("/me");
  await expect(page).toHaveURL(/\/login\?callbackUrl=/);
  // The session cookie copied before signing out no longer works either.
  await page.context().addCookies(copied);
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
});
