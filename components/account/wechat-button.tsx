import { wechatSignInAction } from "@/server/actions/auth";

export function WechatSignInButton({ callbackUrl, platform, label }: { callbackUrl: string; platform: "oa" | "web"; label?: string }) {
  return (
    <form action={wechatSignInAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <input type="hidden" name="platform" value={platform} />
      <button
        type="submit"
        className="inline-flex min-h-tap w-full max-w-sm items-center justify-center gap-2 rounded-md bg-[#146b32] px-5 text-base font-semibold text-white hover:bg-[#0f5526]"
      >
        <svg viewBox="0 0 24 24" aria-hidden="true" className="h-6 w-6 elder:hidden" focusable="false">
          <path
            fill="currentColor"
            d="M9 4C5 4 2 6.6 2 9.8c0 1.8 1 3.4 2.6 4.5L4 16.5l2.6-1.3c.8.2 1.6.4 2.4.4h.6a5.7 5.7 0 0 1-.2-1.5C9.4 11 12.3 8.6 16 8.6h.5C15.8 6 12.7 4 9 4zm7 6c-3.3 0-6 2.2-6 4.8s2.7 4.8 6 4.8c.7 0 1.4-.1 2-.3l2.2 1.1-.6-1.9c1.5-.9 2.4-2.2 2.4-3.7 0-2.6-2.7-4.8-6-4.8z"
          />
        </svg>
        {label ?? (platform === "oa" ? "微信一键登录" : "微信扫码登录")}
      </button>
    </form>
  );
}
