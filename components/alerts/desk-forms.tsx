"use client";

import { useActionState } from "react";
import {
  approveAlertAction,
  cancelAlertAction,
  rejectAlertAction,
  saveAlertDraftAction,
  submitAlertAction,
  type AlertFormState,
} from "@/server/actions/alerts";
import {
  ALERT_EVENTS,
  ALERT_TYPE_LABELS,
  ALERT_TYPES,
  AREA_LABELS,
  AREAS,
  CAP_STATUS_LABELS,
  CAP_STATUSES,
  SEVERITIES,
  SEVERITY_LABELS,
  needsApproval,
} from "@/server/modules/alerts/labels";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Fieldset, firstError } from "@/components/ui/form-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

export type DraftValues = Record<
  "type" | "event" | "severity" | "headline" | "description" | "instruction" | "capStatus" | "effectiveAt" | "expiresAt" | "areas",
  string
>;

const box = "mb-4 rounded-md border border-line bg-white p-4";

/**
 * The alert form (new alert, update of a published one, edit of a draft). Times are China time; the
 * level's meaning is shown beside each choice, and 红色/橙色 say they need a second person's approval.
 * Everything typed comes back with the errors when the form is refused.
 */
export function AlertDraftForm({
  initial,
  id,
  version,
  referencesId,
  submitLabel,
}: {
  initial: DraftValues;
  id?: number;
  version?: number;
  referencesId?: number;
  submitLabel: string;
}) {
  const [state, action, pending] = useActionState(saveAlertDraftAction, {} as AlertFormState);
  const v = (state.values as DraftValues | undefined) ?? initial;
  const areas = new Set(v.areas.split(",").filter(Boolean));
  const events = [...new Set(Object.values(ALERT_EVENTS).flat())];
  return (
    <form action={action} noValidate>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {id ? <input type="hidden" name="id" value={id} /> : null}
      {version ? <input type="hidden" name="version" value={version} /> : null}
      {referencesId ? <input type="hidden" name="referencesId" value={referencesId} /> : null}
      <Select id="type" label="预警类别" defaultValue={v.type} error={firstError(state, "type")} width="w-full sm:w-72">
        <option value="">请选择</option>
        {ALERT_TYPES.map((t) => (
          <option key={t} value={t}>
            {ALERT_TYPE_LABELS[t]}
          </option>
        ))}
      </Select>
      <Field
        id="event"
        label="事件名称"
        hint="如 台风、暴雨、大雾、高温、寒潮"
        defaultValue={v.event}
        error={firstError(state, "event")}
        list="alert-events"
        width="w-full sm:w-72"
        autoComplete="off"
      />
      <datalist id="alert-events">
        {events.map((e) => (
          <option key={e} value={e} />
        ))}
      </datalist>
      <Fieldset
        id="severity"
        legend="预警级别"
        hint="红色、橙色预警提交后须由本部门另一名工作人员审批才会发布"
        error={firstError(state, "severity")}
      >
        {SEVERITIES.slice()
          .reverse()
          .map((s) => (
            <div key={s} className="flex items-start gap-3">
              <input
                id={`severity-${s}`}
                type="radio"
                name="severity"
                value={s}
                defaultChecked={v.severity === s}
                className="mt-2 h-7 w-7 shrink-0 accent-brand-600"
              />
              <label htmlFor={`severity-${s}`} className="inline-flex min-h-tap items-center">
                <span>
                  <strong>
                    {SEVERITY_LABELS[s].colour}预警（{SEVERITY_LABELS[s].grade}，{SEVERITY_LABELS[s].meaning}）
                  </strong>
                  {needsApproval(s) ? <span className="text-muted">：须审批</span> : null}
                </span>
              </label>
            </div>
          ))}
      </Fieldset>
      <Fieldset id="areas" legend="影响区域" hint="选择“南通全市”时不必再选县（市、区）" error={firstError(state, "areas")}>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {AREAS.map((a) => (
            <Checkbox
              key={a}
              id={`areas-${a}`}
              name="areas"
              value={a}
              label={AREA_LABELS[a]}
              defaultChecked={areas.has(a)}
              spacing="mb-1"
            />
          ))}
        </div>
      </Fieldset>
      <Field
        id="headline"
        label="标题"
        hint="如 南通市气象台发布台风橙色预警"
        defaultValue={v.headline}
        error={firstError(state, "headline")}
      />
      <Textarea
        id="description"
        label="预警内容"
        hint="发生了什么，影响范围和时间"
        defaultValue={v.description}
        error={firstError(state, "description")}
        rows={4}
      />
      <Textarea
        id="instruction"
        label="防御指南"
        hint="公众应当怎么做；会显示在预警页面最上方"
        defaultValue={v.instruction}
        error={firstError(state, "instruction")}
        rows={5}
      />
      <div className="grid gap-x-4 sm:grid-cols-2">
        <Field
          id="effectiveAt"
          type="datetime-local"
          label="生效时间"
          hint="北京时间"
          defaultValue={v.effectiveAt}
          error={firstError(state, "effectiveAt")}
        />
        <Field
          id="expiresAt"
          type="datetime-local"
          label="失效时间"
          hint="最长15天"
          defaultValue={v.expiresAt}
          error={firstError(state, "expiresAt")}
        />
      </div>
      <Select
        id="capStatus"
        label="信息性质"
        defaultValue={v.capStatus || "actual"}
        error={firstError(state, "capStatus")}
        width="w-full sm:w-72"
        hint="演练和测试信息不在公众页面显示，也不发送"
      >
        {CAP_STATUSES.map((s) => (
          <option key={s} value={s}>
            {CAP_STATUS_LABELS[s]}
          </option>
        ))}
      </Select>
      <Button type="submit" disabled={pending}>
        {pending ? "正在保存…" : submitLabel}
      </Button>
    </form>
  );
}

