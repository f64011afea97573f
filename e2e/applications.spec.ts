import { expect, test, type Browser, type Page } from "@playwright/test";
import { CATALOGUE_ITEMS } from "../drizzle/seed/catalogue/items";
import type { FormField } from "../drizzle/seed/catalogue/types";
import { SAMPLE_ID_NUMBER } from "../drizzle/seed/demo-accounts";
import { DEMO, errorSummary, signInViaApi, submitAndWait } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";

// The whole 一网通办 journey: a citizen applies on a phone, the department (desktop) asks for
// 补正, the citizen corrects and resubmits, the department accepts and completes, the citizen
// rates it 非常不满意 with a reason and the department closes the follow-up. axe runs on each page.

const ITEM_NAME = "装修垃圾和大件垃圾清运预约"; // 市城管局, the demo staff member's department
const item = CATALOGUE_ITEMS.find((i) => i.name === ITEM_NAME);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
const mobile = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

/** A valid answer for a question, from its type and validation rules. */
function answerFor(f: FormField): string {
  const v = f.validation ?? {};
  if (f.type === "phone") return "13800000001";
  if (f.type === "idcard") return SAMPLE_ID_NUMBER;
  if (f.type === "email") return "zhou.xiaotong@example.com";
  if (f.type === "date") return "2026-12-15";
  if (f.type === "number") return String(Math.min(v.max ?? 1000, Math.max(v.min ?? 0, 100)));
  const candidates = [
    "南通市崇川区工农路100号幸福小区3幢",
    "13800000001",
    SAMPLE_ID_NUMBER,
    "6222020200112233445",
    "苏F12345",
    "91320600MA1P8K3T6X",
    "320613",
    "2026-12-15",
    "ABCD1234",
  ];
  const re = v.pattern ? new RegExp(v.pattern) : null;
  const fits = (s: string) =>
    (!re || re.test(s)) && (!v.minLength || Array.from(s).length >= v.minLength) && (!v.maxLength || Array.from(s).length <= v.maxLength);
  const found = candidates.find(fits);
  if (!found) throw new Error(`no test answer fits ${f.name} (${v.pattern ?? ""})`);
  return found;
}

async function fillPage(page: Page, fields: FormField[]) {
  for (const f of fields) {
    if (f.type === "file")
      await page.locator(`input[name="${f.name}"]`).setInputFiles({ name: `${f.label}.pdf`, mimeType: "application/pdf", buffer: PDF });
    else if (f.type === "radio" || (f.type === "checkbox" && f.options?.length))
      await page.locator(`input[name="${f.name}"]`).first().check();
    else if (f.type === "checkbox") await page.locator(`#${f.name}`).check();
    else if (f.type === "select") await page.locator(`#${f.name}`).selectOption({ index: 1 });
    else await page.locator(`#${f.name}`).fill(answerFor(f));
  }
}

async function contextFor(browser: Browser, baseURL: string, phone: string, isMobile: boolean) {
  const ctx = await browser.newContext({
    baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    ...(isMobile ? mobile : { viewport: { width: 1280, height: 800 } }),
  });
  const page = await ctx.newPage();
  await signInViaApi(page, phone);
  return page;
}

