import Link from "next/link";

export function Footer() {
  return (
    <footer className="mt-12 border-t-4 border-brand-600 bg-white pb-24 md:pb-6 print:hidden">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 py-8 md:grid-cols-3">
        <section aria-labelledby="footer-hotline">
          <h2 id="footer-hotline" className="mb-2 text-lg font-bold">
            12345 政务服务便民热线
          </h2>
          <p>
            电话：
            <a href="tel:12345" className="font-semibold">
              12345
            </a>
            （7×24小时）
          </p>
          <p>
            <Link href="/12345">在线提交诉求</Link>
          </p>
        </section>
        <section aria-labelledby="footer-about">
          <h2 id="footer-about" className="mb-2 text-lg font-bold">
            关于本站
          </h2>
          <p>主办单位：南通市人民政府</p>
          <p>承办单位：南通市数据局</p>
        </section>
        <section aria-labelledby="footer-help">
          <h2 id="footer-help" className="mb-2 text-lg font-bold">
            帮助
          </h2>
          <ul className="space-y-1">
            <li>
              <Link href="/accessibility">无障碍声明</Link>
            </li>
            <li>
              <Link href="/services">一网通办</Link>
            </li>
          </ul>
        </section>
      </div>
      <p className="mx-auto max-w-6xl px-4 text-sm text-muted">© 2026 智慧南通 · 南通市民服务门户</p>
    </footer>
  );
}
