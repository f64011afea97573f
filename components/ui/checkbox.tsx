import type { InputHTMLAttributes, ReactNode } from "react";
import { ErrorMessage } from "@/components/ui/error-message";
import { describedBy, groupClass, hasError, type FieldError } from "@/components/ui/form-group";

type CheckboxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type"> & {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldError;
  spacing?: string;
};

/** One checkbox with its label beside it and the hint under the label (GOV.UK single checkbox). */
export function Checkbox({ id, label, hint, error, spacing, className = "", ...input }: CheckboxProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = hasError(error) ? `${id}-error` : undefined;
  return (
    <div className={groupClass(error, spacing)}>
      <ErrorMessage id={errorId} error={error} />
      <div className="flex items-start gap-3">
        <input
          id={id}
          name={id}
          type="checkbox"
          aria-invalid={errorId ? true : undefined}
          aria-describedby={describedBy(hintId, errorId)}
          className={`mt-2 h-7 w-7 shrink-0 accent-brand-600 ${className}`}
          {...input}
        />
        <div>
          <label htmlFor={id} className="inline-flex min-h-tap items-center font-semibold">
            {label}
          </label>
          {hint ? (
            <div id={hintId} className="text-sm text-muted">
              {hint}
            </div>
          ) : null}
        </div>
      </div>
    </div>
  );
}
