import { type Page } from "@playwright/test";
import { DEMO, signInViaApi } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";
import { expect, test } from "./fixtures/test";

// 智慧生活 journeys (issue 14): book a hospital slot as the real-name demo citizen, see it in 我的预约, cancel it;
// book for a family member; a scenic-spot QR ticket; the 老人二维码名片 and what a scanner sees; the front desks.
// On the phone the booking is made in 长辈版. Each project uses a clinic and a spot of its own, so the two
// projects never trip the one-per-clinic-per-day and one-per-spot-per-day rules; every booking is cancelled.
// The reference pages (hospitals, spots, Wi-Fi …) are scanned with axe in a11y.spec.ts.

const PLAN: Record<string, { dept: string; spot: string }> = {
  desktop: { dept: "cardio", spot: "langshan" },
  mobile: { dept: "resp", spot: "haohe" },
};
const plan = () => PLAN[test.info().project.name] ?? PLAN.desktop!;

/**
 * The first open slot of a clinic of 南通大学附属医院 from tomorrow on (a slot later today may already be inside
 * the 2-hour cancellation window, and these journeys cancel what they book). Each day's schedule is opened by
 * its own URL, so a check never reads the page of the day before.
 */
async function openFirstSlot(page: Page, dept: string) {
  await page.goto(`/life/health/ntdxfy/${dept}`);
  const days = await page
    .getByRole("navigation", { name: "选择就诊日期" })
    .getByRole("link")
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(days.length).toBeGreaterThan(1);
  for (const day of days.slice(1)) {
    await page.goto(day);
    const slot = page.getByRole("link", { name: /预约 · 余 \d+/ }).first();
    if (await slot.count()) {
      await slot.click();
      // client-side navigations can take a while when the machine is busy
      await page.waitForURL(/\/life\/health\/book\/\d+$/, { timeout: 30_000 });
      await expect(page.getByRole("heading", { level: 1, name: "确认预约" })).toBeVisible({ timeout: 30_000 });
      return;
    }
  }
  throw new Error(`no open slot at ${dept} from tomorrow on`);
}

async function cancelOnDetail(page: Page) {
  await page.getByRole("button", { name: "取消预约" }).click();
  await expect(page.getByText("预约已取消，号源已释放。")).toBeVisible();
}

