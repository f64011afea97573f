import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO, signInViaApi, submitAndWait } from "./fixtures/auth";
import { expectNoViolations, preloadAxe } from "./fixtures/axe";

/**
 * 突发事件预警, the whole journey on each project (desktop, mobile, WeChat): a citizen subscribes to
 * 启东市 at /me/alerts; staff of 市应急管理局 draft a 红色 alert, the drafter cannot approve it, a second
 * person approves it; the banner appears on a cached public page within 10 s (normal and 长辈版), is
 * dismissed per alert on this device; the subscriber gets the in-site message and the SMS; the alert
 * is cancelled and the banner goes. Axe scans the desk pages, the alert page and the banner.
 */

const DRAFTER = "13800000021";
const APPROVER = "13800000022";

async function contextPage(browser: Browser, opts: { phone?: string; elder?: boolean } = {}): Promise<Page> {
  const u = test.info().project.use;
  const context = await browser.newContext({
    baseURL: u.baseURL,
    viewport: u.viewport,
    isMobile: u.isMobile,
    hasTouch: u.hasTouch,
    userAgent: u.userAgent,
    locale: u.locale,
    timezoneId: u.timezoneId,
  });
  await preloadAxe(context);
  if (opts.elder) await context.addCookies([{ name: "nt-elder", value: "1", url: u.baseURL! }]);
  const page = await context.newPage();
  if (opts.phone) await signInViaApi(page, opts.phone);
  return page;
}

/** Reloads `path` until the banner names `headline` (the page is served from the cache and revalidated by tag). */
async function bannerWithin10s(page: Page, path: string, headline: string) {
  const started = Date.now();
  await expect
    .poll(
      async () => {
        await page.goto(path);
        return page.getByRole("region", { name: "突发事件预警" }).getByText(headline).count();
      },
      { timeout: 10_000, intervals: [250, 500, 1000] },
    )
    .toBeGreaterThan(0);
  return Date.now() - started;
}

