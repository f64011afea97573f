/**
 * The error text of one field (GOV.UK error message): bold red above the control, read out as
 * "错误：…". Several messages (a JSON form definition can break several rules) become a list.
 */
export function ErrorMessage({ id, error }: { id?: string; error?: string | readonly string[] | null }) {
  const messages = (typeof error === "string" ? [error] : (error ?? [])).filter(Boolean);
  if (messages.length === 0) return null;
  if (messages.length === 1) {
    return (
      <p id={id} className="mb-1 font-semibold text-danger">
        <span className="sr-only">错误：</span>
        {messages[0]}
      </p>
    );
  }
  return (
    <ul id={id} className="mb-1 list-disc space-y-1 pl-5 font-semibold text-danger">
      {messages.map((m, i) => (
        <li key={i}>
          <span className="sr-only">错误：</span>
          {m}
        </li>
      ))}
    </ul>
  );
}
