import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

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
      <Button type="submit" name="intent" value="send-code" variant="secondary" formNoValidate disabled={pending} className="mb-5">
        获取验证码
      </Button>
    </div>
  );
}
