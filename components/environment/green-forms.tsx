"use client";

import { useActionState } from "react";
import { leaderboardAction, logGreenActionAction, type GreenFormState } from "@/server/actions/environment";
import type { FormState } from "@/server/lib/form-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Notice } from "@/components/ui/notice";
import { firstError } from "@/components/ui/form-group";

/** 记录绿色出行: the idempotency key is fresh per page and per success, so a double submit counts once. */
export function GreenActionForm({ idempotencyKey, today, earliest }: { idempotencyKey: string; today: string; earliest: string }) {
  const [state, action, pending] = useActionState(logGreenActionAction, { key: idempotencyKey } as GreenFormState);
  const v = state.values ?? {};
  return (
    <form action={action} noValidate className="rounded-lg border border-line bg-white p-4">
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="idempotencyKey" value={state.key ?? idempotencyKey} />
      <div className="grid gap-x-4 md:grid-cols-3">
        <Select id="kind" label="出行方式" defaultValue={v.kind ?? "walk"} error={firstError(state, "kind")}>
          <option value="walk">步行（每公里2分）</option>
          <option value="cycle">骑行（每公里1分）</option>
          <option value="bus">公交（每2公里1分）</option>
          <option value="metro">地铁（每2公里1分）</option>
        </Select>
        <Field
          id="distanceKm"
          label="距离（公里）"
          inputMode="decimal"
          defaultValue={v.distanceKm ?? ""}
          error={firstError(state, "distanceKm")}
          maxLength={6}
        />
        <Field
          id="day"
          type="date"
          label="日期"
          hint="可补记最近7天"
          min={earliest}
          max={today}
          defaultValue={v.day || today}
          error={firstError(state, "day")}
        />
      </div>
      <Button type="submit" disabled={pending}>
        记录
      </Button>
    </form>
  );
}

/** Opt in to the leaderboard with a display name of one's choosing, or out. */
export function LeaderboardForm({ optedIn, suggestion }: { optedIn: boolean; suggestion: string }) {
  const [state, action, pending] = useActionState(leaderboardAction, {} as FormState);
  return (
    <form action={action} noValidate className="rounded-lg border border-line bg-white p-4">
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <Field
        id="displayName"
        label="排行榜显示名称"
        hint="1—20字，不必是真实姓名；只有加入后才会显示"
        defaultValue={state.values?.displayName ?? suggestion}
        error={firstError(state, "displayName")}
        maxLength={20}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" name="optIn" value="1" disabled={pending}>
          {optedIn ? "更新名称" : "加入排行榜"}
        </Button>
        {optedIn ? (
          <Button type="submit" name="optIn" value="0" variant="secondary" disabled={pending}>
            退出排行榜
          </Button>
        ) : null}
      </div>
    </form>
  );
}
