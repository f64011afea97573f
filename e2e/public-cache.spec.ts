import { createHash } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { DEMO, signIn, signInViaApi, submitAndWait } from "./fixtures/auth";

// Public pages are rendered once and served from the cache, each with a CSP of its own scripts'
// hashes; personal pages render per request with a nonce. The mechanism is the same on every
// viewport, so these run on the desktop project only.
// Desktop project only (cache and CSP behaviour does not depend on the viewport): the phone projects' testMatch in playwright.config.ts leaves this file out.

const CACHED = [
  "/",
  "/economy",
  "/culture",
  "/governance",
  "/transport",
  "/environment",
  "/life",
  "/services",
  "/services/1",
  "/12345",
  "/12345/public",
  "/accessibility",
];

const scriptSrc = (csp: string) => csp.split(/;\s*/).find((d) => d.startsWith("script-src ")) ?? "";

/** Collects CSP violations (the DOM event and Chromium's console report) from the page's documents. */
async function watchCsp(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) seen.push(`console: ${m.text()}`);
  });
  await page.exposeFunction("__reportCsp", (v: string) => seen.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`);
    });
  });
  return seen;
}

test("public pages are served from the cache with a hash-based CSP that covers every script", async ({ request }) => {
  for (const path of CACHED) {
    await request.get(path); // the first visit may render it
    const res = await request.get(path);
    expect(res.status(), path).toBe(200);
    const headers = res.headers();
    expect(headers["x-nextjs-cache"], `${path} comes from the cache`).toMatch(/HIT|STALE/);
    const csp = headers["content-security-policy"];
    expect(csp, path).toBeTruthy();
    const scripts = scriptSrc(csp);
    expect(scripts).toContain("'strict-dynamic'");
    expect(scripts).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
    // Exactly one policy, and it names every inline script and every Next.js script file.
    expect(csp.split(",").filter((p) => p.includes("script-src"))).toHaveLength(1);
    const html = await res.text();
    for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (/\ssrc=/.test(attrs)) {
        const integrity = /integrity="([^"]+)"/.exec(attrs)?.[1];
        expect(integrity, `${path}: ${attrs} carries integrity`).toBeTruthy();
        expect(scripts).toContain(`'${integrity}'`);
      } else {
        expect(scripts, `${path}: inline script ${body.slice(0, 40)}…`).toContain(
          `'sha256-${createHash("sha256").update(body).digest("base64")}'`,
        );
      }
    }
  }
});

test("pages rendered per request keep a fresh nonce each time", async ({ request }) => {
  const a = (await request.get("/login")).headers()["content-security-policy"];
  const b = (await request.get("/login")).headers()["content-security-policy"];
  expect(scriptSrc(a)).toMatch(/'nonce-[^']+' 'strict-dynamic'/);
  expect(scriptSrc(a)).not.toMatch(/unsafe-inline|unsafe-eval/);
  expect(a).not.toBe(b);
  expect((await request.get("/services?q=社保")).headers()["x-nextjs-cache"]).toBeUndefined();
});

test("Chromium reports no CSP violation on cached and per-request pages, and the pages hydrate", async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of [...CACHED, "/services?q=gjj", "/login", "/services/track"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  // Hydrated: a header link navigates on the client, keeping window state.
  await page.goto("/");
  await page.evaluate(() => ((window as unknown as { __kept: number }).__kept = 1));
  await page.getByRole("navigation", { name: "六大板块" }).getByRole("link", { name: "智慧交通" }).click();
  await expect(page).toHaveURL(/\/transport$/);
  await expect(page.getByRole("navigation", { name: "六大板块" }).getByRole("link", { name: "智慧交通" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  expect(await page.evaluate(() => (window as unknown as { __kept?: number }).__kept)).toBe(1);
  // Signed in, the personal pages too.
  await signInViaApi(page, DEMO.citizen);
  for (const path of ["/me", "/12345", "/economy"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(violations).toEqual([]);
});

test("an admin's catalogue edit shows on the item's cached page within seconds", async ({ page, request }) => {
  const itemPath = "/services/600";
  await request.get(itemPath);
  expect((await request.get(itemPath)).headers()["x-nextjs-cache"]).toBe("HIT");
  await signIn(page, DEMO.admin);
  await page.goto("/admin/catalogue/600");
  const summary = `缓存更新测试 ${Date.now()}：本事项简介已由管理员修改（示例）。`;
  const form = page.getByRole("form", { name: "编辑事项" });
  await form.getByLabel("简介").fill(summary);
  await submitAndWait(page, form.getByRole("button", { name: "保存修改" }));
  await expect(async () => {
    expect(await (await request.get(itemPath)).text()).toContain(summary);
  }).toPass({ timeout: 5_000 });
  // …and from then on it is served from the cache again.
  expect((await request.get(itemPath)).headers()["x-nextjs-cache"]).toBe("HIT");
});

test("a page with personal data is never cached: a second person never gets the first one's HTML", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  await signInViaApi(a, DEMO.citizen);
  await signInViaApi(b, DEMO.enterprise);
  for (const path of ["/me", "/12345"]) {
    const mine = await a.request.get(path);
    expect(mine.headers()["cache-control"], path).toMatch(/private.*no-store|no-store.*private/);
    expect(mine.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(await mine.text()).toContain("周晓彤");
    const theirs = await (await b.request.get(path)).text();
    expect(theirs, `${path} for the second person`).not.toContain("周晓彤");
    expect(theirs).not.toContain("13800000001");
  }
  // Cached pages carry nobody's data, whoever asked first.
  for (const path of ["/economy", "/services/1"]) {
    const html = await (await a.request.get(path)).text();
    expect(html).not.toContain("周晓彤");
    expect(html).not.toContain("13800000001");
  }
  await first.close();
  await second.close();
});

test("a signed-in person never sees 登录 in the header, even before the page's JavaScript runs", async ({ page }) => {
  await signIn(page, DEMO.citizen);
  await page.goto("/economy");
  const banner = page.getByRole("banner");
  await expect(banner.getByRole("link", { name: "登录 / 注册" })).toBeHidden();
  await expect(banner.getByRole("link", { name: "我的（周晓彤）" })).toBeVisible();
  // Without the page's scripts (blocked below) the header is still right: the inline script and
  // CSS pick the signed-in variant before first paint.
  const scriptFiles = /\/_next\/static\/chunks\/.*\.js(\?|$)/;
  await page.route(scriptFiles, (route) => route.abort());
  await page.goto("/culture");
  await expect(banner.getByRole("link", { name: "登录 / 注册" })).toBeHidden();
  await expect(banner.getByRole("link", { name: "我的", exact: true })).toBeVisible();
  await page.unroute(scriptFiles);
  // Signing out shows 登录 again on the cached pages.
  await page.goto("/economy");
  await banner.getByRole("button", { name: "退出", exact: true }).click();
  await expect(banner.getByRole("link", { name: "登录 / 注册" })).toBeVisible();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("长辈版 is switched on and off and served as its own cached variant, with no flash", async ({ page, request }) => {
    await page.goto("/economy");
    await expect(page.locator("html")).not.toHaveClass(/elder/);
    await page.getByRole("button", { name: "长辈版", exact: true }).click();
    await expect(page).toHaveURL(/\/economy$/);
    // The very first HTML is the elder variant: large text without any script.
    await expect(page.locator("html")).toHaveClass(/elder/);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe("21px");
    await expect(page.getByRole("button", { name: "退出长辈版" })).toHaveAttribute("aria-pressed", "true");
    const elder = await request.get("/economy", { headers: { cookie: "nt-elder=1" } });
    expect(elder.headers()["x-nextjs-cache"]).toMatch(/HIT|MISS|STALE/);
    expect(await elder.text()).toMatch(/<html[^>]*class="elder"/);
    await page.getByRole("button", { name: "退出长辈版" }).click();
    await expect(page.locator("html")).not.toHaveClass(/elder/);
  });
});