test("staff publish a red alert with a second person's approval; the banner shows on cached pages, can be dismissed, reaches the subscriber, and goes when cancelled", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const project = test.info().project.name;
  const onPhone = Boolean(test.info().project.use.isMobile);
  const headline = `南通市应急管理局发布启东市台风红色预警（e2e ${project} ${Date.now().toString(36)}）`;

  // A citizen subscribes to 启东市 (message + SMS).
  const citizen = await contextPage(browser, { phone: DEMO.citizen });
  await citizen.goto("/me/alerts");
  await citizen.getByLabel("启东市").check();
  await citizen.getByLabel("只接收红色预警（I级，特别严重）").check();
  await citizen.getByLabel("站内消息（“我的”消息中心）").check();
  await citizen.getByLabel(/^短信/).check();
  await submitAndWait(citizen, citizen.getByRole("button", { name: "保存订阅" }));
  await expect(citizen.getByText("已保存您的预警订阅")).toBeVisible();
  if (!onPhone) await expectNoViolations(citizen, "/me/alerts saved");

  // A guest has the cached page open before the alert exists.
  const guest = await contextPage(browser);
  const guestElder = await contextPage(browser, { elder: true });
  await guest.goto("/governance");
  await expect(guest.getByRole("region", { name: "突发事件预警" }).getByText(headline)).toHaveCount(0);

  // The drafter writes and submits a red alert.
  const drafter = await contextPage(browser, { phone: DRAFTER });
  await drafter.goto("/staff/alerts/new");
  await expect(drafter.getByRole("heading", { level: 1, name: "起草预警" })).toBeVisible();
  // Refused first (no level, no area): the errors say what to fix and the typed text stays.
  await drafter.getByLabel("事件名称").fill("台风");
  await drafter.getByLabel("标题").fill(headline);
  await submitAndWait(drafter, drafter.getByRole("button", { name: "保存草稿" }));
  await expect(drafter.getByRole("alert").getByText("请选择预警级别", { exact: false })).toBeVisible();
  await expect(drafter.getByLabel("标题")).toHaveValue(headline);
  await expectNoViolations(drafter, "/staff/alerts/new with errors");
  await drafter.getByLabel(/红色预警（I级，特别严重）/).check();
  await drafter.getByLabel("启东市").check();
  await drafter.getByLabel("预警内容").fill("受台风影响，预计今天夜里到明天启东市沿海平均风力12级以上，并伴有大暴雨。（e2e 测试）");
  await drafter.getByLabel("防御指南").fill("1. 停止集会、停课、停业；2. 回港避风的船舶加固锚链；3. 人员留在室内，远离门窗。");
  await submitAndWait(drafter, drafter.getByRole("button", { name: "保存草稿" }));
  await expect(drafter).toHaveURL(/\/staff\/alerts\/\d+\?done=saved/);
  const alertId = Number(/\/staff\/alerts\/(\d+)/.exec(drafter.url())![1]);
  await submitAndWait(drafter, drafter.getByRole("button", { name: "提交审批" }));
  await expect(drafter.getByText("已提交审批。")).toBeVisible();
  await expect(drafter.getByRole("button", { name: "审批通过并发布" })).toHaveCount(0);
  await expect(drafter.getByText("起草人和提交人不能审批自己的预警")).toBeVisible();
  await drafter.goto("/staff/alerts");
  await expect(drafter.getByRole("link", { name: headline })).toBeVisible();
  if (!onPhone) await expectNoViolations(drafter, "/staff/alerts with a pending alert");

  // Nothing is public before the approval.
  await guest.goto("/governance");
  await expect(guest.getByRole("region", { name: "突发事件预警" }).getByText(headline)).toHaveCount(0);

  // The second person approves it.
  const approver = await contextPage(browser, { phone: APPROVER });
  await approver.goto(`/staff/alerts/${alertId}`);
  if (!onPhone) await expectNoViolations(approver, "/staff/alerts/[id] awaiting approval");
  await submitAndWait(approver, approver.getByRole("button", { name: "审批通过并发布" }));
  await expect(approver.getByText("已审批通过并发布。")).toBeVisible();

  // The banner is on the cached page within 10 s, with the level in words; also in 长辈版, larger.
  const ms = await bannerWithin10s(guest, "/governance", headline);
  test.info().annotations.push({ type: "banner after approval", description: `${ms} ms` });
  const banner = guest.getByRole("region", { name: "突发事件预警" });
  await expect(banner.getByText("红色预警（I级·特别严重）").first()).toBeVisible();
  const cached = await guest.request.get("/governance");
  expect(cached.headers()["x-nextjs-cache"] ?? "", "the page with the banner is still served from the cache").toMatch(/HIT|STALE/);
  await expectNoViolations(guest, "cached page with the alert banner");
  await bannerWithin10s(guestElder, "/environment", headline);
  const elderSize = await guestElder
    .getByRole("region", { name: "突发事件预警" })
    .locator(`[data-alert-id="${alertId}"] p`)
    .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(elderSize, "长辈版 banner text is large").toBeGreaterThanOrEqual(22);
  if (onPhone) await expectNoViolations(guestElder, "长辈版 page with the alert banner");

  // Dismissed on this device, it stays away on the next page.
  await banner.locator(`[data-alert-id="${alertId}"]`).getByRole("button", { name: /关闭/ }).click();
  await expect(banner.getByText(headline)).toHaveCount(0);
  await guest.goto("/");
  await guest.waitForLoadState("networkidle");
  await expect(guest.locator(`[data-alert-id="${alertId}"]`)).toHaveCount(0);
  // The home page still lists it among the current alerts.
  await expect(guest.getByRole("region", { name: /当前预警/ }).getByRole("link", { name: headline })).toBeVisible();

  // The detail page with the 防御指南.
  await guest.goto(`/alerts/${alertId}`);
  await expect(guest.getByRole("heading", { level: 1, name: headline })).toBeVisible();
  await expect(guest.getByRole("heading", { name: "防御指南" })).toBeVisible();
  if (!onPhone) await expectNoViolations(guest, "/alerts/[id]");

  // The subscriber's message and SMS (sent after the approval's response, off the request).
  await expect
    .poll(
      async () => {
        await citizen.goto("/me");
        return citizen.getByText(`【红色预警（I级·特别严重）】${headline}`).count();
      },
      { timeout: 15_000 },
    )
    .toBeGreaterThan(0);
  const inbox = (await (await citizen.request.get(`/api/dev/sms-inbox?phone=${DEMO.citizen}`)).json()) as { messages: { body: string }[] };
  expect(inbox.messages.filter((m) => m.body.includes(headline))).toHaveLength(1);

  // Cancelled: the banner goes from the cached page.
  await approver.goto(`/staff/alerts/${alertId}`);
  await approver.getByLabel("解除说明").fill("台风已减弱北上，启东市台风红色预警解除。（e2e 测试）");
  await submitAndWait(approver, approver.getByRole("button", { name: "解除预警" }));
  await expect(approver.getByText("已解除预警")).toBeVisible();
  await expect
    .poll(
      async () => {
        await guestElder.goto("/environment");
        return guestElder.locator(`[data-alert-id="${alertId}"]`).count();
      },
      { timeout: 10_000 },
    )
    .toBe(0);
  await guest.goto(`/alerts/${alertId}`);
  await expect(guest.getByText(/本预警已于.*解除/)).toBeVisible();

  for (const p of [citizen, guest, guestElder, drafter, approver]) await p.context().close();
});
