import { expect, test } from "@playwright/test";
import { DEMO, fillPasswordForm, registerFresh, signIn, signInViaApi } from "./fixtures/auth";

for (const path of ["/agent", "/staff", "/admin"]) {
  test(`a guest visiting ${path} is sent to sign in and comes back afterwards`, async ({ page }) => {
    await page.goto(path);
    await expect(page).toHaveURL((url) => url.pathname === "/login" && url.searchParams.get("callbackUrl") === path);
    await expect(page.getByRole("heading", { level: 1, name: "登录智慧南通" })).toBeVisible();
    await fillPasswordForm(page, DEMO.admin, "Nantong@2026");
    await expect(page).toHaveURL(new RegExp(`${path}$`));
  });
}

test("a citizen gets HTTP 403 and a clear page on the staff consoles", async ({ page }) => {
  await signInViaApi(page, DEMO.citizen);
  for (const path of ["/agent", "/staff", "/admin"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("您没有权限");
    await expect(page.getByRole("main")).toContainText("您当前以“市民”身份登录");
    await expect(page.getByRole("main")).not.toContainText("办理时限速查");
  }
});

test("staff cannot open the admin console or the agent console", async ({ page }) => {
  await signInViaApi(page, DEMO.staff);
  for (const path of ["/admin", "/agent"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("您没有权限");
  }
});

test("the agent opens the 12345 agent console with the deadline table", async ({ page }) => {
  await signIn(page, DEMO.agent);
  const res = await page.goto("/agent");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("12345坐席工作台");
  await expect(page.getByRole("heading", { name: "办理时限速查" })).toBeVisible();
  const table = page.getByRole("table", { name: "各类诉求的办理时限与截止日期" });
  await expect(table.getByRole("columnheader", { name: "截止日期" })).toBeVisible();
  expect(await table.locator("tbody tr").count()).toBeGreaterThan(0);
  await expect(table.locator("tbody tr").first().locator("td").last()).toHaveText(/^\d{4}-\d{2}-\d{2}/);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { role: string; name: string } };
  expect(session.user.role).toBe("agent");
});

test("staff open their department workbench", async ({ page }) => {
  await signInViaApi(page, DEMO.staff);
  const res = await page.goto("/staff");
  expect(res?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("部门工作台");
  // 城管·李强 belongs to 市城管局 (南通市城市管理局).
  await expect(page.getByRole("main")).toContainText("城管·李强 · 南通市城市管理局");
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { role: string } };
  expect(session.user.role).toBe("staff");
});

test("the admin sees users and roles, and the audit log lists sign-ins", async ({ page }) => {
  await signIn(page, DEMO.admin);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user: { role: string; id: string } };
  expect(session.user.role).toBe("admin");
  expect(session.user.id).toBeTruthy();

  await page.goto("/admin");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("管理后台");
  await expect(page.getByRole("heading", { name: /用户与角色（共 \d+ 人）/ })).toBeVisible();
  const users = page.getByRole("table", { name: "用户列表，可修改角色" });
  await expect(users.locator("tbody tr").first()).toBeVisible();
  // Newest accounts come first; find the demo admin by nickname.
  await page.getByLabel("按手机号或昵称查找").fill("平台管理员");
  await page.getByRole("button", { name: "查找" }).click();
  await expect(page).toHaveURL(/q=/);
  await expect(users.locator("tbody tr")).toHaveCount(1);
  const row = users.locator("tbody tr").first();
  // Phones are masked in the admin list too.
  await expect(row.getByRole("cell").first()).toHaveText("138****0005");
  await expect(row.getByLabel("平台管理员 的新角色")).toHaveValue("admin");
  await expect(users).not.toContainText(DEMO.admin);

  await page.getByRole("navigation", { name: "管理功能" }).getByRole("link", { name: "审计日志" }).click();
  await expect(page).toHaveURL(/\/admin\?tab=audit$/);
  await expect(page.getByRole("link", { name: "审计日志" })).toHaveAttribute("aria-current", "page");
  const log = page.getByRole("table", { name: "审计日志" });
  const signIns = log.locator("tbody tr").filter({ hasText: "auth.sign_in" });
  await expect(signIns.first()).toBeVisible();
  // The admin's own sign-in just now is there, as a success by 管理员.
  await expect(signIns.filter({ hasText: "管理员" }).filter({ hasText: "成功" }).first()).toBeVisible();
});

test("the session API carries the role and nothing personal", async ({ page }) => {
  expect(await (await page.request.get("/api/auth/session")).json()).toBeNull();
  await signInViaApi(page, DEMO.enterprise);
  const session = (await (await page.request.get("/api/auth/session")).json()) as { user: Record<string, unknown> };
  expect(session.user.role).toBe("enterprise");
  expect(JSON.stringify(session)).not.toContain(DEMO.enterprise);
});

test("an admin disables an account at /admin: its session ends at once, and it is enabled again", async ({ browser, page }) => {
  test.setTimeout(90_000);
  // The person: a fresh account in a browser of its own.
  const person = await browser.newContext();
  const personPage = await person.newPage();
  const phone = await registerFresh(personPage);
  expect(await (await personPage.request.get("/api/auth/session")).json()).not.toBeNull();

  await signInViaApi(page, DEMO.admin);
  await page.goto(`/admin?tab=users&q=${phone}`);
  const row = page.getByRole("table", { name: "用户列表，可修改角色" }).locator("tbody tr");
  await expect(row).toHaveCount(1);
  await row.getByRole("button", { name: /^停用/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "账号已停用" })).toBeVisible();
  await page.goto(`/admin?tab=users&q=${phone}`);
  await expect(row).toContainText("（已停用）");
  expect(await (await personPage.request.get("/api/auth/session")).json()).toBeNull();

  await row.getByRole("button", { name: /^启用/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "账号已启用" })).toBeVisible();
  // Only our own texts: a crafted ?err= shows the generic failure, never the text it carries.
  await page.goto("/admin?tab=users&err=" + encodeURIComponent("您的账号已被盗，请拨打400-000-0000"));
  await expect(page.getByRole("main")).not.toContainText("400-000-0000");
  await expect(page.getByRole("main")).toContainText("操作失败，请重试");
  await person.close();
});
