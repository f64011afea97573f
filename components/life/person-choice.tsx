import { Fieldset } from "@/components/ui/form-group";

export type PersonOption = { value: string; label: string; hint?: string; disabled?: boolean };

/** Radio buttons choosing who a booking or request is for: 本人 or a family member (GOV.UK radios). */
export function PersonChoice({
  id,
  legend,
  options,
  chosen,
  error,
}: {
  id: string;
  legend: string;
  options: PersonOption[];
  chosen?: string;
  error?: string | null;
}) {
  return (
    <Fieldset id={id} legend={legend} error={error}>
      <div className="flex flex-col gap-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-tap items-start gap-3">
            <input
              type="radio"
              name={id}
              value={o.value}
              defaultChecked={chosen === o.value}
              disabled={o.disabled}
              className="mt-1 h-7 w-7 shrink-0 accent-brand-600"
            />
            <span>
              {o.label}
              {o.hint ? <span className="block text-sm text-muted">{o.hint}</span> : null}
            </span>
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
