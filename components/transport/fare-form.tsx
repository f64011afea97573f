import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";

type Station = { stopId: string; name: string };

/** 票价查询: a GET form to /transport/metro/fare (works without JavaScript). */
export function FareForm({
  stations,
  values = {},
  errors = {},
}: {
  stations: Station[];
  values?: { from?: string; to?: string; age?: string };
  errors?: Record<string, string | undefined>;
}) {
  const options = stations.map((s) => (
    <option key={s.stopId} value={s.stopId}>
      {s.name}
    </option>
  ));
  return (
    <form method="get" action="/transport/metro/fare" className="rounded-lg border border-line bg-white p-4" noValidate>
      <div className="grid gap-x-4 md:grid-cols-3">
        <Select id="from" label="起点站" defaultValue={values.from ?? ""} error={errors.from}>
          <option value="">请选择</option>
          {options}
        </Select>
        <Select id="to" label="终点站" defaultValue={values.to ?? ""} error={errors.to}>
          <option value="">请选择</option>
          {options}
        </Select>
        <Field
          id="age"
          label="乘客年龄（选填）"
          hint="60—64周岁半价，65周岁及以上免费"
          inputMode="numeric"
          defaultValue={values.age ?? ""}
          error={errors.age}
          maxLength={3}
        />
      </div>
      <Button type="submit">查询票价</Button>
    </form>
  );
}
