import type { Metadata } from "next";
import Link from "next/link";
import { TRPCError } from "@trpc/server";
import { getCaller } from "@/server/request";
import { ZTrack } from "@/server/modules/applications/validation";
import { StatusTag, Timeline } from "@/components/applications/timeline";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { one, type SearchParams } from "@/components/ui/search-params";
import { Button } from "@/components/ui/button";

export const metadata: Metadata = {
  title: "办件进度查询",
  description: "凭申办流水号和手机号后四位，无需登录查询办件进度。",
  robots: { index: false },
};

type SP = Promise<SearchParams>;

export default async function TrackPage({ searchParams }: { searchParams: SP }) {
  const sp = await searchParams;
  const serialNo = one(sp.serialNo) ?? "";
  const phoneLast4 = one(sp.phoneLast4) ?? "";
  const asked = serialNo !== "" || phoneLast4 !== "";
  let errors: Record<string, string> = {};
  let message: string | null = null;
  let result: Awaited<ReturnType<Awaited<ReturnType<typeof getCaller>>["applications"]["track"]>> | null = null;
  if (asked) {
    const parsed = ZTrack.safeParse({ serialNo, phoneLast4 });
    if (!parsed.success) {
      errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
    } else {
      try {
        result = await (await getCaller()).applications.track(parsed.data);
      } catch (e) {
        if (!(e instanceof TRPCError)) throw e;
        message = e.message;
      }
    }
  }
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="mb-2 text-3xl font-bold">办件进度查询</h1>
      <p className="mb-6">无需登录：输入申办流水号和申请人手机号后四位。</p>
      <ErrorSummary message={message} fieldErrors={Object.fromEntries(Object.entries(errors).map(([k, m]) => [k, [m]]))} />
      <form action="/services/track" className="mb-8 rounded-lg border border-line bg-white p-5" noValidate>
        <Field
          id="serialNo"
          label="申办流水号"
          hint="提交申请后获得，以 NT 开头，如 NT2026112200000012"
          error={errors.serialNo}
          defaultValue={serialNo}
          maxLength={18}
          width="w-full max-w-sm"
          spacing="mb-4"
        />
        <Field
          id="phoneLast4"
          label="手机号后四位"
          error={errors.phoneLast4}
          defaultValue={phoneLast4}
          maxLength={4}
          inputMode="numeric"
          width="w-32"
          spacing="mb-4"
        />
        <Button type="submit">查询</Button>
      </form>
      {result ? (
        <section aria-labelledby="result-title" className="rounded-lg border border-line bg-white p-5">
          <h2 id="result-title" className="mb-2 text-xl font-bold">
            {result.itemName}
          </h2>
          <p className="mb-4 flex flex-wrap items-center gap-4">
            <StatusTag status={result.status} />
            <span>承办部门：{result.departmentName}</span>
            {result.dueDate ? <span>承诺办结：{result.dueDate}</span> : null}
          </p>
          <Timeline events={result.events} />
          <p className="mt-4">
            查看详细内容请<Link href="/me/applications">登录后在“我的办件”中查看</Link>。
          </p>
        </section>
      ) : null}
    </div>
  );
}
