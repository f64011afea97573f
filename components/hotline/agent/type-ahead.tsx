"use client";

import { useId, useState, useSyncExternalStore } from "react";

export type Choice = { value: string; label: string };

const noop = () => () => {};
/** False in the server's HTML and during hydration, true once the page's script runs. */
const useHydrated = () =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

/**
 * Type-ahead for a long select (46 categories, 30 departments) during a call: the agent types a word
 * (“噪声”, “城管”), the browser's list offers the matching options, and choosing one sets the select —
 * which stays the form's field, so the form works the same without JavaScript (this box only appears
 * once the page's script runs). A word that matches exactly one option chooses it at once.
 */
export function TypeAhead({ selectId, label, hint, choices }: { selectId: string; label: string; hint: string; choices: Choice[] }) {
  const [note, setNote] = useState("");
  const id = useId();
  if (!useHydrated() || choices.length === 0) return null;

  function choose(raw: string) {
    const text = raw.trim();
    if (!text) return setNote("");
    const select = document.getElementById(selectId) as HTMLSelectElement | null;
    if (!select) return;
    const exact = choices.find((c) => c.label === text);
    const partial = choices.filter((c) => c.label.includes(text));
    const pick = exact ?? (partial.length === 1 ? partial[0] : undefined);
    if (pick) {
      select.value = pick.value;
      select.dispatchEvent(new Event("change", { bubbles: true }));
      setNote(`已选择：${pick.label}`);
    } else {
      setNote(
        partial.length === 0
          ? `没有含“${text}”的选项，请换个词或在下面的列表中选择`
          : `${partial.length} 个选项含“${text}”，请从列表中选一个`,
      );
    }
  }

  return (
    <div className="mb-2">
      <label htmlFor={`${id}-input`} className="mb-1 block font-semibold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {hint}
      </p>
      <input
        id={`${id}-input`}
        type="search"
        list={`${id}-list`}
        autoComplete="off"
        aria-describedby={`${id}-hint ${id}-note`}
        className="min-h-tap w-full rounded-md border-2 border-ink px-3 py-2"
        onChange={(e) => choose(e.currentTarget.value)}
        onKeyDown={(e) => {
          // Enter picks the option rather than submitting the intake form.
          if (e.key === "Enter") {
            e.preventDefault();
            choose(e.currentTarget.value);
          }
        }}
      />
      <datalist id={`${id}-list`}>
        {choices.map((c) => (
          <option key={c.value} value={c.label} />
        ))}
      </datalist>
      <p id={`${id}-note`} role="status" className="min-h-6 text-sm">
        {note}
      </p>
    </div>
  );
}
