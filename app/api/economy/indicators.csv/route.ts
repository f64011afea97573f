import { publicCaller } from "@/server/request";

/** 宏观经济 indicators as CSV (UTF-8 with BOM, Chinese column titles, sources per value). */
export async function GET() {
  const csv = await (await publicCaller()).economy.macro.csv();
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="nantong-indicators.csv"; filename*=UTF-8''${encodeURIComponent("南通宏观经济指标.csv")}`,
      "cache-control": "public, max-age=600",
    },
  });
}
