import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, errorSummary, signInViaApi } from "./fixtures/auth";

// The documented 12345 limit (6 photos × 5 MB) is reachable, and a photo over it gets the form's own
// Chinese message with everything typed kept — not a bare 500 from a body cut short by the proxy.
// Desktop only: 30 MB per run is enough.

const MB = 1024 * 1024;
/** A JPEG of exactly `bytes` (the server sniffs the first bytes and checks the size). */
function jpeg(bytes: number): Buffer {
  const b = Buffer.alloc(bytes, 0x20);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]).copy(b);
  b[bytes - 2] = 0xff;
  b[bytes - 1] = 0xd9;
  return b;
}

async function fillRequest(page: Page, description: string) {
  await page.goto("/12345#submit");
  const form = page.getByRole("form", { name: "在线提交诉求" });
  await form.getByRole("radio", { name: "投诉" }).check();
  await form.getByLabel("诉求分类").selectOption({ label: "城市管理 › 路灯" });
  await form.getByLabel("所在区县").selectOption("崇川区");
  await form.getByLabel("详细地址").fill("崇川区工农路57号");
  await form.getByLabel("诉求内容").fill(description);
  return form;
}

// Desktop project only (one project is enough for 30 MB uploads): the phone projects' testMatch in playwright.config.ts leaves this file out.

test("six 5 MB photos, the documented maximum, are accepted", async ({ page }) => {
  test.setTimeout(120_000);
  await signInViaApi(page, DEMO.citizen);
  const form = await fillRequest(page, `e2e 上传上限 ${Date.now()}：工农路57号门前路灯不亮，附六张现场照片。`);
  // Files on disk rather than buffers: 30 MB of buffers through the browser protocol is slow.
  const dir = mkdtempSync(path.join(tmpdir(), "nt-upload-"));
  const photo = jpeg(5 * MB);
  const files = Array.from({ length: 6 }, (_, i) => {
    const file = path.join(dir, `现场${i + 1}.jpg`);
    writeFileSync(file, photo);
    return file;
  });
  await form.getByLabel("现场照片（选填）").setInputFiles(files, { timeout: 60_000 });
  await form.getByRole("button", { name: "提交诉求" }).click();
  await page.waitForURL(/\/12345\/submitted\/\d+$/, { timeout: 90_000 });
  await expect(page.getByRole("heading", { level: 1, name: "诉求已提交" })).toBeVisible();
});

test.describe("without JavaScript (the server alone checks)", () => {
  test.use({ javaScriptEnabled: false });
  test("a 12 MB photo gets the form's message and the typed text is kept", async ({ page }) => {
    test.setTimeout(120_000);
    await signInViaApi(page, DEMO.citizen);
    const description = `e2e 超限 ${Date.now()}：工农路57号门前路灯不亮，照片太大。`;
    const form = await fillRequest(page, description);
    await form.getByLabel("现场照片（选填）").setInputFiles({ name: "太大.jpg", mimeType: "image/jpeg", buffer: jpeg(12 * MB) });
    await form.getByRole("button", { name: "提交诉求" }).click();
    const summary = errorSummary(page);
    await expect(summary).toBeVisible({ timeout: 60_000 });
    await expect(summary).toContainText("“太大.jpg”超过5MB，请压缩后重新选择");
    await expect(page.getByLabel("诉求内容")).toHaveValue(description);
    await expect(page.getByLabel("详细地址")).toHaveValue("崇川区工农路57号");
  });
});
