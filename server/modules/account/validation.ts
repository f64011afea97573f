import { z } from "zod";
import { ZMobile } from "@/server/lib/phone";

/** The account's phone: a mainland mobile number (server/lib/phone.ts). */
export const ZPhone = z.string({ error: "请输入手机号" }).trim().min(1, "请输入手机号").pipe(ZMobile("请输入11位手机号，例如 13800000001"));

export const ZSmsCode = z
  .string({ error: "请输入短信验证码" })
  .trim()
  .min(1, "请输入短信验证码")
  .regex(/^\d{6}$/, "短信验证码是6位数字");

export const ZPasswordInput = z.string({ error: "请输入密码" }).min(1, "请输入密码").max(128, "密码不能超过128位");

export const ZSmsPurpose = z.enum(["login", "register", "bind", "close"]);
export type TSmsPurpose = z.infer<typeof ZSmsPurpose>;

export const ZSendSmsCode = z.object({ phone: ZPhone, purpose: ZSmsPurpose });
export const ZPasswordSignIn = z.object({ phone: ZPhone, password: ZPasswordInput });
export const ZSmsSignIn = z.object({ phone: ZPhone, code: ZSmsCode });

export const ZRegister = z.object({
  phone: ZPhone,
  code: ZSmsCode,
  password: ZPasswordInput,
  nickname: z.string().trim().max(20, "昵称不超过20个字").optional(),
});
export type TRegister = z.infer<typeof ZRegister>;

export const ZRealName = z.object({
  name: z
    .string({ error: "请输入姓名" })
    .trim()
    .min(2, "请输入与身份证一致的姓名")
    .max(30, "姓名不超过30个字")
    .regex(/^[\u4e00-\u9fa5·A-Za-z ]+$/, "姓名只能包含汉字、字母和间隔号“·”"),
  idNumber: z.string({ error: "请输入身份证号" }).trim().min(1, "请输入身份证号"),
});
export type TRealName = z.infer<typeof ZRealName>;

export const ZWechatBind = z.object({ phone: ZPhone, code: ZSmsCode, ticket: z.string().min(10).max(2000) });

/** 注销账号: the SMS code sent to the account's phone. */
export const ZClosureRequest = z.object({ code: ZSmsCode });
