import { DEMO, readSmsCode, registerFresh, signInViaApi } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";
import { expect, test } from "./fixtures/test";

// 居民电子健康档案 and personal-data rights (issue 17): the demo citizen reads her own record and her son's,
// opens a 体检报告 (flags in words), gives her mother access and revokes it; /me/privacy; and a freshly
// registered citizen closes the account with an SMS code (the shared demo citizen never closes: that would
// end everyone's sessions). Each new page gets an axe scan. The journeys that change shared state run on desktop;
// on the phone, in 长辈版, the citizen reads her record and a report (read-only), and a fresh citizen opens 注销账号.
// The pages are also scanned in e2e/a11y.spec.ts (normal on desktop and phone, 长辈版 on the phone).

test.describe("健康档案 and personal-data rights", { tag: "@desktop-only" }, () => {
  test("the citizen reads her record and her son's, a report flags values in words, and she grants and revokes access", async ({
    page,
  }) => {
    await signInViaApi(page, DEMO.citizen);
    await page.goto("/life/health/records");
    await expect(page.getByRole("heading", { level: 1, name: "健康档案" })).toBeVisible();
    await expectNoViolations(page, "健康档案");

    await page.getByRole("link", { name: /^我的健康档案（/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "我的健康档案" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: "家庭医生签约" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "慢病随访" })).toBeVisible();
    await expect(page.getByRole("table", { name: /预防接种记录/ })).toBeVisible();
    await expectNoViolations(page, "我的健康档案");

    await page
      .getByRole("link", { name: /年度健康体检/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /年度健康体检报告/ })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: /\d+项指标超出参考范围/ })).toBeVisible();
    const hb = page.getByRole("row", { name: /血红蛋白/ });
    await expect(hb).toContainText("偏低");
    await expect(hb).toContainText("115–150");
    await expectNoViolations(page, "体检报告");

    await page.goto("/life/health/records");
    await page.getByRole("link", { name: "周小满的健康档案" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "周小满的健康档案" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("监护人（未成年子女）").first()).toBeVisible();
    await expect(page.getByRole("row", { name: /百白破疫苗/ }).first()).toBeVisible();
    await expectNoViolations(page, "子女的健康档案");

    // Grant her mother two parts until a month from now, then revoke it at once.
    await page.goto("/life/health/records/access");
    await expectNoViolations(page, "授权家人查看");
    const form = page.getByRole("form", { name: "授权家人查看我的健康档案" });
    await form.getByRole("button", { name: "确认授权" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "出现问题" })).toBeVisible();
    await form.getByLabel("授权给").selectOption({ label: "周秀英" });
    await form.getByLabel("预防接种").check();
    await form.getByLabel("家庭医生签约").check();
    const end = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel("授权截止日期").fill(end);
    await form.getByRole("button", { name: "确认授权" }).click();
    await page.waitForURL(/granted=1/, { timeout: 30_000 });
    const active = page.getByRole("listitem").filter({ hasText: "周秀英 · 生效中" });
    await expect(active).toContainText("预防接种、家庭医生签约");
    await expect(active).toContainText(`截止 ${end}`);
    await active.getByRole("button", { name: "撤销对周秀英的授权" }).click();
    await page.waitForURL(/revoked=1/, { timeout: 30_000 });
    await expect(page.getByRole("status").filter({ hasText: "已撤销授权" })).toBeVisible();
    await expect(page.getByRole("button", { name: "撤销对周秀英的授权" })).toHaveCount(0);

    await page.goto("/me/privacy");
    await expect(page.getByRole("heading", { name: "谁看过我的信息" })).toBeVisible();
    await expect(page.getByText(/体检报告：\d+ 条/)).toBeVisible();
    await expectNoViolations(page, "我的数据与隐私");
  });

  test("a freshly registered citizen closes the account with an SMS code, without JavaScript", async ({ page, browser }) => {
    const phone = await registerFresh(page);
    const noJs = await browser.newContext({ javaScriptEnabled: false, baseURL: test.info().project.use.baseURL, locale: "zh-CN" });
    const p = await noJs.newPage();
    await p.context().addCookies(await page.context().cookies());
    await p.goto("/me/privacy");
    await p.getByRole("link", { name: "申请注销账号" }).click();
    await expect(p.getByRole("heading", { level: 1, name: "注销账号" })).toBeVisible();
    await expect(p.getByText("您没有办理中的办件、未使用的预约或未办结的诉求。")).toBeVisible();
    await expect(p.getByText(/我们将在 \d{4}-\d{2}-\d{2}/)).toBeVisible();

    // A wrong code is refused and nothing happens.
    const confirm = p.getByRole("form", { name: "确认注销账号" });
    await confirm.getByLabel("短信验证码").fill("000000");
    await confirm.getByLabel(/我已了解/).check();
    await confirm.getByRole("button", { name: "确认注销" }).click();
    await expect(p.getByRole("alert").filter({ hasText: "出现问题" })).toBeVisible();

    const since = Date.now();
    await p.getByRole("button", { name: "获取验证码" }).click();
    await expect(p.getByRole("status").filter({ hasText: "验证码已发送" })).toContainText(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    const code = await readSmsCode(p.request, phone, { since });
    const confirm2 = p.getByRole("form", { name: "确认注销账号" });
    await confirm2.getByLabel("短信验证码").fill(code);
    await confirm2.getByLabel(/我已了解/).check();
    await confirm2.getByRole("button", { name: "确认注销" }).click();
    await p.waitForURL(/\/account-closed\?by=\d{4}-\d{2}-\d{2}/, { timeout: 30_000 });
    await expect(p.getByRole("heading", { level: 1, name: "注销申请已提交" })).toBeVisible();

    // Every session ended: the JavaScript tab is signed out as well.
    await page.goto("/me");
    await expect(page).toHaveURL(/\/login/);
    await page.goto(p.url());
    await expectNoViolations(page, "注销完成");
    await noJs.close();
  });

  test("the 注销账号 page passes axe for a signed-in citizen", async ({ page }) => {
    await registerFresh(page);
    await page.goto("/me/privacy/close");
    await expect(page.getByRole("heading", { level: 1, name: "注销账号" })).toBeVisible();
    await expectNoViolations(page, "注销账号");
  });
});

