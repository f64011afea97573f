import { describe, expect, it, vi } from "vitest";
import { navigationTarget } from "./nav-progress";
import { isPrefetchRequest, withoutPrefetch } from "./data-saver";

const link = (href: string, attrs: { target?: string; download?: boolean; noProgress?: boolean } = {}) => ({
  href,
  target: attrs.target ?? "",
  hasAttribute: (name: string) =>
    (name === "download" && Boolean(attrs.download)) || (name === "data-no-progress" && Boolean(attrs.noProgress)),
});
const here = "https://nt.example/services?audience=personal";

describe("navigation progress: which clicks start the bar", () => {
  it("starts for another page or another query on this site", () => {
    expect(navigationTarget(link("/me"), here, false)).toBe("https://nt.example/me");
    expect(navigationTarget(link("/services?audience=enterprise"), here, false)).toBe("https://nt.example/services?audience=enterprise");
  });

  it("not for the page on show, its anchors, other sites, new tabs, downloads or modified clicks", () => {
    expect(navigationTarget(link("/services?audience=personal"), here, false)).toBeNull();
    expect(navigationTarget(link("/services?audience=personal#results-title"), here, false)).toBeNull();
    expect(navigationTarget(link("https://other.example/me"), here, false)).toBeNull();
    expect(navigationTarget(link("tel:12345"), here, false)).toBeNull();
    expect(navigationTarget(link("/me", { target: "_blank" }), here, false)).toBeNull();
    expect(navigationTarget(link("/api/economy/indicators.csv", { download: true }), here, false)).toBeNull();
    expect(navigationTarget(link("/me"), here, true)).toBeNull();
    expect(navigationTarget(link("/agent/calls?reveal=1", { noProgress: true }), here, false)).toBeNull();
  });
});

describe("data saver: no link prefetch on phones", () => {
  it("recognises Next.js prefetch requests by their header, in any letter case and header shape", () => {
    expect(isPrefetchRequest({ headers: { "next-router-prefetch": "1" } })).toBe(true);
    expect(isPrefetchRequest({ headers: new Headers({ "Next-Router-Prefetch": "1" }) })).toBe(true);
    expect(isPrefetchRequest({ headers: [["Next-Router-Prefetch", "1"]] })).toBe(true);
    expect(isPrefetchRequest({ headers: { rsc: "1" } })).toBe(false);
    expect(isPrefetchRequest(undefined)).toBe(false);
  });

  it("answers prefetches with an empty 204 without the network and passes everything else on", async () => {
    const network = vi.fn(async () => new Response("page", { status: 200 }));
    const f = withoutPrefetch(network as unknown as typeof fetch);
    const pre = await f("/me", { headers: { "next-router-prefetch": "1", rsc: "1" } });
    expect(pre.status).toBe(204);
    expect(network).not.toHaveBeenCalled();
    const nav = await f("/me", { headers: { rsc: "1" } });
    expect(await nav.text()).toBe("page");
    expect(network).toHaveBeenCalledTimes(1);
  });
});
