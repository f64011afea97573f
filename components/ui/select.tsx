import type { SelectHTMLAttributes } from "react";
import { FormGroup, controlClass, describedBy, hasError, splitGroupProps, type GroupProps } from "@/components/ui/form-group";

type SelectProps = SelectHTMLAttributes<HTMLSelectElement> & GroupProps & { width?: string };

/** Labelled select with hint and inline error (GOV.UK select); the options are its children. */
export function Select(props: SelectProps) {
  const [group, { id, width = "w-full", className = "", "aria-describedby": extra, children, ...select }] = splitGroupProps(props);
  return (
    <FormGroup {...group}>
      {(ids) => (
        <select
          id={id}
          name={id}
          aria-invalid={hasError(group.error) || undefined}
          aria-describedby={describedBy(ids, extra)}
          className={`${controlClass(group.error, width)} ${className}`}
          {...select}
        >
          {children}
        </select>
      )}
    </FormGroup>
  );
}
