import { expect, test } from "@playwright/test";
import { DEMO, signInViaApi } from "./fixtures/auth";
import { expectNoViolations } from "./fixtures/axe";

// An admin issues an Open311 API key (shown once), a client uses it to submit a request through
// POST /open311/v2/requests.json, the request is visible through GET; the admin revokes the key
// after confirming, and the next POST is refused with 403.

test("admin creates an Open311 key, it works once issued, and stops working when revoked", async ({ page }) => {
  test.setTimeout(180_000);
  await signInViaApi(page, DEMO.admin);
  await page.goto("/admin");
  await page.getByRole("link", { name: "Open311 接口" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Open311 接口密钥" })).toBeVisible();

  // Empty name: a clear error, focus on the summary.
  await page.getByRole("button", { name: "创建 API key" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "出现问题" })).toBeFocused();
  await expect(page.getByText("请填写使用方名称，至少2个字", { exact: false }).first()).toBeVisible();

  const name = `e2e 网格平台 ${Date.now()}`;
  await page.getByLabel("使用方名称").fill(name);
  await page.getByRole("button", { name: "创建 API key" }).click();
  const shown = page.getByTestId("new-open311-key");
  await expect(shown).toBeVisible();
  const key = (await shown.textContent())!.trim();
  expect(key).toMatch(/^nt311_[A-Za-z0-9_-]{32}$/);
  await expect(page.getByText("离开本页后将无法再次查看")).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: name });
  await expect(row).toContainText(key.slice(0, 10));
  await expect(row).toContainText("从未使用");
  await expectNoViolations(page, "open311 key shown once");

  // Shown once: a reload lists the key without the secret.
  await page.reload();
  await expect(page.getByTestId("new-open311-key")).toHaveCount(0);
  await expect(page.locator("body")).not.toContainText(key);

  // The client submits a request with it (form-encoded, as the spec says).
  const form = {
    api_key: key,
    service_code: "cg-ld",
    lat: "32.0101",
    long: "120.8642",
    address_string: "崇川区工农路57号",
    description: "e2e：路灯连续三晚不亮。",
    "attribute[fault]": "off",
  };
  const created = await page.request.post("/open311/v2/requests.json", { form });
  expect(created.status()).toBe(200);
  const [{ service_request_id: id }] = (await created.json()) as { service_request_id: string }[];
  expect(id).toMatch(/^12345\d{14}$/);
  const fetched = await page.request.get(`/open311/v2/requests/${id}.xml`);
  expect(fetched.status()).toBe(200);
  expect(fetched.headers()["content-type"]).toBe("text/xml; charset=utf-8");
  const xml = await fetched.text();
  expect(xml.startsWith('<?xml version="1.0" encoding="utf-8"?>')).toBe(true);
  expect(xml).toContain(`<service_request_id>${id}</service_request_id>`);
  expect(xml).toContain("<status>open</status>");

  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: name })).not.toContainText("从未使用");

  // Revoke, with a confirmation step.
  await page.getByRole("row").filter({ hasText: name }).getByRole("link", { name: /撤销/ }).click();
  await expect(page.getByRole("heading", { name: `确定撤销“${name}”的 API key？` })).toBeVisible();
  await expectNoViolations(page, "open311 revoke confirmation");
  await page.getByRole("button", { name: "确定撤销" }).click();
  await expect(page.getByRole("status").filter({ hasText: `已撤销“${name}”` })).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("已撤销");

  const refused = await page.request.post("/open311/v2/requests.json", { form });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual([{ code: 403, description: expect.stringContaining("api_key") }]);
});

test("the Open311 key page is for admins only", async ({ page }) => {
  await signInViaApi(page, DEMO.agent);
  const r = await page.goto("/admin/open311");
  expect(r?.status()).toBe(403);
});
