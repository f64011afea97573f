import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

export const FOOTPRINT_FIELDS = [
  { id: "electricityKwh", label: "家庭年用电量（千瓦时）", hint: "电费单上的用电量，12个月合计" },
  { id: "naturalGasM3", label: "年用天然气（立方米）" },
  { id: "lpgKg", label: "年用液化石油气（千克）", hint: "一瓶约 15 千克" },
  { id: "carKm", label: "私家车年行驶里程（公里）" },
  { id: "busKm", label: "乘公交年里程（公里）" },
  { id: "metroKm", label: "乘地铁年里程（公里）" },
  { id: "railKm", label: "乘高铁/火车年里程（公里）" },
  { id: "flightKm", label: "乘飞机年里程（公里）", hint: "南通—北京单程约 1,000 公里" },
] as const;

/** 碳足迹计算器: a GET form to /environment/low-carbon/result (works without JavaScript). */
export function FootprintForm({
  values = {},
  errors = {},
}: {
  values?: Record<string, string>;
  errors?: Record<string, string | undefined>;
}) {
  return (
    <form method="get" action="/environment/low-carbon/result" noValidate className="rounded-lg border border-line bg-white p-4">
      <div className="grid gap-x-4 md:grid-cols-2">
        {FOOTPRINT_FIELDS.map((f) => (
          <Field
            key={f.id}
            id={f.id}
            label={f.label}
            hint={"hint" in f ? f.hint : undefined}
            inputMode="decimal"
            defaultValue={values[f.id] ?? ""}
            error={errors[f.id]}
            maxLength={10}
          />
        ))}
        <Select id="carFuel" label="私家车能源" defaultValue={values.carFuel ?? "petrol"} error={errors.carFuel}>
          <option value="petrol">汽油</option>
          <option value="diesel">柴油</option>
          <option value="hybrid">油电混合</option>
          <option value="electric">纯电动</option>
        </Select>
      </div>
      <Button type="submit">计算</Button>
    </form>
  );
}
