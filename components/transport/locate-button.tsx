"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";

/**
 * 使用我的位置: asks the browser for the position only when pressed (the browser asks for consent),
 * then opens the nearby page for it. Without JavaScript the district form next to it does the job.
 */
export function LocateButton({ target }: { target: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const locate = () => {
    if (!("geolocation" in navigator)) {
      setMessage("您的浏览器不支持定位，请选择区县。");
      return;
    }
    setBusy(true);
    setMessage("正在获取位置…");
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const lat = p.coords.latitude.toFixed(5);
        const lon = p.coords.longitude.toFixed(5);
        router.push(`${target}?lat=${lat}&lon=${lon}`);
      },
      () => {
        setBusy(false);
        setMessage("未能获取您的位置（可能未允许定位），请选择区县。");
      },
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 60_000 },
    );
  };
  return (
    <div className="mb-4">
      <button
        type="button"
        onClick={locate}
        disabled={busy}
        className="min-h-tap rounded-md border-2 border-brand-700 bg-white px-4 font-semibold text-brand-700"
      >
        使用我的位置
      </button>
      <p className="mt-1 text-sm text-muted">点击后浏览器会询问是否允许定位；位置只用于这次查找，不会保存。</p>
      <p aria-live="polite" className="mt-1">
        {message}
      </p>
    </div>
  );
}
