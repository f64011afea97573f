"use client";

import type { AgentFormState } from "@/server/actions/hotline-agent";
import { Select } from "@/components/ui/select";
import { firstError } from "@/components/ui/form-group";
import { TypeAhead } from "./type-ahead";

/** What the agent's forms choose from: request types with their deadlines, categories, departments. */
export type Options = {
  types: readonly string[];
  categories: { id: number; name: string; children: { id: number; name: string; departmentId: number | null; needsLocation: boolean }[] }[];
  departments: { id: number; name: string; shortName: string; kind: string }[];
  slaDays: Record<string, number>;
};

type ChoiceProps = { id: string; options: Options; value?: string; state: AgentFormState; accessKey?: string };

/** 诉求分类: the category decides the department a ticket is dispatched to by default. */
export function CategorySelect({ id, options, value, state, accessKey }: ChoiceProps) {
  return (
    <div>
      <TypeAhead
        selectId={id}
        label="快速查找分类"
        hint="输入关键词，如“噪声”“占道”，从列表中选择。"
        choices={options.categories.flatMap((g) =>
          g.children.map((c) => ({ value: String(c.id), label: `${g.name} › ${c.name}${c.needsLocation ? "（需地点）" : ""}` })),
        )}
      />
      <Select
        id={id}
        name="categoryId"
        label="诉求分类"
        hint="分类决定默认的承办部门。"
        error={firstError(state, "categoryId")}
        accessKey={accessKey}
        defaultValue={state.values?.categoryId ?? value ?? ""}
        spacing="mb-4"
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
      </Select>
    </div>
  );
}

/** 诉求类型: the type decides the deadline (working days in brackets). */
export function TypeSelect({ id, options, value, state, accessKey }: ChoiceProps) {
  return (
    <Select
      id={id}
      name="type"
      label="诉求类型"
      hint="决定办理时限（括号内为工作日）。"
      error={firstError(state, "type")}
      accessKey={accessKey}
      defaultValue={state.values?.type ?? value ?? ""}
      spacing="mb-4"
    >
      <option value="">请选择类型</option>
      {options.types.map((t) => (
        <option key={t} value={t}>
          {t}（{options.slaDays[t]}个工作日）
        </option>
      ))}
    </Select>
  );
}
