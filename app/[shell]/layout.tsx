import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SkipLink } from "@/components/ui/skip-link";
import { Header } from "@/components/layout/header";
import { Footer } from "@/components/layout/footer";
import { BottomTabBar } from "@/components/layout/bottom-tab-bar";
import { NavProgress } from "@/components/layout/nav-progress";
import { DataSaver } from "@/components/layout/data-saver";
import { AlertBanner } from "@/components/alerts/alert-banner";
import { ACCOUNT_STATE_SCRIPT } from "@/server/lib/csp.mjs";
import { loadBannerAlerts } from "@/server/pages/alerts";

export const metadata: Metadata = {
  title: { default: "智慧南通", template: "%s | 智慧南通" },
  description: "南通市民服务门户：一网通办、12345热线、交通出行、医疗健康、环境质量等城市服务一站办理。",
  applicationName: "智慧南通",
  icons: { icon: "/icon.svg" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5cad" };

/**
 * The shell reads no cookie and no header: `shell` (standard or elder, chosen by proxy.ts from the
 * nt-elder cookie) is a route param, and the signed-in state comes from a client island, so public
 * pages are rendered once per variant and served from the cache.
 */
export default async function RootLayout({ children, params }: { children: ReactNode; params: Promise<{ shell: string }> }) {
  const elder = (await params).shell === "elder";
  const banner = await loadBannerAlerts();
  return (
    // data-account is set before first paint by the script below (and kept current by AccountMenu).
    <html lang="zh-CN" className={elder ? "elder" : undefined} suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: ACCOUNT_STATE_SCRIPT }} />
      </head>
      <body className="min-h-screen font-sans">
        <DataSaver />
        <NavProgress />
        <SkipLink />
        {banner.alerts.length > 0 ? <AlertBanner alerts={banner.alerts} renderedAt={banner.renderedAt} /> : null}
        <Header elder={elder} />
        <main id="main" tabIndex={-1} className="outline-none">
          {children}
        </main>
        <Footer />
        <BottomTabBar />
      </body>
    </html>
  );
}
