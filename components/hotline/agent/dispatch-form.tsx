"use client";

import { useActionState } from "react";
import { agentTicketAction, type AgentFormState } from "@/server/actions/hotline-agent";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { ActionShell, type TicketRef } from "./action-shell";
import type { Options } from "./options";
import { firstError } from "@/components/ui/form-group";
import { TypeAhead } from "./type-ahead";

/** 派单: the department the category suggests is chosen; the hint says the deadline dispatching now gives. */
export function DispatchForm({
  ticketId,
  version,
  departments,
  suggestedDepartmentId,
  dueDate,
  workingDays,
  type,
}: TicketRef & {
  departments: Options["departments"];
  suggestedDepartmentId: number | null;
  dueDate: string;
  workingDays: number;
  type: string;
}) {
  const [state, action, pending] = useActionState(agentTicketAction, {} as AgentFormState);
  const bureaus = departments.filter((d) => d.kind !== "district");
  const districts = departments.filter((d) => d.kind === "district");
  return (
    <ActionShell kind="dispatch" ticketId={ticketId} version={version} title="派单" titleId="dispatch-title" state={state} action={action}>
      <TypeAhead
        selectId="dispatch-department"
        label="快速查找部门"
        hint="输入部门或区县名称的几个字，如“城管”“海门”。"
        choices={departments.map((d) => ({ value: String(d.id), label: d.shortName }))}
      />
      <Select
        id="dispatch-department"
        name="departmentId"
        label="承办部门"
        hint={
          <>
            已按分类预选。{type}类办理时限 {workingDays} 个工作日，现在派单截止 <strong>{dueDate}</strong>（已扣除节假日）。
          </>
        }
        error={firstError(state, "departmentId")}
        accessKey="d"
        defaultValue={state.values?.departmentId ?? (suggestedDepartmentId ? String(suggestedDepartmentId) : "")}
        spacing="mb-4"
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
      </Select>
      <Button type="submit" disabled={pending}>
        派单
      </Button>
    </ActionShell>
  );
}