test.describe("健康档案 on the phone in 长辈版", { tag: "@phone-only" }, () => {
  test.beforeEach(async ({ page, baseURL }) => {
    await page.context().addCookies([{ name: "nt-elder", value: "1", url: baseURL! }]);
  });

  test("the citizen reads her record and a report: out-of-range values flagged in words, large targets", async ({ page }) => {
    await signInViaApi(page, DEMO.citizen);
    await page.goto("/life/health/records");
    await expect(page.locator("html")).toHaveClass(/\belder\b/);
    await expect(page.getByRole("heading", { level: 1, name: "健康档案" })).toBeVisible();
    const mine = page.getByRole("link", { name: /^我的健康档案（/ });
    const box = await mine.boundingBox();
    expect(box!.height, "长辈版 link target height").toBeGreaterThanOrEqual(60);
    await mine.click();
    await expect(page.getByRole("heading", { level: 1, name: "我的健康档案" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: "家庭医生签约" })).toBeVisible();
    await expectNoViolations(page, "我的健康档案（长辈版，手机）");

    await page
      .getByRole("link", { name: /年度健康体检/ })
      .first()
      .click();
    await expect(page.getByRole("heading", { level: 1, name: /年度健康体检报告/ })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByRole("heading", { name: /\d+项指标超出参考范围/ })).toBeVisible();
    // On the phone each indicator is a card: the flag is a word beside the value, not a colour only.
    const hb = page
      .locator("main")
      .getByText(/血红蛋白/)
      .first();
    await expect(hb).toBeVisible();
    await expect(page.locator("main")).toContainText("偏低");
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "no sideways scrolling on the phone").toBeLessThanOrEqual(390);
    await expectNoViolations(page, "体检报告（长辈版，手机）");
  });

  test("a fresh citizen opens 注销账号 in 长辈版 and sees what happens before confirming", async ({ page }) => {
    await registerFresh(page);
    await page.goto("/me/privacy");
    await page.getByRole("link", { name: "申请注销账号" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "注销账号" })).toBeVisible();
    await expect(page.getByText(/我们将在 \d{4}-\d{2}-\d{2}/)).toBeVisible();
    await expect(page.getByRole("button", { name: "获取验证码" })).toBeVisible();
    await expectNoViolations(page, "注销账号（长辈版，手机）");
  });
});
