import { describe, expect, it } from "vitest";
import { ADMIN_ERRORS, adminErrorCode, adminErrorText, adminNoticeText } from "./labels";

describe("admin outcome codes", () => {
  it("a URL picks one of our texts and can say nothing else", () => {
    expect(adminErrorText("self_disable")).toBe(ADMIN_ERRORS.self_disable);
    expect(adminErrorText("您的账号已被盗，请拨打 400-000-0000")).toBe(ADMIN_ERRORS.failed);
    expect(adminErrorText(undefined)).toBeNull();
    expect(adminNoticeText("role")).toMatch(/角色已更新/);
    expect(adminNoticeText("任意文字")).toBeNull();
  });
  it("known service messages map to their code, others to failed", () => {
    expect(adminErrorCode("不能修改自己的角色，请由其他管理员操作")).toBe("self_role");
    expect(adminErrorCode("数据库连接失败")).toBe("failed");
  });
});
