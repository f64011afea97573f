import { toggleElderMode } from "@/server/actions/shell";

/**
 * A plain form, so 长辈版 can be switched before (or without) JavaScript. Without `back` the action
 * returns to the page the form was on (its Referer), which keeps the header the same on every page.
 */
export function ElderModeToggle({ elder, back, className = "" }: { elder: boolean; back?: string; className?: string }) {
  return (
    <form action={toggleElderMode} className={className}>
      <input type="hidden" name="elder" value={elder ? "0" : "1"} />
      {back ? <input type="hidden" name="back" value={back} /> : null}
      <button
        type="submit"
        aria-pressed={elder}
        className="inline-flex min-h-tap min-w-tap items-center justify-center rounded-md border-2 border-brand-600 bg-white px-3 font-semibold text-brand-700 hover:bg-brand-50"
      >
        {elder ? "退出长辈版" : "长辈版"}
      </button>
    </form>
  );
}
