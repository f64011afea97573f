/**
 * What the admin pages say after a form posts (the actions redirect with `?ok=<code>` or `?err=<code>`).
 * A URL can only pick one of these texts: nothing from the query string is shown as it came.
 */
export const ADMIN_NOTICES = {
  role: "角色已更新，该用户需重新登录。已记入审计日志。",
  disabled: "账号已停用：无法再登录，已有的登录状态全部失效。已记入审计日志。",
  enabled: "账号已启用，可以重新登录。已记入审计日志。",
  unlocked: "已解除锁定，该用户现在可以用密码登录。已记入审计日志。",
} as const;

export const ADMIN_ERRORS = {
  self_role: "不能修改自己的角色，请由其他管理员操作",
  self_disable: "不能停用自己的账号，请由其他管理员操作",
  department: "部门办理人必须选择所属部门",
  no_department: "所选部门不存在",
  no_user: "用户不存在",
  not_locked: "该账号未被锁定，无需解锁",
  no_key: "找不到该 API key",
  forbidden: "您没有权限进行此操作",
  failed: "操作失败，请重试",
} as const;

export type AdminNotice = keyof typeof ADMIN_NOTICES;
export type AdminErrorCode = keyof typeof ADMIN_ERRORS;

const byMessage = new Map<string, AdminErrorCode>(
  (Object.entries(ADMIN_ERRORS) as [AdminErrorCode, string][]).map(([code, message]) => [message, code]),
);

/** The code of an error message an admin action got (unknown messages: "failed"). */
export function adminErrorCode(message: string | null | undefined): AdminErrorCode {
  return (message && byMessage.get(message)) || "failed";
}

/** The text for `?err=` / `?ok=` values; anything else shows nothing (or the generic failure). */
export function adminErrorText(code: string | undefined): string | null {
  if (!code) return null;
  return code in ADMIN_ERRORS ? ADMIN_ERRORS[code as AdminErrorCode] : ADMIN_ERRORS.failed;
}
export function adminNoticeText(code: string | undefined): string | null {
  return code && code in ADMIN_NOTICES ? ADMIN_NOTICES[code as AdminNotice] : null;
}
