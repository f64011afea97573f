import type { FieldsetHTMLAttributes, ReactNode } from "react";
import { ErrorMessage } from "@/components/ui/error-message";

/** One message, or every rule the input breaks (listed). */
export type FieldError = string | readonly string[] | null | undefined;

export function hasError(error: FieldError): boolean {
  return typeof error === "string" ? error.length > 0 : Boolean(error?.length);
}

/** The first message about one field in a form's state (what the field shows inline), or null. */
export function firstError(
  state: { fieldErrors?: Partial<Record<string, readonly string[] | undefined>> | null },
  field: string,
): string | null {
  return state.fieldErrors?.[field]?.[0] ?? null;
}

/** The classes of a form group: space below it, and the red bar on its left while it is in error (GOV.UK). */
export function groupClass(error: FieldError, spacing = "mb-5"): string {
  return hasError(error) ? `${spacing} border-l-4 border-danger pl-3` : spacing;
}

/** The ids a control is described by, or undefined when there are none. */
export function describedBy(...ids: (string | false | null | undefined)[]): string | undefined {
  return ids.filter(Boolean).join(" ") || undefined;
}

/** The classes of a text input, select or textarea: a 44 px (60 px in 长辈版) target, red when in error. */
export function controlClass(error: FieldError, width = "w-full"): string {
  return `block min-h-tap ${width} rounded-md border-2 bg-white px-3 ${hasError(error) ? "border-danger" : "border-ink"}`;
}

/** Label size: `base` for most forms; `lg` where each field is a question of its own (the 12345 form). */
export type LabelSize = "base" | "lg";
const LABEL: Record<LabelSize, string> = { base: "mb-1 block font-semibold", lg: "mb-1 block text-lg font-bold" };
const LEGEND: Record<LabelSize, string> = { base: "mb-1 font-semibold", lg: "mb-1 text-lg font-bold" };

/** What every labelled control (Field, Select, Textarea) takes besides its own HTML attributes. */
export type GroupProps = {
  /** The control's id; its name too unless `name` is given. The error summary links to it. */
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: FieldError;
  labelSize?: LabelSize;
  /** Read the label out but do not show it: a control repeated on every row of a table, named by the row. */
  hideLabel?: boolean;
  /** Space below the group (forms packed into a side panel use less). */
  spacing?: string;
  /** An id for the whole group, when the error summary links to the group rather than to the control. */
  groupId?: string;
  /** Shown under the control (a character count, what a choice means); pass its id in aria-describedby. */
  after?: ReactNode;
};

/** Separates the group's props from the control's own attributes. */
export function splitGroupProps<P extends GroupProps>(props: P): [GroupProps, Omit<P, Exclude<keyof GroupProps, "id">>] {
  const { label, hint, error, labelSize, hideLabel, spacing, groupId, after, ...control } = props;
  return [{ id: props.id, label, hint, error, labelSize, hideLabel, spacing, groupId, after }, control];
}

/**
 * A label, hint and error message above one control (GOV.UK form group). `children` renders the
 * control with the ids it is described by (`${id}-hint`, `${id}-error`).
 */
export function FormGroup({
  id,
  label,
  hint,
  error,
  labelSize = "base",
  hideLabel = false,
  spacing,
  groupId,
  after,
  children,
}: GroupProps & { children: (describedBy: string | undefined) => ReactNode }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = hasError(error) ? `${id}-error` : undefined;
  return (
    <div id={groupId} className={groupClass(error, spacing)}>
      <label htmlFor={id} className={hideLabel ? "sr-only" : LABEL[labelSize]}>
        {label}
      </label>
      <Hint id={hintId}>{hint}</Hint>
      <ErrorMessage id={errorId} error={error} />
      {children(describedBy(hintId, errorId))}
      {after}
    </div>
  );
}

/** Hint text under a label or legend (GOV.UK hint). */
export function Hint({ id, children }: { id?: string; children: ReactNode }) {
  if (!children) return null;
  return (
    <div id={id} className="mb-1 text-sm text-muted">
      {children}
    </div>
  );
}

/**
 * A group of radios or checkboxes (GOV.UK fieldset): legend, hint, error message, then the options.
 * `id` is where the error summary's link lands.
 */
export function Fieldset({
  id,
  legend,
  hint,
  error,
  labelSize = "base",
  spacing,
  children,
  ...rest
}: Omit<FieldsetHTMLAttributes<HTMLFieldSetElement>, "id"> & {
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: FieldError;
  labelSize?: LabelSize;
  spacing?: string;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = hasError(error) ? `${id}-error` : undefined;
  return (
    <fieldset id={id} aria-describedby={describedBy(hintId, errorId)} {...rest} className={groupClass(error, spacing)}>
      <legend className={LEGEND[labelSize]}>{legend}</legend>
      <Hint id={hintId}>{hint}</Hint>
      <ErrorMessage id={errorId} error={error} />
      {children}
    </fieldset>
  );
}
