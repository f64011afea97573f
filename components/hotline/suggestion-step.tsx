"use client";

import { useEffect, useRef } from "react";
import type { Suggestion } from "@/server/modules/hotline/supporters";
import { TicketStatusTag } from "@/components/hotline/ticket-ui";
import { JoinForm } from "@/components/hotline/join-forms";
import { ageText, placeText } from "./suggestion-text";

/**
 * The step between the 12345 form and submission (FixMyStreet style): open public requests of the same
 * category nearby. The citizen opens one, joins it (附议, with what they wrote as the note), or goes on
 * with a new request (the form below keeps everything typed). Plain forms and links: works without JavaScript.
 */
export function SuggestionStep({
  suggestions,
  description,
  photosDropped,
}: {
  suggestions: Suggestion[];
  description: string;
  photosDropped?: boolean;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [suggestions]);
  return (
    <section aria-labelledby="suggest-title" className="mb-8 rounded-lg border-4 border-brand-600 bg-white p-4">
      <h2 id="suggest-title" ref={heading} tabIndex={-1} className="mb-2 text-2xl font-bold">
        附近已有市民反映过类似问题
      </h2>
      <p className="mb-4">
        下面是近30天内、200米范围内或同一地址、同一分类还在办理中的公开诉求。如果是同一件事，点“我也遇到了”附议，办理进展会通知您，反映的人越多，热线越优先处理；如果不是，请在下方继续提交新诉求。
      </p>
      <ul className="space-y-4">
        {suggestions.map((s) => (
          <li key={s.id}>
            <article aria-labelledby={`sg-${s.id}`} className="rounded-lg border border-line p-4">
              <div className="flex gap-4">
                {s.photoId ? (
                  // eslint-disable-next-line @next/next/no-img-element -- a small public photo served by our own route
                  <img
                    src={`/api/hotline/public-photos/${s.photoId}`}
                    alt="该诉求的现场照片"
                    width={96}
                    height={96}
                    loading="lazy"
                    className="h-24 w-24 shrink-0 rounded object-cover"
                  />
                ) : null}
                <div className="min-w-0">
                  <h3 id={`sg-${s.id}`} className="mb-1 text-lg font-bold">
                    {s.type} · {s.categoryName}
                    {s.district ? <span className="font-normal"> · {s.district}</span> : null}
                  </h3>
                  <p className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                    <TicketStatusTag status={s.status} />
                    <span>{ageText(s.createdAt)}提交</span>
                    {placeText(s) ? <span>{placeText(s)}</span> : null}
                    <span className="font-semibold">{s.joinCount > 0 ? `${s.joinCount}人附议` : "还没有人附议"}</span>
                  </p>
                  <p className="mb-2 break-words">{s.description.length > 140 ? `${s.description.slice(0, 140)}…` : s.description}</p>
                  <p className="mb-3">
                    <a
                      href={`/12345/public/${s.id}`}
                      target="_blank"
                      rel="noopener"
                      className="inline-block min-h-tap py-2.5 font-semibold"
                    >
                      查看办理详情<span className="sr-only">：{s.categoryName}</span>（在新窗口打开）
                    </a>
                  </p>
                </div>
              </div>
              <JoinForm ticketId={s.id} defaultNote={description} label={`附议：${s.categoryName}，${ageText(s.createdAt)}提交`} />
            </article>
          </li>
        ))}
      </ul>
      <p className="mt-4 font-semibold" id="suggest-continue">
        不是同一件事？请检查下面的内容，点“继续提交新诉求”。
        {photosDropped ? "您选择的照片还没有上传，请重新选择。" : ""}
      </p>
    </section>
  );
}
