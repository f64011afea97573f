"use client";

import { createTRPCClient, httpBatchLink } from "@trpc/client";
import { useState } from "react";
import superjson from "superjson";
import type { AppRouter } from "@/server/root";

const trpc = createTRPCClient<AppRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })] });

/**
 * The caller's name on /agent/calls: masked on screen (a colleague or a screen share sees 周*彤); 显示姓名
 * reads it whole and the server audits the reading. Without JavaScript the same link reloads the page with
 * ?reveal=1, which the page answers the same way. The intake form's 来电人称呼, still holding the masked
 * name, gets the full one.
 */
export function CallerName({
  phone,
  masked,
  revealed,
  contactFieldId,
}: {
  phone: string;
  masked: string | null;
  revealed: string | null;
  contactFieldId: string;
}) {
  const [name, setName] = useState<string | null>(revealed);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  if (!masked) return <>—</>;
  if (name !== null) {
    return (
      <>
        <span data-testid="caller-name">{name}</span>{" "}
        <span className="text-sm text-muted">（已显示，查看已记录，来电人可在“谁看过我的信息”中看到）</span>
      </>
    );
  }
  return (
    <>
      <span data-testid="caller-name">{masked}</span>{" "}
      <a
        href={`/agent/calls?phone=${encodeURIComponent(phone)}&reveal=1`}
        className="inline-flex min-h-tap items-center font-semibold"
        aria-busy={pending || undefined}
        data-no-progress
        onClick={async (e) => {
          e.preventDefault();
          if (pending) return;
          setPending(true);
          setError(null);
          try {
            const r = await trpc.hotline.agent.revealCallerName.mutate({ phone });
            const full = r.name ?? "（未填写）";
            setName(full);
            const field = document.getElementById(contactFieldId) as HTMLInputElement | null;
            if (field && r.name && field.value === masked) field.value = r.name;
          } catch {
            setError("姓名暂时无法显示：请直接询问来电人如何称呼，稍后可再试。");
          } finally {
            setPending(false);
          }
        }}
      >
        显示姓名<span className="sr-only">（查看会被记录）</span>
      </a>
      {error ? (
        <span role="alert" className="block text-danger">
          {error}
        </span>
      ) : null}
    </>
  );
}
