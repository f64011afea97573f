import { Field } from "@/components/ui/field";

/** The mobile number every account form starts with (11 digits, numeric keypad, kept after an error). */
export function PhoneField({
  value,
  error,
  autoComplete = "tel",
}: {
  value?: string;
  error?: string | null;
  autoComplete?: "tel" | "username";
}) {
  return (
    <Field
      id="phone"
      label="手机号"
      type="tel"
      inputMode="numeric"
      autoComplete={autoComplete}
      maxLength={11}
      defaultValue={value}
      error={error}
      width="w-full max-w-sm"
    />
  );
}
