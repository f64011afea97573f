"use client";

import { useEffect, useState } from "react";
import { ALERT_AREA_COOKIE, AREA_LABELS, type Area, SEVERITY_LABELS, type Severity } from "@/server/modules/alerts/labels";
import { SEVERITY_STYLES } from "./severity";

export type BannerAlert = {
  id: number;
  severity: Severity;
  event: string;
  headline: string;
  areas: Area[];
  effectiveAt: number;
  expiresAt: number;
};

const DISMISSED_KEY = "nt-alerts-dismissed";

function readDismissed(): number[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(DISMISSED_KEY) ?? "[]");
    return Array.isArray(v) ? v.filter((x): x is number => typeof x === "number") : [];
  } catch {
    return [];
  }
}

function chosenArea(): string | null {
  const m = document.cookie.match(new RegExp(`(?:^|; )${ALERT_AREA_COOKIE}=([^;]*)`));
  return m ? decodeURIComponent(m[1]!) : null;
}

function areaText(areas: Area[]) {
  return areas.includes("city") ? AREA_LABELS.city : areas.map((a) => AREA_LABELS[a]).join("、");
}

/**
 * The alert banner on every page. The server renders it into the cached page with the alerts in effect
 * at render time (so it shows without JavaScript); in the browser it then keeps only alerts in effect
 * now, for the whole city or the division this visitor chose (cookie nt-alert-area, set at /alerts or
 * /me/alerts), and not dismissed on this device (localStorage, per alert). The page itself stays the
 * same for everyone, so it is still served from the cache.
 */
export function AlertBanner({ alerts, renderedAt }: { alerts: BannerAlert[]; renderedAt: number }) {
  const inWindow = (a: BannerAlert, now: number) => a.effectiveAt <= now && now < a.expiresAt;
  const [visible, setVisible] = useState(() => alerts.filter((a) => inWindow(a, renderedAt)));

  useEffect(() => {
    const update = () => {
      const now = Date.now();
      const area = chosenArea();
      const dismissed = new Set(readDismissed());
      setVisible(
        alerts.filter(
          (a) => inWindow(a, now) && !dismissed.has(a.id) && (!area || a.areas.includes("city") || a.areas.includes(area as Area)),
        ),
      );
    };
    update();
    const timer = setInterval(update, 60_000);
    return () => clearInterval(timer);
  }, [alerts]);

  if (visible.length === 0) return null;

  const dismiss = (id: number) => {
    const ids = [...new Set([...readDismissed(), id])].slice(-50);
    try {
      localStorage.setItem(DISMISSED_KEY, JSON.stringify(ids));
    } catch {
      // private mode: hidden for this page view only
    }
    setVisible((v) => v.filter((a) => a.id !== id));
  };

  return (
    <section aria-label="突发事件预警" className="border-b border-line">
      <ul>
        {visible.map((a) => {
          const l = SEVERITY_LABELS[a.severity];
          return (
            <li key={a.id} className={SEVERITY_STYLES[a.severity].box} data-alert-id={a.id}>
              <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2 elder:py-4">
                <p className="min-w-0 flex-1 text-base elder:text-2xl">
                  <strong className="mr-2 inline-block rounded border-2 border-current px-2 font-bold">
                    {l.colour}预警（{l.grade}·{l.meaning}）
                  </strong>
                  <span className="mr-2">{areaText(a.areas)}</span>
                  <a href={`/alerts/${a.id}`} className="font-semibold text-inherit underline underline-offset-4 hover:text-inherit">
                    {a.headline}
                    <span className="whitespace-nowrap">，查看防御指南</span>
                  </a>
                </p>
                <button
                  type="button"
                  onClick={() => dismiss(a.id)}
                  className="inline-flex min-h-tap min-w-tap cursor-pointer items-center justify-center rounded-md border-2 border-current px-3 font-semibold elder:text-xl"
                >
                  关闭<span className="sr-only">“{a.headline}”</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
