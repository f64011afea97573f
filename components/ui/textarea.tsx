import type { TextareaHTMLAttributes } from "react";
import { FormGroup, controlClass, describedBy, hasError, splitGroupProps, type GroupProps } from "@/components/ui/form-group";

type TextareaProps = TextareaHTMLAttributes<HTMLTextAreaElement> & GroupProps & { width?: string };

/** Labelled textarea with hint and inline error (GOV.UK textarea); several errors are listed. */
export function Textarea(props: TextareaProps) {
  const [group, { id, width = "w-full", rows = 3, className = "", "aria-describedby": extra, ...textarea }] = splitGroupProps(props);
  return (
    <FormGroup {...group}>
      {(ids) => (
        <textarea
          id={id}
          name={id}
          rows={rows}
          aria-invalid={hasError(group.error) || undefined}
          aria-describedby={describedBy(ids, extra)}
          className={`${controlClass(group.error, width)} py-2 ${className}`}
          {...textarea}
        />
      )}
    </FormGroup>
  );
}
