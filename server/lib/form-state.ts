import { TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import { AppError, type AppErrorCode } from "./errors";
import { invalidInput } from "./validation";

/**
 * What a server action hands back to its form (React `useActionState`): a message, field errors keyed
 * by the input's name, the values to show again, and the error's code (a conflict offers a reload).
 */
export type FormState = {
  message?: string | null;
  info?: string | null;
  fieldErrors?: Record<string, string[] | undefined> | null;
  values?: Record<string, string>;
  code?: AppErrorCode | null;
};

/** The AppError behind a failure of a procedure, a service or a form's own validation; null for anything else. */
export function appErrorOf(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof ZodError) return invalidInput(error);
  if (error instanceof TRPCError && error.cause instanceof AppError) return error.cause;
  return null;
}

/**
 * The one way an action turns a failure into form state: every procedure error carries an AppError
 * (server/trpc.ts maps zod failures and permission checks to one), a form's own `safeParse` failure is
 * mapped the same way (server/lib/validation.ts). Anything else — a real fault, or Next's redirect — is rethrown.
 * `fields` renames input names to the form's field names where they differ (`{ reason: "text" }`; "_" is the whole value).
 */
export function toFormState(error: unknown, values?: Record<string, string>, fields?: Record<string, string>): FormState {
  const e = appErrorOf(error);
  if (!e || e.code === "INTERNAL") throw error;
  let fieldErrors: Record<string, string[]> | null = e.fieldErrors ?? null;
  if (fieldErrors && fields) {
    const renamed: Record<string, string[]> = {};
    for (const [key, messages] of Object.entries(fieldErrors)) (renamed[fields[key] ?? key] ??= []).push(...messages);
    fieldErrors = renamed;
  }
  return { message: e.message, fieldErrors, values, code: e.code };
}

/** Form state of forms on a versioned record: `conflict` tells the form to offer a reload (someone acted in between). */
export type ConflictFormState = FormState & { conflict?: boolean };

/** `toFormState`, plus whether the failure was a version conflict. */
export function toConflictFormState(error: unknown, values?: Record<string, string>, fields?: Record<string, string>): ConflictFormState {
  const state = toFormState(error, values, fields);
  return { ...state, conflict: state.code === "CONFLICT" };
}
