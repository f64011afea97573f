import { expect, test, type Locator, type Page } from "@playwright/test";

// 长辈版 (MIIT 2021 ageing-friendly rules, QUALITY.md): main text ≥18 px, line height ≥1.3,
// touch targets ≥60×60 px; in normal mode targets are ≥44×44 px on phones.

const isPhone = () => test.info().project.name !== "desktop";

/** Every visible element with its own text inside <main>: its font size and line height in px. */
async function smallestText(page: Page) {
  return page.evaluate(() => {
    const out: { text: string; fontSize: number; lineHeight: number; heading: boolean }[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("main *")) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim() !== "");
      if (!own) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      // Visually hidden (sr-only) and collapsed elements are not read on screen.
      if (rect.width <= 1 || rect.height <= 1 || style.visibility === "hidden" || style.clipPath.startsWith("inset(50%")) continue;
      const fontSize = parseFloat(style.fontSize);
      const lineHeight = style.lineHeight === "normal" ? fontSize * 1.2 : parseFloat(style.lineHeight);
      const heading = /^H[1-6]$/.test(el.tagName) || el.closest("h1, h2, h3, h4, h5, h6") !== null;
      out.push({ text: el.textContent!.trim().slice(0, 30), fontSize, lineHeight, heading });
    }
    return out;
  });
}

async function expectTarget(target: Locator, min: number) {
  await expect(target).toBeVisible();
  const box = await target.boundingBox();
  expect(box, `${target} has a box`).not.toBeNull();
  expect.soft(box!.width, `${target} width`).toBeGreaterThanOrEqual(min);
  expect.soft(box!.height, `${target} height`).toBeGreaterThanOrEqual(min);
}

async function elderCookie(page: Page) {
  return (await page.context().cookies()).find((c) => c.name === "nt-elder");
}

test("长辈版 switches on, persists across pages and reloads, and switches off", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).not.toHaveClass(/\belder\b/);
  const normalSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));

  await page.getByRole("button", { name: "长辈版", exact: true }).click();
  await expect(page.locator("html")).toHaveClass(/\belder\b/);
  const off = page.getByRole("button", { name: "退出长辈版" });
  await expect(off).toHaveAttribute("aria-pressed", "true");
  await expect(page).toHaveURL(/\/$/); // back where the person was
  expect((await elderCookie(page))?.value).toBe("1");

  const elderSize = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(elderSize).toBeGreaterThanOrEqual(18);
  expect(elderSize).toBeGreaterThan(normalSize);

  // Follow a link, then reload: still 长辈版.
  await page
    .getByRole("link", { name: isPhone() ? "办事" : "一网通办", exact: true })
    .first()
    .click();
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.locator("html")).toHaveClass(/\belder\b/);
  await page.reload();
  await expect(page.locator("html")).toHaveClass(/\belder\b/);
  await expect(off).toBeVisible();

  // Switching off returns to the same page in normal mode and forgets the choice.
  await off.click();
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.locator("html")).not.toHaveClass(/\belder\b/);
  await expect(page.getByRole("button", { name: "长辈版", exact: true })).toHaveAttribute("aria-pressed", "false");
  expect(await elderCookie(page)).toBeUndefined();
  await page.reload();
  await expect(page.locator("html")).not.toHaveClass(/\belder\b/);
});

test.describe("in 长辈版", () => {
  test.beforeEach(async ({ context, baseURL }) => {
    await context.addCookies([{ name: "nt-elder", value: "1", url: baseURL! }]);
  });

  for (const path of ["/", "/services", "/login", "/register", "/12345", "/accessibility"]) {
    test(`all text in the main content of ${path} is at least 18 px with body line height ≥1.3`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator("html")).toHaveClass(/\belder\b/);
      const texts = await smallestText(page);
      expect(texts.length).toBeGreaterThan(0);
      const tooSmall = texts.filter((t) => t.fontSize < 18);
      expect(tooSmall, `text under 18 px on ${path}`).toEqual([]);
      // Line spacing applies to body text; large headings may be set tighter.
      const cramped = texts.filter((t) => !t.heading && t.lineHeight < t.fontSize * 1.3 - 0.5);
      expect(cramped, `line height under 1.3 on ${path}`).toEqual([]);
    });
  }

  test("primary touch targets are at least 60×60 px", async ({ page }) => {
    await page.goto("/login");
    await expectTarget(page.getByRole("button", { name: "退出长辈版" }), 60);
    const tabs = page.getByRole("navigation", { name: "登录方式" }).getByRole("link");
    for (let i = 0; i < (await tabs.count()); i++) await expectTarget(tabs.nth(i), 60);
    if (isPhone()) {
      const bottom = page.getByRole("navigation", { name: "底部导航" }).getByRole("link");
      expect(await bottom.count()).toBe(4);
      for (let i = 0; i < 4; i++) await expectTarget(bottom.nth(i), 60);
    }

    await page.goto("/login?method=password");
    const form = page.getByRole("form", { name: "密码登录" });
    await expectTarget(form.getByRole("button", { name: "登录", exact: true }), 60);
    expect((await form.getByLabel("手机号", { exact: true }).boundingBox())!.height).toBeGreaterThanOrEqual(60);
    expect((await form.getByLabel("密码", { exact: true }).boundingBox())!.height).toBeGreaterThanOrEqual(60);

    await page.goto("/login?method=sms");
    await expectTarget(page.getByRole("button", { name: "获取验证码" }), 60);

    await page.goto("/login?method=wechat");
    await expectTarget(page.getByRole("button", { name: /微信(一键|扫码)登录/ }), 60);
  });
});

test("in normal mode, touch targets are at least 44×44 px", async ({ page }) => {
  await page.goto("/login?method=password");
  await expectTarget(page.getByRole("button", { name: "长辈版", exact: true }), 44);
  await expectTarget(page.getByRole("form", { name: "密码登录" }).getByRole("button", { name: "登录", exact: true }), 44);
  if (isPhone()) {
    const bottom = page.getByRole("navigation", { name: "底部导航" }).getByRole("link");
    for (let i = 0; i < 4; i++) await expectTarget(bottom.nth(i), 44);
    await expectTarget(page.getByRole("banner").getByRole("link", { name: "搜索" }), 44);
  }
});
