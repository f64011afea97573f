import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { ACCOUNT_HINT_COOKIE, ACCOUNT_STATE_SCRIPT, ACCOUNT_STATE_SCRIPT_HASH, hashPolicy, noncePolicy, scriptHashes } from "./csp.mjs";
import { ACCOUNT_HINT_COOKIE as CLIENT_COOKIE } from "@/components/layout/account-hint";

const b64 = (s: string) => createHash("sha256").update(s, "utf8").digest("base64");
const scriptSrc = (policy: string) => policy.split("; ").find((d) => d.startsWith("script-src "))!;

describe("CSP", () => {
  it("never allows inline scripts or eval wholesale", () => {
    for (const p of [noncePolicy("abc", { https: true }), hashPolicy("<script>x()</script>", { https: false })]) {
      expect(scriptSrc(p)).not.toMatch(/unsafe-inline|unsafe-eval/);
      expect(p).toContain("object-src 'none'");
      expect(p).toContain("frame-ancestors 'self'");
      expect(p).toContain("base-uri 'self'");
    }
    expect(noncePolicy("abc", { https: true })).toContain("upgrade-insecure-requests");
    expect(scriptSrc(noncePolicy("abc", { https: false, dev: true }))).toContain("'unsafe-eval'");
  });

  it("hashes each inline script of a page and takes external scripts' integrity values", () => {
    const html =
      '<html><head><script>document.documentElement.dataset.x="1"</script>' +
      '<script src="/_next/static/chunks/a.js" integrity="sha256-AAAA" async=""></script>' +
      '<script src="/_next/static/chunks/b.js" async=""></script></head><body>' +
      "<script>(self.__next_f=self.__next_f||[]).push([0])</script>" +
      '<script id="_R_">self.__next_f.push([1,"<\\/script>"])</script></body></html>';
    const hashes = scriptHashes(html);
    expect(hashes).toContain(`'sha256-${b64('document.documentElement.dataset.x="1"')}'`);
    expect(hashes).toContain(`'sha256-${b64("(self.__next_f=self.__next_f||[]).push([0])")}'`);
    expect(hashes).toContain(`'sha256-${b64('self.__next_f.push([1,"<\\/script>"])')}'`);
    expect(hashes).toContain("'sha256-AAAA'");
    expect(hashes).toContain(ACCOUNT_STATE_SCRIPT_HASH);
    expect(hashes).toHaveLength(5);
    expect(scriptSrc(hashPolicy(html, { https: false }))).toBe(`script-src 'self' 'strict-dynamic' ${hashes.join(" ")}`);
  });

  it("allows the account-state script by its hash in both policies", () => {
    expect(ACCOUNT_STATE_SCRIPT_HASH).toBe(`'sha256-${b64(ACCOUNT_STATE_SCRIPT)}'`);
    expect(noncePolicy("n", { https: false })).toContain(ACCOUNT_STATE_SCRIPT_HASH);
    expect(hashPolicy("", { https: false })).toContain(ACCOUNT_STATE_SCRIPT_HASH);
    // The script looks for the same cookie the island reads.
    expect(ACCOUNT_HINT_COOKIE).toBe(CLIENT_COOKIE);
    expect(ACCOUNT_STATE_SCRIPT).toContain(`${CLIENT_COOKIE}=`);
  });
});

describe("addScriptIntegrity", () => {
  it("adds the manifest's integrity to Next.js script tags without one, and leaves the rest alone", async () => {
    const { addScriptIntegrity } = await import("./csp.mjs");
    const html =
      '<script src="/_next/static/chunks/a.js" async=""></script>' +
      '<script src="/_next/static/chunks/b.js" async="" integrity="sha256-B"></script>' +
      '<script src="/_next/static/chunks/c.js?dpl=1" async=""></script>' +
      '<script src="/elsewhere.js"></script><script>inline()</script>';
    const out = addScriptIntegrity(html, { "static/chunks/a.js": "sha256-A", "static/chunks/c.js": "sha256-C" });
    expect(out).toBe(
      '<script src="/_next/static/chunks/a.js" async="" integrity="sha256-A"></script>' +
        '<script src="/_next/static/chunks/b.js" async="" integrity="sha256-B"></script>' +
        '<script src="/_next/static/chunks/c.js?dpl=1" async="" integrity="sha256-C"></script>' +
        '<script src="/elsewhere.js"></script><script>inline()</script>',
    );
    expect(scriptHashes(out)).toEqual(expect.arrayContaining(["'sha256-A'", "'sha256-B'", "'sha256-C'"]));
  });
});
