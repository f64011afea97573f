"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/server/lib/form-state";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";

type Action = (prev: FormState, fd: FormData) => Promise<FormState>;

/**
 * A one-button form (cancel, mark, revoke …) that posts to a server action, with or without JavaScript;
 * a refusal (too late to cancel, already checked in) is shown above the button.
 */
export function ActionButton({
  action,
  hidden,
  label,
  pendingLabel = "正在提交…",
  variant = "secondary",
  children,
}: {
  action: Action;
  hidden: Record<string, string | number>;
  label: string;
  pendingLabel?: string;
  variant?: "primary" | "secondary" | "danger";
  /** Shown above the button (what the action will do). */
  children?: ReactNode;
}) {
  const [state, formAction, pending] = useActionState(action, {} as FormState);
  return (
    <form action={formAction} className="flex flex-col items-start gap-2">
      {state.message ? (
        <p role="alert" className="font-semibold text-danger">
          {state.message}
        </p>
      ) : null}
      {state.info ? <Notice tone="success">{state.info}</Notice> : null}
      {Object.entries(hidden).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      {children}
      <Button type="submit" variant={variant} disabled={pending}>
        {pending ? pendingLabel : label}
      </Button>
    </form>
  );
}
