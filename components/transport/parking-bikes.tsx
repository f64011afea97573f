import Link from "next/link";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Table } from "@/components/ui/table";
import { DistrictForm } from "@/components/transport/district-form";
import { hm, OPEN_DATA_URLS, type TransportOutputs } from "@/components/transport/types";
import { ROW_IDS } from "@/server/modules/transport/labels";

type Lot = TransportOutputs["parking"][number];
type BikeStation = TransportOutputs["bikes"][number];

/** Parking lots with their live free spaces (the page and its district filter). */
export function ParkingView({ lots, district }: { lots: Lot[]; district?: string }) {
  const latest = lots.reduce<Date | null>((m, l) => (l.freeObservedAt && (!m || l.freeObservedAt > m) ? l.freeObservedAt : m), null);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧交通", href: "/transport" }, { label: "停车" }]} />
      <h1 className="mb-2 text-3xl font-bold">停车场空余泊位{district ? ` · ${district}` : ""}</h1>
      <p className="mb-4 max-w-3xl">
        实时空位由停车场上报，约每5分钟更新{latest ? `（最近更新 ${hm(latest)}）` : ""}。停车场为<strong>示例数据</strong>，空位为模拟数据。
        <Link href="/transport/nearby" className="ml-1">
          找离我最近的停车场
        </Link>
      </p>
      <DistrictForm action="/transport/parking/search" value={district} allowAll />
      <Table
        caption={`停车场列表，共 ${lots.length} 个`}
        captionVisible
        rows={lots}
        rowKey={(l) => l.id}
        rowId={(l) => ROW_IDS.lot(l.code)}
        cardsLabel="停车场"
        card={(l) => (
          <>
            <h2 className="font-bold">{l.name}</h2>
            <p className="text-sm text-muted">
              {l.district} · {l.address} · {l.kindName}
            </p>
            <p className="text-lg">
              {l.live ? `空余 ${l.freeSpaces} / ${l.capacity}（${l.status}）` : `共 ${l.capacity} 个泊位，${l.status}`}
            </p>
            {l.feeNote ? <p className="text-sm">{l.feeNote}</p> : null}
          </>
        )}
        columns={[
          { header: "停车场", cell: (l) => l.name, rowHeader: true },
          { header: "区县", cell: (l) => l.district, nowrap: true },
          { header: "地址", cell: (l) => l.address },
          { header: "类型", cell: (l) => l.kindName, nowrap: true },
          {
            header: "空余 / 总泊位",
            cell: (l) => (l.live ? `${l.freeSpaces} / ${l.capacity}` : `— / ${l.capacity}`),
            numeric: true,
            nowrap: true,
          },
          { header: "状态", cell: (l) => l.status, nowrap: true },
        ]}
      />
      <p className="mt-6">
        开放数据：<a href={OPEN_DATA_URLS.parking}>{OPEN_DATA_URLS.parking}</a>（JSON）
      </p>
    </div>
  );
}

/** Public bike stations with bikes to borrow and free docks. */
export function BikesView({ stations, district }: { stations: BikeStation[]; district?: string }) {
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧交通", href: "/transport" }, { label: "公共自行车" }]} />
      <h1 className="mb-2 text-3xl font-bold">公共自行车{district ? ` · ${district}` : ""}</h1>
      <p className="mb-4 max-w-3xl">
        各站点可借车辆和可还车位，约每5分钟更新。站点为<strong>示例数据</strong>，车辆数为模拟数据。
        <Link href="/transport/nearby" className="ml-1">
          找离我最近的站点
        </Link>
      </p>
      <DistrictForm action="/transport/bikes/search" value={district} allowAll />
      <Table
        caption={`公共自行车站点，共 ${stations.length} 个`}
        captionVisible
        rows={stations}
        rowKey={(s) => s.id}
        rowId={(s) => ROW_IDS.bike(s.code)}
        cardsLabel="公共自行车站点"
        card={(s) => (
          <>
            <h2 className="font-bold">{s.name}</h2>
            <p className="text-sm text-muted">{s.district}</p>
            <p className="text-lg">
              可借 {s.bikes} 辆 · 可还 {s.freeDocks} 个车位
            </p>
          </>
        )}
        columns={[
          { header: "站点", cell: (s) => s.name, rowHeader: true },
          { header: "区县", cell: (s) => s.district, nowrap: true },
          { header: "可借车辆", cell: (s) => s.bikes, numeric: true },
          { header: "可还车位", cell: (s) => s.freeDocks, numeric: true },
          { header: "总车位", cell: (s) => s.docks, numeric: true },
        ]}
      />
    </div>
  );
}
