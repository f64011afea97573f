import { Table } from "@/components/ui/table";

/** 部门: the city bureaus and district governments that handle applications and 12345 tickets. */
export function DepartmentsTabView({ departments }: { departments: { id: number; name: string; kind: string; phone: string | null }[] }) {
  return (
    <section aria-labelledby="dept-title">
      <h2 id="dept-title" className="mb-3 text-xl font-bold">
        部门（{departments.length} 个）
      </h2>
      <Table
        caption="部门列表"
        scrollLabel="部门列表（可左右滚动）"
        rows={departments}
        rowKey={(d) => d.id}
        columns={[
          { header: "名称", cell: (d) => d.name },
          { header: "类型", cell: (d) => (d.kind === "district" ? "县（市、区）政府" : "市级部门") },
          { header: "电话", cell: (d) => d.phone ?? "—" },
        ]}
      />
    </section>
  );
}
