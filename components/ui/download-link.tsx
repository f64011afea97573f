import type { ReactNode } from "react";

/**
 * A file download. WeChat's in-app browser cannot save files, so there the link is replaced by an
 * "open in browser" hint (GB/T 37668: say what to do instead).
 */
export function DownloadLink({ href, wechat, children }: { href: string; wechat: boolean; children: ReactNode }) {
  if (wechat) {
    return (
      <p className="border-l-4 border-brand-600 bg-brand-50 p-3">
        微信内无法下载文件。请点右上角“···”，选择<strong>在浏览器打开</strong>后再下载“{children}”。
      </p>
    );
  }
  return (
    <a href={href} download className="inline-flex min-h-tap items-center font-semibold">
      {children}
    </a>
  );
}
