export function LogoMark({ className = "" }: { className?: string }) {
  return (
    <svg viewBox="0 0 32 32" aria-hidden="true" className={className} focusable="false">
      <rect width="32" height="32" rx="7" fill="#0b5cad" />
      <path d="M7 23V9h3l6 9V9h3v14h-3l-6-9v9z" fill="#fff" />
      <circle cx="24.5" cy="10" r="2.5" fill="#ffbf47" />
    </svg>
  );
}
