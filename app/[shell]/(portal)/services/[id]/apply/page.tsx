import type { Metadata } from "next";
import Link from "next/link";
import { guardPage } from "@/server/guard";
import { getCaller } from "@/server/request";
import { orNotFound, parseId } from "@/server/pages/load";
import { StartForm } from "@/components/applications/forms";
import { completionPromise } from "@/components/catalogue/labels";

export const metadata: Metadata = { title: "在线办理", robots: { index: false } };

export default async function ApplyStartPage({ params }: { params: Promise<{ id: string }> }) {
  const raw = (await params).id;
  const id = parseId(raw);
  await guardPage("account.self", `/services/${id}/apply`);
  const caller = await getCaller();
  const [item, me] = await Promise.all([orNotFound(caller.catalogue.public.item({ id })), caller.account.me()]);
  const uploads = (item.form ?? []).flatMap((p) => p.fields.filter((f) => f.type === "file"));
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <p className="text-muted">{item.departmentName}</p>
      <h1 className="mb-4 text-3xl font-bold">在线办理：{item.name}</h1>
      {!item.online ? (
        <>
          <p className="mb-4">该事项暂不能在线办理，需到现场办理：{item.place ?? "请咨询承办部门"}。</p>
          <Link href={`/services/${item.id}`}>返回办事指南</Link>
        </>
      ) : item.requiresRealName && !me.realName.verified ? (
        <div className="border-l-8 border-warn bg-warn-bg p-4">
          <h2 className="mb-2 text-xl font-bold">请先完成实名认证</h2>
          <p className="mb-3">办理该事项需要核实您的身份。实名认证只需姓名和身份证号，一分钟即可完成。</p>
          <Link href="/me#real-name" className="font-semibold">
            去实名认证
          </Link>
        </div>
      ) : (
        <>
          <h2 className="mb-2 text-xl font-bold">开始前请准备</h2>
          {uploads.length ? (
            <ul className="mb-4 list-disc space-y-1 pl-6">
              {uploads.map((f) => (
                <li key={f.name}>
                  {f.label}（PDF、JPG 或 PNG，10MB 以内{f.required ? "" : "，选填"}）
                </li>
              ))}
            </ul>
          ) : (
            <p className="mb-4">本事项无需上传材料。</p>
          )}
          <p className="mb-2">共 {item.form?.length ?? 0} 页问题，填写过程中可随时“保存草稿”，之后在“我的办件”中继续。</p>
          <p className="mb-6">提交后承办部门将{completionPromise(item.promisedDays)}，每一步都会通过站内消息和短信通知您。</p>
          <StartForm itemId={item.id} label="开始申请" />
        </>
      )}
    </div>
  );
}
