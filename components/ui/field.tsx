import type { InputHTMLAttributes, ReactNode } from "react";
import { FormGroup, controlClass, describedBy, hasError, splitGroupProps, type GroupProps } from "@/components/ui/form-group";

type FieldProps = InputHTMLAttributes<HTMLInputElement> &
  GroupProps & {
    width?: string;
    /** Shown beside the input on the same line (a search button); `width` is then the width of both. */
    append?: ReactNode;
  };

/** Labelled input with hint and inline error, wired with aria-describedby (GOV.UK text input). */
export function Field(props: FieldProps) {
  const [group, { id, width = "w-full", append, className = "", "aria-describedby": extra, ...input }] = splitGroupProps(props);
  const invalid = hasError(group.error);
  return (
    <FormGroup {...group}>
      {(ids) => {
        const control = (
          <input
            id={id}
            name={id}
            aria-invalid={invalid || undefined}
            aria-describedby={describedBy(ids, extra)}
            className={`${controlClass(group.error, append ? "w-full min-w-0" : width)} ${className}`}
            {...input}
          />
        );
        return append ? (
          <div className={`flex gap-2 ${width}`}>
            {control}
            {append}
          </div>
        ) : (
          control
        );
      }}
    </FormGroup>
  );
}
