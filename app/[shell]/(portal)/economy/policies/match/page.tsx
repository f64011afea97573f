import type { Metadata } from "next";
import Link from "next/link";
import { getCaller, getSessionUser } from "@/server/request";
import { appErrorOf } from "@/server/lib/form-state";
import { hasPermission } from "@/server/auth/roles";
import { SubPage, LINK, SampleTag } from "@/components/sections/sub-page";
import { Select } from "@/components/ui/select";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/form-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { one, type SearchParams } from "@/components/ui/search-params";
import { AREAS, ENTERPRISE_FLAGS, ENTERPRISE_SIZES, INDUSTRIES } from "@/server/modules/economy/reference";
import { ZPolicyQuestionnaire } from "@/server/modules/economy/validation";

export const metadata: Metadata = { title: "政策匹配", description: "按企业画像或几个问题匹配南通惠企政策，并说明满足了哪些条件。" };

type MatchList = {
  policy: { id: number; title: string; issuer: string; benefit: string; sample: boolean };
  met: { key: string; label: string; detail: string }[];
  unmet: { key: string; label: string; detail: string }[];
}[];

function Matches({ matched }: { matched: MatchList }) {
  if (matched.length === 0) return <p className="mt-2">暂未找到贵企业符合条件的政策。您可以调整回答，或浏览全部政策。</p>;
  return (
    <ol className="mt-2 divide-y divide-line border-y border-line">
      {matched.map((m) => (
        <li key={m.policy.id} className="py-4">
          <h3 className="text-lg font-semibold">
            <Link href={`/economy/policies/${m.policy.id}`} className={LINK}>
              {m.policy.title}
            </Link>
            <SampleTag sample={m.policy.sample} />
          </h3>
          <p className="text-sm text-muted">{m.policy.issuer}</p>
          <p className="mt-1 text-base">支持内容：{m.policy.benefit}</p>
          <p className="mt-2 text-base font-semibold">满足的条件：</p>
          {m.met.length ? (
            <ul className="list-disc pl-6 text-base">
              {m.met.map((c) => (
                <li key={c.key}>
                  {c.label}（{c.detail}）
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-base">本政策面向所有企业。</p>
          )}
        </li>
      ))}
    </ol>
  );
}

export default async function MatchPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const sp = await searchParams;
  const user = await getSessionUser();
  const caller = await getCaller();
  const isEnterprise = !!user && hasPermission(user.role, "enterprise.act");
  const answered = one(sp.industryCode) !== undefined;
  const values = {
    industryCode: one(sp.industryCode) ?? "",
    size: one(sp.size) ?? "",
    district: one(sp.district) ?? "",
    foundedOn: one(sp.foundedOn) ?? "",
    flags: Array.isArray(sp.flags) ? sp.flags : sp.flags ? [sp.flags] : [],
  };

  let mine: Awaited<ReturnType<typeof caller.economy.policies.matchMine>> | null = null;
  if (isEnterprise && !answered) mine = await caller.economy.policies.matchMine({}).catch(() => null);

  let result: Awaited<ReturnType<typeof caller.economy.policies.match>> | null = null;
  let error: { message: string; fieldErrors: Record<string, string[]> } | null = null;
  if (answered) {
    try {
      // The procedure's own schema types the answers; a ZodError becomes the same field errors as the procedure's.
      result = await caller.economy.policies.match(
        ZPolicyQuestionnaire.parse({
          industryCode: values.industryCode,
          size: values.size,
          district: values.district,
          foundedOn: values.foundedOn,
          flags: values.flags,
        }),
      );
    } catch (e) {
      const ae = appErrorOf(e);
      if (!ae) throw e;
      error = { message: ae.message, fieldErrors: ae.fieldErrors ?? {} };
    }
  }
  const profile = mine?.profile;

  return (
    <SubPage
      crumbs={[
        { label: "智慧经济", href: "/economy" },
        { label: "惠企政策", href: "/economy/policies" },
      ]}
      title="政策匹配"
      lead="根据企业所属行业、规模、所在地区、成立时间和资质，找出贵企业可以申请的政策，并说明满足了哪些条件。"
    >
      {mine ? (
        <section aria-labelledby="mine-heading" className="mb-8">
          <h2 id="mine-heading" className="text-xl font-bold">
            按企业画像匹配到 {mine.matched.length} 项政策
          </h2>
          <p className="mt-1 text-base text-muted">
            企业画像：{profile?.industryLabel} · {ENTERPRISE_SIZES[profile?.size as keyof typeof ENTERPRISE_SIZES] ?? profile?.size}企业 ·{" "}
            {profile?.district} · 成立于 {profile?.foundedOn}
          </p>
          <Matches matched={mine.matched} />
        </section>
      ) : isEnterprise && !answered ? (
        <p className="mb-6">贵企业还没有企业画像。回答下面几个问题即可查看适用政策。</p>
      ) : null}

      {result ? (
        <section aria-labelledby="result-heading" className="mb-8">
          <h2 id="result-heading" className="text-xl font-bold">
            符合条件的政策 {result.matched.length} 项
          </h2>
          <Matches matched={result.matched} />
        </section>
      ) : null}

      <h2 className="text-xl font-bold">{mine ? "换一组条件试试" : "回答几个问题"}</h2>
      {error ? <ErrorSummary message={error.message} fieldErrors={error.fieldErrors} /> : null}
      <form action="/economy/policies/match" method="get" className="mt-4 max-w-2xl">
        <Select id="industryCode" label="所属行业" defaultValue={values.industryCode} error={error?.fieldErrors.industryCode}>
          <option value="">请选择</option>
          {Object.entries(INDUSTRIES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </Select>
        <Select id="size" label="企业规模" defaultValue={values.size} error={error?.fieldErrors.size}>
          <option value="">请选择</option>
          {Object.entries(ENTERPRISE_SIZES).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </Select>
        <Select id="district" label="所在区（县、市）" defaultValue={values.district} error={error?.fieldErrors.district}>
          <option value="">请选择</option>
          {AREAS.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </Select>
        <Field
          id="foundedOn"
          type="date"
          label="成立日期"
          hint="营业执照上的成立日期"
          defaultValue={values.foundedOn}
          width="w-56"
          error={error?.fieldErrors.foundedOn}
        />
        <Fieldset id="flags" legend="企业资质（可多选）" error={error?.fieldErrors.flags}>
          <div className="flex flex-col gap-1">
            {Object.entries(ENTERPRISE_FLAGS).map(([code, name]) => (
              <label key={code} className="flex min-h-tap items-center gap-3 text-base">
                <input type="checkbox" name="flags" value={code} defaultChecked={values.flags.includes(code)} className="h-6 w-6" />
                {name}
              </label>
            ))}
          </div>
        </Fieldset>
        <Button type="submit">查看适用政策</Button>
      </form>
    </SubPage>
  );
}