test.describe("预约挂号", () => {
  test("a real-name citizen books a slot, finds it in 我的预约 and cancels it (长辈版 on the phone)", async ({ page, baseURL }) => {
    if (test.info().project.name === "mobile") await page.context().addCookies([{ name: "nt-elder", value: "1", url: baseURL! }]);
    await signInViaApi(page, DEMO.citizen);
    await page.goto("/life");
    await page.getByRole("link", { name: "预约挂号" }).click();
    await page.waitForURL(/\/life\/health$/, { timeout: 30_000 });
    await page.getByRole("link", { name: "南通大学附属医院" }).click();
    await page.waitForURL(/\/life\/health\/ntdxfy$/, { timeout: 30_000 });
    await expect(page.getByRole("heading", { level: 1, name: "南通大学附属医院" })).toBeVisible();
    await openFirstSlot(page, plan().dept);
    await expectNoViolations(page, "booking page");
    await page.getByRole("radio", { name: /^本人/ }).check();
    // With JavaScript the form sends one tRPC call of its own (no batch): the kind the 07:00 admission gate takes.
    const call = page.waitForRequest((r) => r.method() === "POST" && new URL(r.url()).pathname === "/api/trpc/life.health.book");
    await page.getByRole("button", { name: "确认预约" }).click();
    expect(new URL((await call).url()).search).toBe("");
    await expect(page.getByRole("heading", { level: 1, name: "预约成功" })).toBeVisible({ timeout: 30_000 });
    const number = (await page.getByRole("status").filter({ hasText: "确认号" }).locator("strong").textContent())!.trim();
    expect(number).toMatch(/^GH\d{16}$/);
    await expectNoViolations(page, "booking confirmation");
    const ics = await page.request.get(`${new URL(page.url()).pathname}/ics`);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(await ics.text()).toContain(number);

    // 我的 → 生活服务 → 我的预约挂号
    await page.goto("/me");
    await page.getByRole("link", { name: /^我的预约挂号（\d+ 个待就诊）$/ }).click();
    await page.waitForURL(/\/me\/appointments$/, { timeout: 30_000 });
    const mine = page.getByRole("listitem").filter({ hasText: number });
    await expect(mine).toBeVisible();
    await expectNoViolations(page, "my appointments");
    await mine.getByRole("button", { name: `取消这个预约（${number}）` }).click();
    await expect(page.getByText("预约已取消，号源已释放。")).toBeVisible();
    // the action lands on the appointment's own page, now 已取消
    await expect(page).toHaveURL(/\/me\/appointments\/\d+\?cancelled=1$/);
    await expect(page.getByText("已取消", { exact: true })).toBeVisible();
  });

  test("books for a linked family member (the patient is the member, masked); another citizen cannot open it", async ({
    page,
    browser,
  }) => {
    await signInViaApi(page, DEMO.citizen);
    await openFirstSlot(page, plan().dept);
    const bookingPage = page.url();
    await page.getByRole("radio", { name: /^父母 周\*\*/ }).check();
    await page.getByRole("button", { name: "确认预约" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "预约成功" })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByText("周**", { exact: true })).toBeVisible();
    const url = page.url().replace(/\?.*$/, "");

    // The same patient again that day at that clinic: the form stays, with the service's reason (sent by the page's
    // own call, so nothing is lost and the button can be pressed again).
    await page.goto(bookingPage);
    await page.getByRole("radio", { name: /^父母 周\*\*/ }).check();
    await page.getByRole("button", { name: "确认预约" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "同一就诊人同一天同一科室只能预约一次" })).toBeVisible();
    await expect(page.getByRole("button", { name: "确认预约" })).toBeEnabled();
    await page.goto(url);

    const other = await browser.newContext({ baseURL: new URL(url).origin });
    const otherPage = await other.newPage();
    await signInViaApi(otherPage, DEMO.enterprise);
    expect((await otherPage.goto(url))?.status()).toBe(404);
    await other.close();

    await cancelOnDetail(page);
  });

  test("books without JavaScript too (the form's server action), and cancels", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await signInViaApi(page, DEMO.citizen);
    await openFirstSlot(page, plan().dept);
    await page.getByRole("radio", { name: /^子女 周\*\*/ }).check();
    await page.getByRole("button", { name: "确认预约" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "预约成功" })).toBeVisible({ timeout: 30_000 });
    await cancelOnDetail(page);
    await context.close();
  });

  test("an empty choice keeps the form and says what to fix; a family member can be added from the booking page", async ({ page }) => {
    await signInViaApi(page, DEMO.citizen);
    await page.goto("/life/family");
    await page.getByLabel("与您的关系").selectOption("child");
    await page.getByLabel("姓名").fill("周小满");
    await page.getByLabel("身份证号").fill("320613201501010010");
    await page.getByRole("button", { name: "添加家庭成员" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "出现问题" });
    await expect(summary).toBeVisible();
    await expect(page.getByLabel("姓名")).toHaveValue("周小满");
    await expectNoViolations(page, "family form with an error");
  });
});

test("畅游南通: book a ticket, see the QR ticket, cancel it; the gate page refuses an unknown code", async ({ page, browser }) => {
  await signInViaApi(page, DEMO.citizen);
  await page.goto("/life/tourism");
  await page.getByRole("link", { name: plan().spot === "langshan" ? "狼山风景名胜区" : /濠河/ }).click();
  const form = page.getByRole("form", { name: "预约门票" });
  await form.getByRole("group", { name: "游览日期" }).getByRole("radio").and(page.locator(":enabled")).last().check();
  await form.getByRole("group", { name: "票种" }).getByRole("radio").first().check();
  await form.getByRole("radio", { name: /^本人/ }).check();
  await expectNoViolations(page, "spot page");
  await form.getByRole("button", { name: "预约门票" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "门票预约成功" })).toBeVisible();
  await expect(page.getByRole("img", { name: /入园二维码/ })).toBeVisible();
  await expectNoViolations(page, "QR ticket");
  await page.getByRole("button", { name: "取消门票" }).click();
  await expect(page.getByText("门票已取消。")).toBeVisible();

  const gate = await browser.newContext({ baseURL: new URL(page.url()).origin });
  const gatePage = await gate.newPage();
  await signInViaApi(gatePage, "13800000009");
  await gatePage.goto("/staff/life/gate");
  await expectNoViolations(gatePage, "gate check page");
  await gatePage.getByLabel("门票二维码内容").fill("AAAAAAAAAAAAAAAAAAAAAAAA");
  await gatePage.getByRole("button", { name: "核验并检票" }).click();
  await expect(gatePage.getByText("无效的门票二维码").first()).toBeVisible();
  await gate.close();
});

