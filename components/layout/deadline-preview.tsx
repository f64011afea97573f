import { Table } from "@/components/ui/table";
import type { DeadlinePreview as Preview } from "@/server/modules/hotline/citizen";

/** Table of 12345 deadlines computed from the holiday calendar (a working-day check for clerks). */
export function DeadlinePreview({ preview }: { preview: Preview }) {
  return (
    <section aria-labelledby="deadline-title" className="mb-6 rounded-lg border border-line bg-white p-5">
      <h2 id="deadline-title" className="mb-2 text-xl font-bold">
        办理时限速查
      </h2>
      <p className="mb-3">
        今天 {preview.today}，{preview.todayIsWorkingDay ? "是工作日" : "不是工作日（法定节假日或周末）"}
        。今天受理的工单，截止日期按工作日计算如下（受理次日起算，已扣除节假日并计入调休上班日）：
      </p>
      <Table
        caption="各类诉求的办理时限与截止日期"
        variant="plain"
        rows={preview.rows}
        rowKey={(r) => r.type}
        columns={[
          { header: "诉求类型", cell: (r) => r.type, rowHeader: true },
          { header: "时限（工作日）", cell: (r) => r.days },
          { header: "截止日期", cell: (r) => r.deadline },
        ]}
      />
    </section>
  );
}
