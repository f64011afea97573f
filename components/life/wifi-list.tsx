import Link from "next/link";

type Place = { id: number; name: string; category: string; district: string; address: string; ssid: string; hours: string };

/** The free Wi-Fi places with a district filter (plain links: works without JavaScript). */
export function WifiList({
  places,
  districts,
  current,
}: {
  places: Place[];
  districts: { district: string; count: number }[];
  current?: string;
}) {
  const total = districts.reduce((n, d) => n + d.count, 0);
  const chip = (active: boolean) =>
    `inline-flex min-h-tap items-center rounded-md border-2 px-3 ${active ? "border-brand-700 bg-brand-700 text-white" : "border-brand-600 text-brand-700"}`;
  return (
    <>
      <nav aria-label="按区县筛选" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link href="/life/wifi" aria-current={current ? undefined : "page"} className={chip(!current)}>
              全部（{total}）
            </Link>
          </li>
          {districts.map((d) => (
            <li key={d.district}>
              <Link
                href={`/life/wifi?district=${encodeURIComponent(d.district)}`}
                aria-current={current === d.district ? "page" : undefined}
                className={chip(current === d.district)}
              >
                {d.district}（{d.count}）
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <h2 className="mt-6 mb-3 text-xl font-bold">{current ? `${current}的免费 Wi-Fi` : "全部免费 Wi-Fi 场所"}</h2>
      <ul className="grid gap-3 sm:grid-cols-2 elder:grid-cols-1">
        {places.map((p) => (
          <li key={p.id} className="rounded-lg border border-line bg-white p-4">
            <h3 className="font-semibold">{p.name}</h3>
            <p className="text-sm text-muted">
              {p.category} · {p.district}
            </p>
            <p>{p.address}</p>
            <p className="text-sm">
              网络名称 <strong>{p.ssid}</strong> · {p.hours}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