function Problems({ state, id }: { state: AlertFormState; id: number }) {
  return (
    <>
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      {state.conflict ? (
        <p className="-mt-4 mb-4">
          <a href={`/staff/alerts/${id}`} className="inline-flex min-h-tap items-center font-semibold">
            刷新页面，查看最新状态
          </a>
        </p>
      ) : null}
    </>
  );
}

function Hidden({ id, version }: { id: number; version: number }) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
    </>
  );
}

export function SubmitAlertForm({ id, version, approval }: { id: number; version: number; approval: boolean }) {
  const [state, action, pending] = useActionState(submitAlertAction, {} as AlertFormState);
  return (
    <form action={action} noValidate className={box} aria-labelledby="submit-title">
      <h2 id="submit-title" className="mb-2 text-xl font-bold">
        {approval ? "提交审批" : "发布"}
      </h2>
      <Problems state={state} id={id} />
      <p className="mb-3">
        {approval
          ? "红色、橙色预警须由本部门另一名工作人员审批通过后才会发布。"
          : "发布后立即在全站横幅显示，并通过站内消息和短信发送给订阅了相关地区的市民。"}
      </p>
      <Hidden id={id} version={version} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在提交…" : approval ? "提交审批" : "立即发布"}
      </Button>
    </form>
  );
}

export function ApproveAlertForm({ id, version }: { id: number; version: number }) {
  const [state, action, pending] = useActionState(approveAlertAction, {} as AlertFormState);
  return (
    <form action={action} noValidate className={box} aria-labelledby="approve-title">
      <h2 id="approve-title" className="mb-2 text-xl font-bold">
        审批通过并发布
      </h2>
      <Problems state={state} id={id} />
      <p className="mb-3">请核对级别、区域、时间和防御指南。通过后立即发布，并记入审计日志。</p>
      <Hidden id={id} version={version} />
      <Button type="submit" disabled={pending}>
        {pending ? "正在发布…" : "审批通过并发布"}
      </Button>
    </form>
  );
}

export function RejectAlertForm({ id, version }: { id: number; version: number }) {
  const [state, action, pending] = useActionState(rejectAlertAction, {} as AlertFormState);
  return (
    <form action={action} noValidate className={box} aria-labelledby="reject-title">
      <h2 id="reject-title" className="mb-2 text-xl font-bold">
        退回修改
      </h2>
      <Problems state={state} id={id} />
      <Hidden id={id} version={version} />
      <Textarea id="reason" label="退回理由" defaultValue={state.values?.reason ?? ""} error={firstError(state, "reason")} rows={3} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "正在退回…" : "退回"}
      </Button>
    </form>
  );
}

export function CancelAlertForm({ id }: { id: number }) {
  const [state, action, pending] = useActionState(cancelAlertAction, {} as AlertFormState);
  return (
    <form action={action} noValidate className={box} aria-labelledby="cancel-title">
      <h2 id="cancel-title" className="mb-2 text-xl font-bold">
        解除预警
      </h2>
      <Problems state={state} id={id} />
      <input type="hidden" name="referencesId" value={id} />
      <Textarea
        id="reason"
        label="解除说明"
        hint="市民会看到这段说明，如 台风已远离我市，台风预警解除"
        defaultValue={state.values?.reason ?? ""}
        error={firstError(state, "reason")}
        rows={3}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {pending ? "正在解除…" : "解除预警"}
      </Button>
    </form>
  );
}
