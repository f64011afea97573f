export function SkipLink() {
  return (
    <a
      href="#main"
      className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:inline-flex focus:min-h-tap focus:items-center focus:bg-white focus:px-4 focus:text-ink"
    >
      跳到主要内容
    </a>
  );
}