test("老人二维码名片: the printable card, and a scanner sees only the chosen fields", async ({ page, browser }) => {
  await signInViaApi(page, DEMO.citizen);
  await page.goto("/life/community/elder-card");
  await expectNoViolations(page, "elder card page");
  await page.getByRole("link", { name: "查看和打印名片" }).first().click();
  await expect(page.getByRole("img", { name: /名片二维码/ })).toBeVisible();
  await expectNoViolations(page, "printable elder card");
  const link = (await page.getByText(/^链接：/).textContent())!.replace("链接：", "").trim();

  const stranger = await browser.newContext();
  const scan = await stranger.newPage();
  await scan.goto(new URL(link).pathname);
  await expect(scan.getByRole("heading", { level: 1, name: "老人紧急联系名片" })).toBeVisible();
  await expect(scan.getByText("紧急联系人")).toBeVisible();
  await expect(scan.getByText("过敏史")).toHaveCount(0);
  await expectNoViolations(scan, "public elder card");
  expect((await scan.goto("/card/AAAAAAAAAAAAAAAAAAAAAAAA"))?.status()).toBe(404);
  await stranger.close();
});

test("居家养老: a family member asks for home care for an elder, follows it and cancels it", async ({ page }) => {
  await signInViaApi(page, DEMO.citizen);
  await page.goto("/life/community/care");
  const form = page.getByRole("form", { name: "申请居家养老服务" });
  await form.getByRole("radio", { name: /^父母 周\*\*/ }).check();
  await form.getByLabel("社区服务中心").selectOption({ index: 1 });
  await form.getByLabel("服务项目").selectOption({ index: 1 });
  const tomorrow = new Date(Date.now() + 8 * 3600_000 + 24 * 3600_000).toISOString().slice(0, 10);
  await form.getByLabel("服务日期").fill(tomorrow);
  await form.getByLabel("时间").fill("10:00");
  await form.getByLabel("服务地址").fill("崇川区濠河路1号2幢301室");
  await form.getByLabel("联系电话").fill("13800000001");
  await form.getByRole("button", { name: "提交申请" }).click();
  await expect(page.getByText(/^申请已提交，编号 \S+。/)).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/life\/community\/requests\/\d+\?submitted=1$/);
  await expectNoViolations(page, "home-care request");
  await page.getByRole("button", { name: "取消申请" }).click();
  await expect(page.getByText("申请已取消。")).toBeVisible();
});

// Front desks are used at a desk computer: their layout is the same on a phone, so desktop only.
test(
  "front desks: hospital day list, community queue and the 市民卡 counter open for their staff",
  { tag: "@desktop-only" },
  async ({ page }) => {
    await signInViaApi(page, "13800000007");
    await page.goto("/staff/life");
    await expect(page.locator("main h1")).toBeVisible();
    await expectNoViolations(page, "life desks index");
    await page.goto("/staff/life/hospital");
    await expect(page.getByRole("heading", { level: 1, name: /南通大学附属医院/ })).toBeVisible();
    await expectNoViolations(page, "hospital day list");
    await signInViaApi(page, "13800000008");
    await page.goto("/staff/life/community");
    await expect(page.getByRole("heading", { level: 1, name: "居家养老服务申请" })).toBeVisible();
    await expectNoViolations(page, "community desk");
    await page.goto("/staff/life/citycard");
    await page.getByRole("button", { name: "解除挂失" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "出现问题" })).toBeVisible();
    await expectNoViolations(page, "市民卡 counter with an error");
  },
);
