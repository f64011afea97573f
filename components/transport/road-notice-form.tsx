"use client";

import { useActionState } from "react";
import { saveRoadNoticeAction } from "@/server/actions/transport";
import type { ConflictFormState } from "@/server/lib/form-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { firstError } from "@/components/ui/form-group";
import { DISTRICT_NAMES } from "@/components/transport/types";

/** What the form shows: a notice's fields as the inputs hold them (times as China-time datetime-local values). */
export type RoadNoticeValues = {
  kind: string;
  title: string;
  description: string;
  roads: string;
  district: string;
  severity: string;
  startsAt: string;
  endsAt: string;
};

/** 发布路况, or 修改 an existing notice (id + the version it was opened at): kind, title, roads, district, severity, time window. */
export function RoadNoticeForm({ edit }: { edit?: { id: number; version: number; values: RoadNoticeValues } }) {
  const [state, action, pending] = useActionState(saveRoadNoticeAction, {} as ConflictFormState);
  const v: Partial<RoadNoticeValues> = { ...edit?.values, ...state.values };
  return (
    <form action={action} noValidate className="rounded-lg border border-line bg-white p-4">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.conflict && edit ? (
        <p className="mb-4">
          <a href={`/admin/transport?edit=${edit.id}`} className="font-semibold">
            打开最新版本
          </a>
          （您填写的内容仍保留在下面）
        </p>
      ) : null}
      {edit ? (
        <>
          <input type="hidden" name="id" value={edit.id} />
          <input type="hidden" name="version" value={edit.version} />
        </>
      ) : null}
      <div className="grid gap-x-4 md:grid-cols-3">
        <Select id="kind" label="类型" defaultValue={v.kind ?? "incident"} error={firstError(state, "kind")}>
          <option value="congestion">拥堵</option>
          <option value="incident">交通事件</option>
          <option value="roadworks">道路施工</option>
        </Select>
        <Select id="district" label="区县" defaultValue={v.district ?? "崇川区"} error={firstError(state, "district")}>
          {DISTRICT_NAMES.map((d) => (
            <option key={d}>{d}</option>
          ))}
        </Select>
        <Select id="severity" label="影响程度" defaultValue={v.severity ?? "1"} error={firstError(state, "severity")}>
          <option value="1">轻微</option>
          <option value="2">较重</option>
          <option value="3">严重</option>
        </Select>
      </div>
      <Field id="title" label="标题" defaultValue={v.title} error={firstError(state, "title")} maxLength={60} />
      <Field
        id="roads"
        label="受影响的道路"
        hint="多条道路用逗号分隔，如：工农路，青年路"
        defaultValue={v.roads}
        error={firstError(state, "roads")}
        maxLength={400}
      />
      <Textarea
        id="description"
        label="说明"
        hint="原因、影响范围和绕行建议"
        rows={4}
        defaultValue={v.description}
        error={firstError(state, "description")}
        maxLength={2000}
      />
      <div className="grid gap-x-4 md:grid-cols-2">
        <Field
          id="startsAt"
          type="datetime-local"
          label="开始时间"
          hint="北京时间"
          defaultValue={v.startsAt}
          error={firstError(state, "startsAt")}
        />
        <Field
          id="endsAt"
          type="datetime-local"
          label="结束时间（选填）"
          hint="不填表示结束时间待定"
          defaultValue={v.endsAt}
          error={firstError(state, "endsAt")}
        />
      </div>
      <Button type="submit" disabled={pending}>
        {edit ? "保存修改" : "发布"}
      </Button>
    </form>
  );
}
