import { AppError } from "@/server/lib/errors";

/**
 * Sign-in failures travel from the Credentials providers to the login page as short codes (in the
 * redirect URL or the server action result), never as free text, so a URL cannot inject a message.
 */
export const SIGN_IN_MESSAGES = {
  invalid: "手机号或密码不正确",
  invalid_left_2: "手机号或密码不正确，再错2次账号将锁定15分钟",
  invalid_left_1: "手机号或密码不正确，再错1次账号将锁定15分钟",
  locked: "密码错误次数过多，账号已锁定15分钟。请稍后再试，或使用短信验证码登录",
  rate_limited: "操作过于频繁，请稍后再试",
  not_registered: "该手机号尚未注册，请先注册",
  disabled: "该账号已停用，请拨打12345咨询",
  code_invalid: "验证码不正确或已过期，请重新获取",
  input: "请输入正确的手机号和密码（或验证码）",
  wechat: "微信登录未完成，请重试或使用手机号登录",
} as const;
export type SignInErrorCode = keyof typeof SIGN_IN_MESSAGES;

export function signInErrorCode(e: unknown): SignInErrorCode {
  if (!(e instanceof AppError)) return "invalid";
  switch (e.code) {
    case "LOCKED":
      return "locked";
    case "TOO_MANY_REQUESTS":
      return "rate_limited";
    case "NOT_FOUND":
      return "not_registered";
    case "FORBIDDEN":
      return "disabled";
    case "BAD_REQUEST":
      return "code_invalid";
    default: {
      const left = /再错(\d)次/.exec(e.message)?.[1];
      return left === "1" ? "invalid_left_1" : left === "2" ? "invalid_left_2" : "invalid";
    }
  }
}

export function signInMessage(code: string | undefined | null): string | null {
  if (!code) return null;
  return isSignInErrorCode(code) ? SIGN_IN_MESSAGES[code] : SIGN_IN_MESSAGES.invalid;
}

function isSignInErrorCode(code: string): code is SignInErrorCode {
  return Object.hasOwn(SIGN_IN_MESSAGES, code);
}
