import type { InputHTMLAttributes, ReactNode } from "react";

type SearchBoxProps = Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "className"> & {
  id: string;
  label: ReactNode;
  /** Read out but not shown, where the box explains itself (the header, the 404 page). */
  hideLabel?: boolean;
  /** On the blue banner of the home page: white edges and a darker button. */
  onDark?: boolean;
  /** A magnifier beside the button's text. */
  icon?: boolean;
  /** Classes of the input-and-button row (its width, space below it). */
  className?: string;
};

/**
 * A search input joined to its 搜索 button. Goes inside the caller's `<form role="search">`, which
 * decides where the query is sent; `name` defaults to `q`.
 */
export function SearchBox({
  id,
  label,
  hideLabel = false,
  onDark = false,
  icon = false,
  className = "",
  name = "q",
  maxLength = 100,
  ...input
}: SearchBoxProps) {
  return (
    <>
      <label htmlFor={id} className={hideLabel ? "sr-only" : "mb-1 block font-semibold"}>
        {label}
      </label>
      {/* 长辈版: the button goes under the input, which keeps the full width for its placeholder (no truncation). */}
      <div className={`flex elder:flex-col elder:gap-2 ${className}`}>
        <input
          id={id}
          name={name}
          type="search"
          maxLength={maxLength}
          className={`min-h-tap w-full min-w-0 flex-1 rounded-l-md border-2 bg-white px-3 text-ink placeholder:text-muted elder:rounded-md ${onDark ? "border-white" : "border-r-0 border-ink elder:border-r-2"}`}
          {...input}
        />
        <button
          type="submit"
          className={`inline-flex min-h-tap min-w-tap shrink-0 items-center whitespace-nowrap justify-center gap-2 rounded-r-md border-2 elder:self-start elder:rounded-md px-4 font-semibold text-white ${onDark ? "border-white bg-brand-800 hover:bg-ink" : "border-brand-600 bg-brand-600 hover:bg-brand-700"}`}
        >
          {icon ? (
            <svg
              aria-hidden="true"
              focusable="false"
              viewBox="0 0 24 24"
              className="h-5 w-5"
              fill="none"
              stroke="currentColor"
              strokeWidth={2}
            >
              <circle cx="11" cy="11" r="6.5" />
              <path d="m16 16 4.5 4.5" strokeLinecap="round" />
            </svg>
          ) : null}
          搜索
        </button>
      </div>
    </>
  );
}
