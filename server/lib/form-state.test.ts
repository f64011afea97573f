import { describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { AppError } from "./errors";
import { toFormState } from "./form-state";

describe("toFormState", () => {
  it("takes the AppError behind a procedure failure: message, field errors, code, and the values to show again", () => {
    const cause = new AppError("CONFLICT", "该工单已被他人处理", { version: ["请刷新"] });
    const e = new TRPCError({ code: "CONFLICT", message: cause.message, cause });
    expect(toFormState(e, { text: "abc" })).toEqual({
      message: "该工单已被他人处理",
      fieldErrors: { version: ["请刷新"] },
      values: { text: "abc" },
      code: "CONFLICT",
    });
  });

  it("maps a form's own zod failure the same way, renaming inputs to the form's field names", () => {
    const r = z.object({ reason: z.string().min(2, "请填写理由，至少2个字") }).safeParse({ reason: "" });
    expect(toFormState(r.error, { text: "" }, { reason: "text" })).toEqual({
      message: "请填写理由，至少2个字",
      fieldErrors: { text: ["请填写理由，至少2个字"] },
      values: { text: "" },
      code: "BAD_REQUEST",
    });
  });

  it("rethrows real faults and anything that is not an application error (Next's redirect among them)", () => {
    const fault = new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "boom", cause: new Error("db down") });
    expect(() => toFormState(fault)).toThrow(fault);
    const redirect = new Error("NEXT_REDIRECT");
    expect(() => toFormState(redirect)).toThrow(redirect);
    expect(() => toFormState(new AppError("INTERNAL", "x"))).toThrow(AppError);
  });
});
