import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "./errors";
import { describePath, invalidInput, parseInput, zodFieldErrors, ZFormId, ZId, INT4_MAX } from "./validation";

describe("zod failures → field errors (the one path)", () => {
  const Z = z.object({
    name: z.string().trim().min(1, "请填写姓名"),
    phone: z.string().regex(/^\d{11}$/, "请输入11位手机号"),
    form: z.array(z.object({ fields: z.array(z.object({ name: z.string().min(1, "请填写字段名") })) })),
  });

  it("keys messages by the top-level field and says where in a list a nested problem is", () => {
    const r = Z.safeParse({ name: " ", phone: "1", form: [{ fields: [{ name: "a" }, { name: "" }] }] });
    expect(r.success).toBe(false);
    expect(zodFieldErrors(r.error!)).toEqual({
      name: ["请填写姓名"],
      phone: ["请输入11位手机号"],
      form: ["第1页第2个字段 name：请填写字段名"],
    });
  });

  it("puts a problem with the whole value under _", () => {
    expect(zodFieldErrors(z.string().min(2, "太短").safeParse("a").error!)).toEqual({ _: ["太短"] });
  });

  it("describes list positions from 1, by the list's name", () => {
    expect(describePath(["form", 0, "fields", 2, "validation", "pattern"])).toBe("第1页第3个字段 validation.pattern");
    expect(describePath(["materials", 1, "name"])).toBe("第2项材料 name");
    expect(describePath(["items", 4])).toBe("第5项");
    expect(describePath(["name"])).toBe("");
  });

  it("becomes a BAD_REQUEST AppError whose message is the first problem", () => {
    const e = invalidInput(Z.safeParse({ name: "", phone: "", form: [] }).error!);
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe("BAD_REQUEST");
    expect(e.message).toBe("请填写姓名");
    expect(() => parseInput(Z, {})).toThrow(AppError);
  });

  it("gives short Chinese defaults where a schema has no message of its own", () => {
    const fe = zodFieldErrors(
      z.object({ a: z.string().max(3), b: z.string(), c: z.array(z.number()).max(1) }).safeParse({ a: "abcd", c: [1, 2] }).error!,
    );
    expect(fe).toEqual({ a: ["不能超过3个字"], b: ["请填写此项"], c: ["最多1项"] });
    expect(z.enum(["x", "y"]).safeParse("z").error!.issues[0]!.message).toMatch(/^无效选项/);
  });
});

describe("ids", () => {
  it("accepts positive int4 ids only, so an id the database cannot hold is a 400 and not a 500", () => {
    expect(ZId.safeParse(1).success).toBe(true);
    expect(ZId.safeParse(INT4_MAX).success).toBe(true);
    for (const bad of [0, -1, 1.5, INT4_MAX + 1, Number.MAX_SAFE_INTEGER, Number.NaN]) expect(ZId.safeParse(bad).success).toBe(false);
    expect(ZFormId.safeParse("12").data).toBe(12);
    expect(ZFormId.safeParse("99999999999").success).toBe(false);
    expect(ZFormId.safeParse("abc").success).toBe(false);
  });
});
