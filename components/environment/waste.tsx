import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SearchBox } from "@/components/ui/search-box";
import type { EnvironmentOutputs } from "@/components/transport/types";

/** The four categories of 南通's household waste sorting, with how to put each out. */
export const WASTE_GUIDE = [
  {
    key: "recyclable",
    name: "可回收物",
    color: "#1E5AA8",
    hint: "投放前保持清洁干燥，压扁后投放",
    examples: "废纸、塑料瓶、玻璃瓶、金属、旧衣物",
  },
  {
    key: "hazardous",
    name: "有害垃圾",
    color: "#C8102E",
    hint: "轻放，易碎品包好，药品连同包装投放",
    examples: "废电池、废灯管、过期药品、油漆桶",
  },
  {
    key: "kitchen",
    name: "厨余垃圾（湿垃圾）",
    color: "#2E7D32",
    hint: "沥干水分，去除包装后破袋投放",
    examples: "剩菜剩饭、果皮、菜叶、骨头",
  },
  {
    key: "residual",
    name: "其他垃圾（干垃圾）",
    color: "#424242",
    hint: "尽量沥干水分，难以辨识的投入其他垃圾",
    examples: "纸巾、烟蒂、陶瓷碎片、一次性餐具",
  },
] as const;

type Hit = EnvironmentOutputs["waste"][number];

/** 垃圾分类 lookup: a GET search form, and the results when there is a query. */
export function WasteView({ q, hits, error }: { q?: string; hits?: Hit[]; error?: string | null }) {
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <Breadcrumbs items={[{ label: "首页", href: "/" }, { label: "智慧环保", href: "/environment" }, { label: "垃圾分类" }]} />
      <h1 className="mb-4 text-3xl font-bold">垃圾分类查询</h1>
      {error ? <ErrorSummary message={error} fieldErrors={{ q: [error] }} /> : null}
      <form role="search" method="get" action="/environment/waste/search" className="mb-6">
        <SearchBox id="q" label="物品名称" defaultValue={q} placeholder="如 电池、dianchi 或 dc" className="max-w-xl" />
        <p className="mt-1 text-sm text-muted">支持汉字、全拼和拼音首字母。</p>
      </form>
      {hits ? (
        <section aria-labelledby="results" className="mb-8">
          <h2 id="results" className="mb-3 text-2xl font-bold">
            “{q}”的查询结果（{hits.length}）
          </h2>
          {hits.length === 0 ? (
            <p>没有找到这个物品。可以换个说法试试；难以判断的，请投入其他垃圾。</p>
          ) : (
            <ul className="divide-y divide-line rounded-lg border border-line bg-white" data-testid="waste-results">
              {hits.map((h) => {
                const g = WASTE_GUIDE.find((x) => x.key === h.category)!;
                return (
                  <li key={h.id} className="p-3">
                    <span className="text-lg font-bold">{h.name}</span> →{" "}
                    <span className="inline-flex items-center gap-1 font-bold">
                      <span aria-hidden="true" className="inline-block h-4 w-4 rounded-sm" style={{ backgroundColor: g.color }} />
                      {h.categoryName}
                    </span>
                    {h.tip ? <p className="text-sm">{h.tip}</p> : null}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ) : null}
      <section aria-labelledby="guide">
        <h2 id="guide" className="mb-3 text-2xl font-bold">
          四类垃圾
        </h2>
        <ul className="grid gap-3 md:grid-cols-2">
          {WASTE_GUIDE.map((g) => (
            <li key={g.key} className="rounded-lg border-l-8 bg-white p-4" style={{ borderColor: g.color }}>
              <h3 className="text-lg font-bold">{g.name}</h3>
              <p>常见：{g.examples}</p>
              <p className="text-sm">投放：{g.hint}</p>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
