import { Field } from "@/components/ui/field";

/** Code input with its "获取验证码" button: a second submit of the same form (works without JS). */
export function SmsCodeField({ error, pending }: { error?: string | null; pending?: boolean }) {
  return (
    <div className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1">
        <Field
          id="code"
          label="短信验证码"
          hint="6位数字，5分钟内有效"
          error={error}
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          width="w-full max-w-48"
        />
      </div>
      <button
        type="submit"
        name="intent"
        value="send-code"
        formNoValidate
        disabled={pending}
        className="mb-5 inline-flex min-h-tap items-center rounded-md border-2 border-brand-600 bg-white px-4 font-semibold text-brand-700 hover:bg-brand-50"
      >
        获取验证码
      </button>
    </div>
  );
}
