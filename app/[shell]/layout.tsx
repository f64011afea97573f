import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";
import { SkipLink } from "@/components/ui/skip-link";
import { Header } from "@/components/layout/header";
import { Footer } from "@/components/layout/footer";
import { BottomTabBar } from "@/components/layout/bottom-tab-bar";
import { SessionKeepAlive } from "@/components/layout/session-keep-alive";
import { getClientContext, getSessionUser } from "@/server/request";
import { PRIVILEGED_ROLES } from "@/server/auth/roles";

export const metadata: Metadata = {
  title: { default: "智慧南通", template: "%s | 智慧南通" },
  description: "南通市民服务门户：一网通办、12345热线、交通出行、医疗健康、环境质量等城市服务一站办理。",
  applicationName: "智慧南通",
  icons: { icon: "/icon.svg" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#0b5cad" };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [ctx, user] = await Promise.all([getClientContext(), getSessionUser()]);
  return (
    <html lang="zh-CN" className={ctx.elder ? "elder" : undefined} data-channel={ctx.wechat ? "wechat" : "web"}>
      <body className="min-h-screen font-sans">
        <SkipLink />
        <Header user={user} elder={ctx.elder} pathname={ctx.pathname} />
        <main id="main" tabIndex={-1} className="outline-none">
          {children}
        </main>
        <Footer />
        <BottomTabBar pathname={ctx.pathname} />
        {user && PRIVILEGED_ROLES.includes(user.role) ? <SessionKeepAlive /> : null}
      </body>
    </html>
  );
}
