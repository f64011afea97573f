/** A line's name in a box edged with its colour (the colours are too light for white text at AA contrast). */
export function RouteBadge({ name, color }: { name: string; color: string | null }) {
  return (
    <span
      className="mr-2 inline-block rounded border-2 border-l-8 bg-white px-2 font-bold text-ink"
      style={{ borderColor: color ? `#${color}` : "#1b1b1b" }}
    >
      {name}
    </span>
  );
}
