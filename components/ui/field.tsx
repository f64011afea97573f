import type { InputHTMLAttributes, ReactNode } from "react";

type FieldProps = InputHTMLAttributes<HTMLInputElement> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | null;
  width?: string;
};

/** Labelled input with hint and inline error, wired with aria-describedby (GOV.UK pattern). */
export function Field({ id, label, hint, error, width = "w-full", className = "", ...input }: FieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`mb-5 ${error ? "border-l-4 border-danger pl-3" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-semibold">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="mb-1 text-sm text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="mb-1 font-semibold text-danger">
          <span className="sr-only">错误：</span>
          {error}
        </p>
      ) : null}
      <input
        id={id}
        name={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        className={`block min-h-tap ${width} rounded-md border-2 bg-white px-3 text-base ${error ? "border-danger" : "border-ink"} ${className}`}
        {...input}
      />
    </div>
  );
}