test("citizen applies on mobile → 补正 → resubmit → 办结 → 差评 → follow-up", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  expect(item, `${ITEM_NAME} is in the seeded catalogue`).toBeTruthy();
  const form = item!.form!;
  const citizen = await contextFor(browser, baseURL!, DEMO.citizen, true);
  const staff = await contextFor(browser, baseURL!, DEMO.staff, false);

  // Find the item the way an API client would.
  const found = await citizen.request.get(`/api/open/v1/services?q=${encodeURIComponent(ITEM_NAME)}&pageSize=1`);
  const itemId = ((await found.json()) as { items: { id: number }[] }).items[0]!.id;

  // Start page → apply
  await citizen.goto(`/services/${itemId}`);
  await expect(citizen.getByRole("heading", { level: 1, name: ITEM_NAME })).toBeVisible();
  await expectNoViolations(citizen, "service start page");
  await citizen.getByRole("link", { name: "在线办理" }).click();
  await expect(citizen).toHaveURL(new RegExp(`/services/${itemId}/apply$`));
  await expectNoViolations(citizen, "apply start");
  await citizen.getByRole("button", { name: "开始申请" }).click();
  await citizen.waitForURL(/\/me\/applications\/\d+\/edit\//);
  const appId = Number(/applications\/(\d+)\//.exec(citizen.url())![1]);

  // First page: prefilled from the account (real-name name, ID number, phone), and it says so. Emptied and
  // submitted, it shows the error summary with each required question.
  await expect(citizen.getByText("已从您的账号填好")).toBeVisible();
  for (const f of form[0]!.fields)
    if (!["file", "radio", "checkbox", "select"].includes(f.type)) await citizen.locator(`#${f.name}`).fill("");
  await submitAndWait(citizen, citizen.getByRole("button", { name: "保存并继续" }));
  await expect(errorSummary(citizen)).toBeVisible();
  const firstRequired = form[0]!.fields.find((f) => f.required && f.type !== "checkbox")!;
  await expect(errorSummary(citizen)).toContainText(firstRequired.label);
  await expectNoViolations(citizen, "question page with errors");

  for (const [i, p] of form.entries()) {
    await expect(citizen.getByRole("heading", { level: 1, name: p.title })).toBeVisible();
    await fillPage(citizen, p.fields);
    await citizen.getByRole("button", { name: "保存并继续" }).click();
    await citizen.waitForURL(i + 1 < form.length ? new RegExp(`/edit/${encodeURIComponent(form[i + 1]!.id)}$`) : /\/check$/);
  }
  await expect(citizen.getByRole("heading", { level: 1, name: "提交前请检查您的答案" })).toBeVisible();
  await expectNoViolations(citizen, "check answers");
  await citizen.getByRole("button", { name: "确认并提交申请" }).click();
  await citizen.waitForURL(new RegExp(`/me/applications/${appId}\\?submitted=1$`));
  await expect(citizen.getByRole("heading", { name: "申请已提交" })).toBeVisible();
  const serial = (await citizen.locator("main p.text-2xl [data-ref]").getAttribute("data-ref"))!;
  expect(serial).toMatch(/^NT\d{16}$/);
  await expectNoViolations(citizen, "confirmation");

  // Someone else trying the same address gets nothing.
  const other = await contextFor(browser, baseURL!, DEMO.enterprise, false);
  expect((await other.goto(`/me/applications/${appId}`))?.status()).toBe(404);
  expect((await other.goto(`/staff/applications/${appId}`))?.status()).toBe(403);
  await other.context().close();

  // Department: its queue lists it; ask for 补正.
  await staff.goto("/staff/applications?tab=pending");
  await expectNoViolations(staff, "staff queue");
  await staff.getByRole("link", { name: serial }).click();
  await expect(staff.getByRole("heading", { level: 1, name: ITEM_NAME })).toBeVisible();
  await expectNoViolations(staff, "staff case page");
  await staff.getByLabel("补正原因（告诉申请人需要补充或更正什么）").fill("请补充清运物品的照片或清单");
  await staff.getByRole("button", { name: "要求补正" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已要求补正" })).toBeVisible();

  // Citizen sees the reason, corrects and resubmits (answers are kept).
  await citizen.goto(`/me/applications/${appId}`);
  await expect(citizen.getByText("请补充清运物品的照片或清单").first()).toBeVisible();
  await citizen.getByRole("link", { name: "去补正材料" }).click();
  for (const [i, p] of form.entries()) {
    if (p.fields.some((f) => f.type === "file"))
      await fillPage(
        citizen,
        p.fields.filter((f) => f.type === "file"),
      );
    await citizen.getByRole("button", { name: "保存并继续" }).click();
    await citizen.waitForURL(i + 1 < form.length ? new RegExp(`/edit/${encodeURIComponent(form[i + 1]!.id)}$`) : /\/check$/);
  }
  await citizen.getByRole("button", { name: "确认并重新提交" }).click();
  await citizen.waitForURL(new RegExp(`/me/applications/${appId}\\?submitted=1$`));
  await expect(citizen.getByText(serial).first()).toBeVisible();

  // Department accepts and completes.
  await staff.goto(`/staff/applications/${appId}`);
  await staff.getByRole("button", { name: "受理", exact: true }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已受理" })).toBeVisible();
  await staff.getByLabel("办理结果").fill("已安排12月15日上门清运");
  await staff.getByRole("button", { name: "办结", exact: true }).click();
  await expect(staff.getByRole("status").filter({ hasText: "已办结" })).toBeVisible();

  // Citizen rates: a bad rating without a reason is refused with a clear message.
  await citizen.goto(`/me/applications/${appId}`);
  await expect(citizen.getByText("已安排12月15日上门清运").first()).toBeVisible();
  await expectNoViolations(citizen, "completed case with rating form");
  await citizen.getByRole("radio", { name: "非常不满意" }).check();
  await submitAndWait(citizen, citizen.getByRole("button", { name: "提交评价" }));
  await expect(errorSummary(citizen)).toContainText("请说明不满意的原因");
  await citizen.getByRole("radio", { name: "非常不满意" }).check();
  await citizen.getByLabel(/不满意的原因/).fill("预约时段太少");
  await citizen.getByRole("button", { name: "提交评价" }).click();
  await expect(citizen.getByRole("status").filter({ hasText: "整改" })).toBeVisible();

  // Department closes the follow-up.
  await staff.goto("/staff/applications?tab=followups");
  await staff.getByRole("link", { name: serial }).click();
  await staff.getByLabel("整改情况").fill("已增加周末预约时段并电话回访");
  await staff.getByRole("button", { name: "记录整改并关闭" }).click();
  await expect(staff.getByRole("status").filter({ hasText: "整改情况已记录" })).toBeVisible();

  // Public tracking without signing in shows the status but no personal data.
  const guest = await browser.newContext({ baseURL: baseURL!, ...mobile });
  const g = await guest.newPage();
  await g.goto(`/services/track?serialNo=${serial}&phoneLast4=0001`);
  await expect(g.getByText("已办结").first()).toBeVisible();
  await expect(g.locator("main")).not.toContainText("13800000001");
  await expectNoViolations(g, "tracking result");
  await g.goto(`/services/track?serialNo=${serial}&phoneLast4=9999`);
  await expect(g.getByRole("alert").filter({ hasText: "出现问题" })).toContainText("没有找到该办件");
  await guest.close();
});

test("catalogue search by initials and an empty result with alternatives", async ({ page }) => {
  await page.goto("/services?q=sbcx");
  await expect(page.getByRole("link", { name: /社会保险参保缴费记录查询/ }).first()).toBeVisible();
  await page.goto("/services?q=gjj");
  await expect(page.locator("main h3 mark").first()).toHaveText("公积金");
  await expectNoViolations(page, "catalogue results");
  await page.goto("/services?q=火星移民许可");
  await expect(page.getByRole("heading", { name: /找到 0 项/ })).toBeVisible();
  await expect(page.getByRole("heading", { name: "您是不是要找" })).toBeVisible();
  await expect(page.getByRole("link", { name: "在线咨询 12345" })).toBeVisible();
  await expectNoViolations(page, "catalogue empty result");
});

test("the open API answers bad parameters with a JSON 400 and unknown ids with 404", async ({ request }) => {
  const bad = await request.get("/api/open/v1/services?pageSize=500");
  expect(bad.status()).toBe(400);
  expect(((await bad.json()) as { error: { field: string } }).error.field).toBe("pageSize");
  const missing = await request.get("/api/open/v1/services/99999999");
  expect(missing.status()).toBe(404);
  const doc = await request.get("/api/open/v1/openapi.json");
  expect(((await doc.json()) as { openapi: string }).openapi).toBe("3.1.0");
});
