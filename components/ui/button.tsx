import type { ButtonHTMLAttributes } from "react";

type Variant = "primary" | "secondary" | "danger" | "link";

const STYLES: Record<Variant, string> = {
  primary: "bg-brand-600 text-white hover:bg-brand-700 border-2 border-brand-600",
  secondary: "bg-white text-brand-700 border-2 border-brand-600 hover:bg-brand-50",
  danger: "bg-danger text-white border-2 border-danger hover:opacity-90",
  link: "bg-transparent text-brand-700 underline underline-offset-4 border-0 px-1",
};

/** GOV.UK-like button: big target (44 px, 60 px in 长辈版), visible focus from globals.css. */
export function Button({ variant = "primary", className = "", ...props }: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant }) {
  return (
    <button
      {...props}
      className={`inline-flex min-h-tap min-w-tap cursor-pointer items-center justify-center gap-2 rounded-md px-5 text-base font-semibold disabled:cursor-not-allowed disabled:opacity-60 ${STYLES[variant]} ${className}`}
    />
  );
}
