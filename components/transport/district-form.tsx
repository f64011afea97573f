import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { DISTRICT_NAMES } from "@/components/transport/types";

/** A GET form that picks a district (works without JavaScript). */
export function DistrictForm({
  action,
  value,
  label = "选择区县",
  allowAll = false,
}: {
  action: string;
  value?: string;
  label?: string;
  allowAll?: boolean;
}) {
  return (
    <form method="get" action={action} className="mb-6 flex flex-wrap items-end gap-3">
      <Select id="district" label={label} defaultValue={value ?? ""} width="w-auto" spacing="mb-0">
        {allowAll ? <option value="">全部区县</option> : null}
        {DISTRICT_NAMES.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </Select>
      <Button type="submit">查看</Button>
    </form>
  );
}
