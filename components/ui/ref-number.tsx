/** Where a reference number splits into groups read aloud: 12345 2026 1202 000574, NT 2026 1202 00000574. */
export function refNumberGroups(value: string): string[] {
  const head = value.startsWith("12345") ? 5 : value.startsWith("NT") ? 2 : 0;
  const groups: string[] = head ? [value.slice(0, head)] : [];
  let rest = value.slice(head);
  // date (yyyy mmdd) then the sequence
  if (head && /^\d{8}/.test(rest)) {
    groups.push(rest.slice(0, 4), rest.slice(4, 8));
    rest = rest.slice(8);
  } else {
    while (rest.length > 4 && !head) {
      groups.push(rest.slice(0, 4));
      rest = rest.slice(4);
    }
  }
  if (rest) groups.push(rest);
  return groups;
}

/**
 * A ticket or 流水号 number in groups for reading aloud on the phone. The gaps are margins, not
 * characters, so selecting and copying it gives the whole number with no spaces.
 */
export function RefNumber({ value, className = "" }: { value: string; className?: string }) {
  return (
    <span className={`whitespace-nowrap font-mono tabular-nums ${className}`} data-ref={value}>
      {refNumberGroups(value).map((g, i) => (
        <span key={i} className={i ? "ml-[0.4em]" : undefined}>
          {g}
        </span>
      ))}
    </span>
  );
}
