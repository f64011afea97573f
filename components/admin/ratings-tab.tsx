import { formatPercent } from "@/components/ui/format";
import { Table } from "@/components/ui/table";

type DepartmentSatisfaction = { departmentId: number; departmentName: string; ratings: number; satisfied: number; openFollowUps: number };

/** 好差评: each department's satisfaction and the bad ratings still waiting for its follow-up. */
export function RatingsTabView({ rows }: { rows: DepartmentSatisfaction[] }) {
  return (
    <section aria-labelledby="ratings-title">
      <h2 id="ratings-title" className="mb-3 text-xl font-bold">
        好差评：各部门满意度
      </h2>
      <p className="mb-3">满意率 =（非常满意 + 满意）÷ 评价数。差评须说明原因，并由承办部门整改后关闭。</p>
      {rows.length === 0 ? (
        <p>暂无评价。</p>
      ) : (
        <Table
          caption="各部门好差评统计"
          scrollLabel="各部门满意度"
          rows={rows}
          rowKey={(r) => r.departmentId}
          columns={[
            { header: "部门", cell: (r) => r.departmentName, rowHeader: true },
            { header: "评价数", cell: (r) => r.ratings },
            { header: "满意率", cell: (r) => formatPercent(r.satisfied / r.ratings) },
            {
              header: "待整改差评",
              cell: (r) => r.openFollowUps,
              className: (r) => (r.openFollowUps > 0 ? "font-bold text-danger" : undefined),
            },
          ]}
        />
      )}
    </section>
  );
}
