import Link from "next/link";
import type { ComponentType, SVGProps } from "react";
import { Bus, ClipboardList, CreditCard, HeartPulse, MessageSquareText, Phone, ShieldCheck, Stethoscope } from "lucide-react";

type Tile = { href: string; label: string; hint: string; Icon: ComponentType<SVGProps<SVGSVGElement>> };

/**
 * The personal services people use most (社保, 医保, 挂号, 市民卡, 公交, 12345), first on the phone home
 * and the whole of the 长辈版 home. Personal services only: enterprise items are one tap further, in 一网通办.
 */
export const SERVICE_TILES: Tile[] = [
  { href: "/services?audience=personal&theme=社保", label: "社保", hint: "参保、缴费、待遇", Icon: ShieldCheck },
  { href: "/services?audience=personal&q=医保", label: "医保", hint: "医保参保与报销", Icon: HeartPulse },
  { href: "/services?audience=personal&q=挂号", label: "预约挂号", hint: "医院门诊预约", Icon: Stethoscope },
  { href: "/services?audience=personal&q=市民卡", label: "市民卡", hint: "办卡、挂失、充值", Icon: CreditCard },
  { href: "/transport", label: "公交出行", hint: "线路、到站、地铁", Icon: Bus },
  { href: "tel:12345", label: "拨打 12345", hint: "一键拨号，24小时", Icon: Phone },
  { href: "/12345#submit", label: "网上反映", hint: "12345 在线诉求", Icon: MessageSquareText },
  { href: "/me", label: "办事进度", hint: "我的办件和诉求", Icon: ClipboardList },
];

/** `large`: the 长辈版 home (two big tiles a row, hint shown); otherwise a compact icon grid (4 a row on phones). */
export function ServiceTiles({ large = false, headingId }: { large?: boolean; headingId: string }) {
  return (
    <ul
      aria-labelledby={headingId}
      className={large ? "grid grid-cols-2 gap-4 sm:grid-cols-4" : "grid grid-cols-4 gap-2 sm:gap-4 lg:grid-cols-8"}
    >
      {SERVICE_TILES.map(({ href, label, hint, Icon }) => {
        const inner = (
          <>
            <Icon aria-hidden="true" focusable="false" className={large ? "h-12 w-12" : "h-8 w-8"} strokeWidth={1.75} />
            <span className={large ? "text-xl font-bold leading-snug" : "text-sm font-semibold leading-snug sm:text-base"}>{label}</span>
            {large ? <span className="text-base leading-snug text-muted">{hint}</span> : null}
          </>
        );
        const className = `flex h-full flex-col items-center justify-center gap-1 rounded-lg border-2 border-brand-600 bg-white text-center text-brand-700 no-underline hover:bg-brand-50 ${large ? "min-h-40 p-4" : "min-h-tap px-1 py-3"}`;
        return (
          <li key={label}>
            {href.startsWith("tel:") ? (
              <a href={href} className={className}>
                {inner}
              </a>
            ) : (
              <Link href={href} className={className} prefetch={false}>
                {inner}
              </Link>
            )}
          </li>
        );
      })}
    </ul>
  );
}
