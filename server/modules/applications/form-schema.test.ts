import { describe, expect, it } from "vitest";
import { displayAnswer } from "./form-schema";
import { completionPromise } from "@/components/catalogue/labels";
import type { FormField } from "@/server/modules/catalogue/form-types";

const id: FormField = { name: "childIdCard", label: "儿童居民身份证号码", type: "idcard", required: true };

describe("displayAnswer", () => {
  it("masks ID numbers on citizen pages (the check page, the case page) and shows them to the handling department", () => {
    expect(displayAnswer(id, "32060220180101002X")).toBe("3206**********002X");
    expect(displayAnswer(id, "32060220180101002X", { revealIdNumbers: true })).toBe("32060220180101002X");
    expect(displayAnswer(id, "")).toBe("未填写");
  });
});

describe("completionPromise", () => {
  it("reads as a sentence for 即办 and for working days", () => {
    expect(`提交后承办部门将${completionPromise(0)}`).toBe("提交后承办部门将受理后当场办结（即办）");
    expect(`提交后承办部门将${completionPromise(5)}`).toBe("提交后承办部门将在 5 个工作日内办结");
  });
});
