import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm font-semibold text-muted">错误代码 404</p>
      <h1 className="mb-4 text-3xl font-bold">找不到您要访问的页面</h1>
      <p className="mb-4">如果您输入了网址，请检查是否正确。如果是点击链接来到这里，请拨打 12345 告诉我们。</p>
      <form action="/search" role="search" className="mb-6 flex max-w-md">
        <label htmlFor="nf-q" className="sr-only">
          搜索服务
        </label>
        <input id="nf-q" name="q" type="search" className="min-h-tap w-full rounded-l-md border-2 border-r-0 border-ink px-3" />
        <button type="submit" className="min-h-tap rounded-r-md bg-brand-600 px-4 font-semibold text-white">
          搜索
        </button>
      </form>
      <Link href="/">返回首页</Link>
    </div>
  );
}
