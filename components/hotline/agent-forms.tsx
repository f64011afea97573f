"use client";

import { useActionState, type ReactNode } from "react";
import { agentTicketAction, createForCallerAction, type AgentFormState } from "@/server/actions/hotline-agent";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { STATUS_NAMES, type TicketStatus } from "@/server/modules/hotline/labels";
import { formatDateTime } from "@/components/ui/format";

const first = (s: AgentFormState, k: string) => s.fieldErrors?.[k]?.[0] ?? null;
const input = "block min-h-tap w-full rounded-md border-2 bg-white px-3 text-base";
const border = (err: string | null) => (err ? "border-danger" : "border-ink");

export type Options = {
  types: readonly string[];
  categories: { id: number; name: string; children: { id: number; name: string; departmentId: number | null; needsLocation: boolean }[] }[];
  departments: { id: number; name: string; shortName: string; kind: string }[];
  slaDays: Record<string, number>;
};

function ErrorText({ id, error }: { id: string; error: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mb-1 font-semibold text-danger">
      <span className="sr-only">错误：</span>
      {error}
    </p>
  );
}

function Group({ error, children }: { error: string | null; children: ReactNode }) {
  return <div className={`mb-4 ${error ? "border-l-4 border-danger pl-3" : ""}`}>{children}</div>;
}

/** Shown with the conflict message: what the ticket looks like now, and a way to reload it. */
function ConflictNote({ state, ticketId }: { state: AgentFormState; ticketId: number }) {
  const c = state.conflict;
  if (!c) return null;
  return (
    <div className="mb-4 border-l-8 border-[#8a6d00] bg-warn-bg p-3" data-testid="conflict-latest">
      <p className="font-semibold">该工单现在的状态：{STATUS_NAMES[c.status as TicketStatus] ?? c.status}</p>
      {c.lastNote ? (
        <p>
          最近一次操作：{c.lastActor ?? "系统"}
          {c.lastAt ? `（${formatDateTime(new Date(c.lastAt))}）` : ""}——{c.lastNote}
        </p>
      ) : null}
      <p className="mt-1">您填写的内容仍保留在下方。</p>
      <a href={`/agent/tickets/${ticketId}`} className="inline-flex min-h-tap items-center font-semibold underline">
        刷新页面，查看最新状态
      </a>
    </div>
  );
}

function ActionShell({
  kind,
  ticketId,
  version,
  title,
  titleId,
  state,
  action,
  children,
  extra,
}: {
  kind: string;
  ticketId: number;
  version: number;
  title: string;
  titleId: string;
  state: AgentFormState;
  action: (fd: FormData) => void;
  children: ReactNode;
  extra?: ReactNode;
}) {
  return (
    <section aria-labelledby={titleId} className="mb-4 rounded-md border border-line bg-white p-4">
      <h3 id={titleId} className="mb-2 text-lg font-bold">
        {title}
      </h3>
      <form action={action} noValidate>
        {/* Several action forms share the page: the summary states the problem, the field shows it inline. */}
        <ErrorSummary message={state.message ?? Object.values(state.fieldErrors ?? {}).find((m) => m?.length)?.[0] ?? null} />
        <ConflictNote state={state} ticketId={ticketId} />
        <input type="hidden" name="kind" value={kind} />
        <input type="hidden" name="ticketId" value={ticketId} />
        <input type="hidden" name="version" value={version} />
        {extra}
        {children}
      </form>
    </section>
  );
}

