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
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">各类诉求的办理时限与截止日期</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                诉求类型
              </th>
              <th scope="col" className="py-2 pr-4">
                时限（工作日）
              </th>
              <th scope="col" className="py-2">
                截止日期
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((r) => (
              <tr key={r.type} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-semibold">
                  {r.type}
                </th>
                <td className="py-2 pr-4">{r.days}</td>
                <td className="py-2">{r.deadline}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
