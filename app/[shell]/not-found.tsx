import Link from "next/link";
import { SearchBox } from "@/components/ui/search-box";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10">
      <p className="text-sm font-semibold text-muted">错误代码 404</p>
      <h1 className="mb-4 text-3xl font-bold">找不到您要访问的页面</h1>
      <p className="mb-4">如果您输入了网址，请检查是否正确。如果是点击链接来到这里，请拨打 12345 告诉我们。</p>
      <form action="/search" role="search" className="mb-6 max-w-md">
        <SearchBox id="nf-q" label="搜索服务" hideLabel />
      </form>
      <Link href="/">返回首页</Link>
    </div>
  );
}