function TextArea({
  id,
  label,
  hint,
  state,
  rows = 3,
  accessKey,
  name = "text",
}: {
  id: string;
  label: string;
  hint?: string;
  state: AgentFormState;
  rows?: number;
  accessKey?: string;
  name?: string;
}) {
  const err = first(state, name) ?? (name === "text" ? first(state, "_") : null);
  return (
    <Group error={err}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      <ErrorText id={id} error={err} />
      <textarea
        id={id}
        name={name}
        rows={rows}
        accessKey={accessKey}
        defaultValue={state.values?.[name]}
        aria-invalid={err ? true : undefined}
        aria-describedby={[hint ? `${id}-hint` : "", err ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
        className={`block w-full rounded-md border-2 bg-white px-3 py-2 ${border(err)}`}
      />
    </Group>
  );
}

function CategorySelect({
  id,
  options,
  value,
  state,
  accessKey,
}: {
  id: string;
  options: Options;
  value?: string;
  state: AgentFormState;
  accessKey?: string;
}) {
  const err = first(state, "categoryId");
  return (
    <Group error={err}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        诉求分类
      </label>
      <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
        分类决定默认的承办部门。
      </p>
      <ErrorText id={id} error={err} />
      <select
        id={id}
        name="categoryId"
        accessKey={accessKey}
        defaultValue={state.values?.categoryId ?? value ?? ""}
        aria-invalid={err ? true : undefined}
        aria-describedby={`${id}-hint${err ? ` ${id}-error` : ""}`}
        className={`${input} ${border(err)}`}
      >
        <option value="">请选择分类</option>
        {options.categories.map((g) => (
          <optgroup key={g.id} label={g.name}>
            {g.children.map((c) => (
              <option key={c.id} value={c.id}>
                {g.name} › {c.name}
                {c.needsLocation ? "（需地点）" : ""}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </Group>
  );
}

function TypeSelect({
  id,
  options,
  value,
  state,
  accessKey,
}: {
  id: string;
  options: Options;
  value?: string;
  state: AgentFormState;
  accessKey?: string;
}) {
  const err = first(state, "type");
  return (
    <Group error={err}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        诉求类型
      </label>
      <p id={`${id}-hint`} className="mb-1 text-sm text-muted">
        决定办理时限（括号内为工作日）。
      </p>
      <ErrorText id={id} error={err} />
      <select
        id={id}
        name="type"
        accessKey={accessKey}
        defaultValue={state.values?.type ?? value ?? ""}
        aria-invalid={err ? true : undefined}
        aria-describedby={`${id}-hint${err ? ` ${id}-error` : ""}`}
        className={`${input} ${border(err)}`}
      >
        <option value="">请选择类型</option>
        {options.types.map((t) => (
          <option key={t} value={t}>
            {t}（{options.slaDays[t]}个工作日）
          </option>
        ))}
      </select>
    </Group>
  );
}

const DISTRICTS = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"];

/** 代为登记 on /agent/calls: every field keeps what was typed when something is wrong. */
export function IntakeForm({ options, callerPhone, idempotencyKey }: { options: Options; callerPhone: string; idempotencyKey: string }) {
  const [state, action, pending] = useActionState(createForCallerAction, {} as AgentFormState);
  const v = state.values ?? {};
  const fields: [string, string, string | undefined, string?][] = [
    ["address", "发生地点（详细地址）", "占道经营、噪声等需要地点的分类必填。", "off"],
    ["contactName", "来电人称呼（选填）", "例如：张先生。", "off"],
  ];
  return (
    <form action={action} noValidate aria-labelledby="intake-title">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="callerPhone" value={callerPhone} />
      <div className="grid gap-x-6 md:grid-cols-2">
        <TypeSelect id="type" options={options} state={state} accessKey="t" />
        <CategorySelect id="categoryId" options={options} state={state} />
      </div>
      <TextArea
        id="description"
        name="description"
        label="诉求内容"
        hint="记录来电人反映的事情、时间、涉及对象，至少5个字。"
        state={state}
        rows={5}
      />
      <div className="grid gap-x-6 md:grid-cols-2">
        <Group error={first(state, "district")}>
          <label htmlFor="district" className="mb-1 block font-semibold">
            所在区县（选填）
          </label>
          <ErrorText id="district" error={first(state, "district")} />
          <select id="district" name="district" defaultValue={v.district ?? ""} className={`${input} ${border(first(state, "district"))}`}>
            <option value="">未知或不涉及</option>
            {DISTRICTS.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </select>
        </Group>
        {fields.map(([name, label, hint, auto]) => {
          const err = first(state, name);
          return (
            <Group key={name} error={err}>
              <label htmlFor={name} className="mb-1 block font-semibold">
                {label}
              </label>
              {hint ? (
                <p id={`${name}-hint`} className="mb-1 text-sm text-muted">
                  {hint}
                </p>
              ) : null}
              <ErrorText id={name} error={err} />
              <input
                id={name}
                name={name}
                autoComplete={auto}
                defaultValue={v[name]}
                aria-invalid={err ? true : undefined}
                aria-describedby={[hint ? `${name}-hint` : "", err ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined}
                className={`${input} ${border(err)}`}
              />
            </Group>
          );
        })}
        <Group error={first(state, "contactPhone")}>
          <label htmlFor="contactPhone" className="mb-1 block font-semibold">
            联系电话
          </label>
          <ErrorText id="contactPhone" error={first(state, "contactPhone")} />
          <input
            id="contactPhone"
            name="contactPhone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            defaultValue={v.contactPhone ?? callerPhone}
            aria-invalid={first(state, "contactPhone") ? true : undefined}
            className={`${input} ${border(first(state, "contactPhone"))}`}
          />
        </Group>
      </div>
      <div className="mb-4">
        <label className="flex min-h-tap items-center gap-3">
          <input type="checkbox" name="isPublic" value="1" defaultChecked={v.isPublic === "1"} className="h-6 w-6" />
          来电人同意公开（隐去个人信息后在“答复公开”中展示）
        </label>
      </div>
      <Button type="submit" disabled={pending}>
        {pending ? "正在登记…" : "登记工单（Enter）"}
      </Button>
    </form>
  );
}

type Base = { ticketId: number; version: number };

export function ClassifyForm({
  ticketId,
  version,
  type,
  categoryId,
  options,
}: Base & { type: string; categoryId: number; options: Options }) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  return (
    <ActionShell kind="classify" ticketId={ticketId} version={version} title="分类" titleId="classify-title" state={state} action={action}>
      <div>
        <TypeSelect id="classify-type" options={options} value={type} state={state} />
        <CategorySelect id="classify-category" options={options} value={String(categoryId)} state={state} accessKey="g" />
      </div>
      <Button type="submit" variant="secondary" disabled={pending}>
        保存分类
      </Button>
    </ActionShell>
  );
}

export function AnswerForm({ ticketId, version }: Base) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  return (
    <ActionShell
      kind="answer"
      ticketId={ticketId}
      version={version}
      title="直接答复（办结）"
      titleId="answer-title"
      state={state}
      action={action}
    >
      <TextArea
        id="answer-text"
        label="答复内容"
        hint="能当场解答的，按知识库答复来电人并记录；提交后工单办结。"
        state={state}
        accessKey="a"
      />
      <Button type="submit" disabled={pending}>
        答复并办结
      </Button>
    </ActionShell>
  );
}

export function DispatchForm({
  ticketId,
  version,
  departments,
  suggestedDepartmentId,
  dueDate,
  workingDays,
  type,
}: Base & {
  departments: Options["departments"];
  suggestedDepartmentId: number | null;
  dueDate: string;
  workingDays: number;
  type: string;
}) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  const err = first(state, "departmentId");
  const bureaus = departments.filter((d) => d.kind !== "district");
  const districts = departments.filter((d) => d.kind === "district");
  return (
    <ActionShell kind="dispatch" ticketId={ticketId} version={version} title="派单" titleId="dispatch-title" state={state} action={action}>
      <Group error={err}>
        <label htmlFor="dispatch-department" className="mb-1 block font-semibold">
          承办部门
        </label>
        <p id="dispatch-department-hint" className="mb-1 text-sm text-muted">
          已按分类预选。{type}类办理时限 {workingDays} 个工作日，现在派单截止 <strong>{dueDate}</strong>（已扣除节假日）。
        </p>
        <ErrorText id="dispatch-department" error={err} />
        <select
          id="dispatch-department"
          name="departmentId"
          accessKey="d"
          defaultValue={state.values?.departmentId ?? (suggestedDepartmentId ? String(suggestedDepartmentId) : "")}
          aria-invalid={err ? true : undefined}
          aria-describedby={`dispatch-department-hint${err ? " dispatch-department-error" : ""}`}
          className={`${input} ${border(err)}`}
        >
          <option value="">请选择承办部门</option>
          <optgroup label="市级部门">
            {bureaus.map((d) => (
              <option key={d.id} value={d.id}>
                {d.shortName}
              </option>
            ))}
          </optgroup>
          <optgroup label="县（市、区）">
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.shortName}
              </option>
            ))}
          </optgroup>
        </select>
      </Group>
      <Button type="submit" disabled={pending}>
        派单
      </Button>
    </ActionShell>
  );
}

const RESULTS = ["满意", "基本满意", "不满意"] as const;

export function RevisitForm({ ticketId, version }: Base) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  const err = first(state, "result");
  return (
    <ActionShell kind="revisit" ticketId={ticketId} version={version} title="回访" titleId="revisit-title" state={state} action={action}>
      <fieldset
        id="result"
        className={`mb-4 ${err ? "border-l-4 border-danger pl-3" : ""}`}
        aria-describedby={err ? "result-error" : undefined}
      >
        <legend className="mb-1 font-semibold">回访结果（不满意将重新办理）</legend>
        <ErrorText id="result" error={err} />
        <div className="flex flex-wrap gap-x-6">
          {RESULTS.map((r, i) => (
            <label key={r} className="flex min-h-tap items-center gap-2">
              <input
                type="radio"
                name="result"
                value={r}
                defaultChecked={state.values?.result === r}
                accessKey={i === 0 ? "r" : undefined}
                className="h-6 w-6"
              />
              {r}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea id="revisit-note" label="回访记录（选填）" state={state} rows={2} />
      <Button type="submit" disabled={pending}>
        记录回访
      </Button>
    </ActionShell>
  );
}

export function UrgeForm({ ticketId, version, overdue, dueDate }: Base & { overdue: boolean; dueDate: string | null }) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  return (
    <ActionShell
      kind="urge"
      ticketId={ticketId}
      version={version}
      title={overdue ? "催办（已超期）" : "催办（临期）"}
      titleId="urge-title"
      state={state}
      action={action}
    >
      <p className="mb-2">办理时限 {dueDate ?? "—"}。催办会通知承办部门并计入督办记录。</p>
      <TextArea id="urge-note" label="催办说明（选填）" state={state} rows={2} />
      <Button type="submit" variant="danger" disabled={pending}>
        催办
      </Button>
    </ActionShell>
  );
}

export function MergeForm({
  ticketId,
  version,
  duplicates,
}: Base & {
  duplicates: {
    id: number;
    version: number;
    ticketNo: string;
    description: string;
    status: string;
    distanceM: number | null;
    address: string | null;
  }[];
}) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  const err = first(state, "primary") ?? first(state, "primaryId");
  return (
    <ActionShell
      kind="merge"
      ticketId={ticketId}
      version={version}
      title="合并重复工单"
      titleId="merge-title"
      state={state}
      action={action}
    >
      <fieldset id="primary" className={`mb-4 ${err ? "border-l-4 border-danger pl-3" : ""}`}>
        <legend className="mb-1 font-semibold">把本工单作为重复诉求合并到：</legend>
        <ErrorText id="primary" error={err} />
        {duplicates.map((d) => (
          <label key={d.id} className="mb-2 flex min-h-tap items-start gap-2">
            <input
              type="radio"
              name="primary"
              value={`${d.id}:${d.version}`}
              defaultChecked={state.values?.primary === `${d.id}:${d.version}`}
              className="mt-1 h-6 w-6 shrink-0"
            />
            <span>
              <span className="font-mono">{d.ticketNo}</span>（{STATUS_NAMES[d.status as TicketStatus] ?? d.status}
              {d.distanceM !== null ? `，相距约${Math.round(d.distanceM)}米` : "，同一地址"}）
              <span className="block text-sm text-muted">{d.description.slice(0, 60)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <Button type="submit" variant="secondary" disabled={pending}>
        合并（本工单办结）
      </Button>
    </ActionShell>
  );
}

export function ExtensionForm({
  ticketId,
  version,
  extensionId,
  extraDays,
  reason,
  compact,
}: Base & { extensionId: number; extraDays: number; reason: string; compact?: boolean }) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  const err = first(state, "decision");
  const p = `ext-${extensionId}`;
  return (
    <ActionShell
      kind="extension"
      ticketId={ticketId}
      version={version}
      title={compact ? `延期${extraDays}个工作日` : `延期申请：${extraDays}个工作日`}
      titleId={`${p}-title`}
      state={state}
      action={action}
      extra={<input type="hidden" name="extensionId" value={extensionId} />}
    >
      <p className="mb-2">部门理由：{reason}</p>
      <fieldset id={`${p}-decision`} className={`mb-3 ${err ? "border-l-4 border-danger pl-3" : ""}`}>
        <legend className="mb-1 font-semibold">审批意见</legend>
        <ErrorText id={`${p}-decision`} error={err} />
        <div className="flex flex-wrap gap-x-6">
          <label className="flex min-h-tap items-center gap-2">
            <input type="radio" name="decision" value="approve" defaultChecked={state.values?.decision === "approve"} className="h-6 w-6" />
            同意延期
          </label>
          <label className="flex min-h-tap items-center gap-2">
            <input type="radio" name="decision" value="reject" defaultChecked={state.values?.decision === "reject"} className="h-6 w-6" />
            不同意
          </label>
        </div>
      </fieldset>
      <TextArea id={`${p}-note`} label="说明（不同意时必填）" state={state} rows={2} />
      <Button type="submit" disabled={pending}>
        提交审批
      </Button>
    </ActionShell>
  );
}
