import { expect, test } from "@playwright/test";
import { errorSummary, registerFresh, submitAndWait } from "./fixtures/auth";

/** GB 11643-1999 check character (ISO 7064 MOD 11-2), computed independently of the app's code. */
function checkChar(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, d, i) => acc + Number(d) * weights[i], 0);
  return "10X98765432"[sum % 11];
}

/** A valid 18-character number for 崇川区 (320613) with a random birth date and sequence. */
function validIdNumber(): string {
  const birth = new Date(Date.UTC(1950, 0, 1) + Math.floor(Math.random() * 50 * 365.25) * 86_400_000);
  const ymd = birth.toISOString().slice(0, 10).replaceAll("-", "");
  const seq = String(Math.floor(Math.random() * 1000)).padStart(3, "0");
  const first17 = `320613${ymd}${seq}`;
  return first17 + checkChar(first17);
}

/** The same number with a different, wrong check character. */
function withWrongCheck(id: string): string {
  const wrong = [..."0123456789X"].find((c) => c !== id[17])!;
  return id.slice(0, 17) + wrong;
}

test("the check-digit algorithm used by these tests agrees with a known number", () => {
  // 11010519491231002X is the standard's worked example.
  expect(checkChar("11010519491231002")).toBe("X");
  const id = validIdNumber();
  expect(id).toMatch(/^320613\d{11}[\dX]$/);
  expect(checkChar(withWrongCheck(id).slice(0, 17))).not.toBe(withWrongCheck(id)[17]);
});

test("a new citizen completes real-name verification; only the masked number is ever shown", async ({ page }) => {
  await registerFresh(page);
  await page.goto("/me#real-name");
  const form = page.getByRole("form", { name: "实名认证" });
  await expect(form).toBeVisible();

  const id = validIdNumber();
  const bad = withWrongCheck(id);

  // Wrong check character: refused, nothing saved.
  await form.getByLabel("姓名").fill("测试市民");
  await form.getByLabel("居民身份证号").fill(bad);
  await submitAndWait(page, form.getByRole("button", { name: "提交实名认证" }));
  await expect(errorSummary(page)).toContainText("校验位");
  await expect(form.getByLabel("居民身份证号")).toHaveAttribute("aria-invalid", "true");
  await expect(form.getByLabel("姓名")).toHaveValue("测试市民");

  // Too short: a format message, not a check-digit one.
  await form.getByLabel("居民身份证号").fill(id.slice(0, 17));
  await submitAndWait(page, form.getByRole("button", { name: "提交实名认证" }));
  await expect(errorSummary(page)).toContainText("身份证号应为18位");

  // A valid number (lower-case x accepted too): verified, shown masked, and a message says so.
  const masked = `${id.slice(0, 4)}${"*".repeat(10)}${id.slice(-4)}`;
  expect(masked).toMatch(/^3206\*{10}\d{3}[\dX]$/);
  await form.getByLabel("姓名").fill("测试市民");
  await form.getByLabel("居民身份证号").fill(id.toLowerCase());
  await form.getByRole("button", { name: "提交实名认证" }).click();
  const section = page.locator("#real-name");
  await expect(section.getByText("已实名", { exact: true })).toBeVisible();
  await expect(section).toContainText(masked);
  await expect(section).toContainText("测***");
  await expect(page.getByRole("form", { name: "实名认证" })).toHaveCount(0);
  const messages = page.getByRole("region", { name: /消息/ });
  await expect(messages.getByRole("listitem").filter({ hasText: "实名认证成功" })).toContainText(masked);

  await page.reload();
  await expect(section.getByText("已实名", { exact: true })).toBeVisible();
  await expect(section).toContainText(masked);

  // The full number is nowhere in the page, in the message list, or in the data export.
  const html = await page.content();
  expect(html).not.toContain(id);
  expect(html).not.toContain(id.slice(4, 14));
  const exported = await page.request.get("/me/export");
  expect(exported.status()).toBe(200);
  const text = await exported.text();
  expect(text).toContain(masked);
  expect(text).not.toContain(id);
});

test("an ID number already verified by another account is refused", async ({ page, browser }) => {
  const id = validIdNumber();
  await registerFresh(page);
  await page.goto("/me");
  const form = page.getByRole("form", { name: "实名认证" });
  await form.getByLabel("姓名").fill("先来的人");
  await form.getByLabel("居民身份证号").fill(id);
  await form.getByRole("button", { name: "提交实名认证" }).click();
  await expect(page.locator("#real-name").getByText("已实名", { exact: true })).toBeVisible();

  const other = await browser.newPage();
  try {
    await registerFresh(other);
    await other.goto("/me");
    const form2 = other.getByRole("form", { name: "实名认证" });
    await form2.getByLabel("姓名").fill("后来的人");
    await form2.getByLabel("居民身份证号").fill(id);
    await submitAndWait(other, form2.getByRole("button", { name: "提交实名认证" }));
    await expect(errorSummary(other)).toContainText("该身份证号已被其他账号实名认证");
    await other.reload();
    await expect(other.locator("#real-name").getByText("已实名", { exact: true })).toHaveCount(0);
  } finally {
    await other.close();
  }
});
