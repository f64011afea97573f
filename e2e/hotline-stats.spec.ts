import { expect, test } from "@playwright/test";
import { DEMO, errorSummary, signInViaApi, submitAndWait } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";

// 12345 statistics: an agent reads the bulletin and changes the range (presets and custom dates, with
// a validation error that keeps the input); an admin edits the SLA table (error, then success, then
// puts the value back so other specs see the seeded table).

test("an agent reads the statistics, switches ranges, and has a table for the map", async ({ page }) => {
  await signInViaApi(page, DEMO.agent);
  await page.goto("/agent");
  await page.getByRole("link", { name: "12345统计分析" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "12345统计分析" })).toBeVisible();
  await expect(page.getByText("统计时段：本周")).toBeVisible();
  for (const kpi of ["受理量", "派单量", "直接解答率", "按时办结率", "满意率"])
    await expect(page.getByText(kpi, { exact: true }).first()).toBeVisible();

  await page.getByRole("link", { name: "近30天" }).click();
  await expect(page).toHaveURL(/preset=last30/);
  await expect(page.getByText("统计时段：近30天")).toBeVisible();
  // The sample data has tickets in the last 30 days: the departments table and hot topics are filled.
  await expect(page.getByRole("table", { name: /各承办部门/ }).getByRole("row", { name: /市城管局/ })).toBeVisible();
  // The map is an image with a text alternative, followed by the same figures as a table.
  await expect(page.getByRole("img", { name: "南通市七个县（市、区）受理量示意图" })).toBeVisible();
  const table = page.getByRole("table", { name: "数据表：各县（市、区）受理量" });
  for (const d of ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"])
    await expect(table.getByRole("rowheader", { name: d })).toBeVisible();
  await expect(page.getByText("示意图，区域形状和位置仅示意")).toBeVisible();

  // Custom range with the end before the start: an error summary, the fields keep what was typed.
  await page.getByLabel("开始日期").fill("2026-11-20");
  await page.getByLabel("结束日期").fill("2026-11-10");
  await page.getByRole("button", { name: "查看自定义时段" }).click();
  await expect(errorSummary(page)).toContainText("结束日期不能早于开始日期");
  await expect(page.getByLabel("开始日期")).toHaveValue("2026-11-20");
  await expect(page.getByLabel("结束日期")).toHaveValue("2026-11-10");
  await expectNoViolations(page, "hotline stats");

  await page.getByLabel("开始日期").fill("2026-11-01");
  await page.getByLabel("结束日期").fill("2026-11-10");
  await page.getByRole("button", { name: "查看自定义时段" }).click();
  await expect(page.getByText("统计时段：2026-11-01 至 2026-11-10")).toBeVisible();
  await expect(errorSummary(page)).toHaveCount(0);
});

test("an admin edits the SLA table: a validation error first, then a saved change", async ({ page }) => {
  await signInViaApi(page, DEMO.admin);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "管理功能" }).getByRole("link", { name: "12345热线" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "12345热线管理" })).toBeVisible();
  const field = page.getByRole("textbox", { name: "其他" });
  const original = await field.inputValue();
  const next = String(Number(original) === 60 ? 59 : Number(original) + 1);

  await field.fill("0");
  await submitAndWait(page, page.getByRole("button", { name: "保存办理时限" }));
  await expect(errorSummary(page)).toContainText("其他：办理时限至少1个工作日");
  await expect(field).toHaveValue("0");
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await field.fill(next);
  await submitAndWait(page, page.getByRole("button", { name: "保存办理时限" }));
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toContainText(`其他 ${original} → ${next} 个工作日`);
  await page.reload();
  await expect(page.getByRole("textbox", { name: "其他" })).toHaveValue(next);
  await expectNoViolations(page, "hotline stats");

  // Put the seeded value back.
  await page.getByRole("textbox", { name: "其他" }).fill(original);
  await submitAndWait(page, page.getByRole("button", { name: "保存办理时限" }));
  await expect(page.getByRole("status").filter({ hasText: "已保存" })).toContainText(`其他 ${next} → ${original}`);
});

test("citizens and department staff cannot open the statistics", async ({ page }) => {
  await signInViaApi(page, DEMO.staff);
  const r = await page.goto("/agent/stats");
  expect(r?.status()).toBe(403);
  const r2 = await page.goto("/admin/hotline");
  expect(r2?.status()).toBe(403);
});
