"use client";

import { useActionState } from "react";
import { createOpen311KeyAction, type CreateKeyState } from "@/server/actions/open311-admin";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Button } from "@/components/ui/button";

/** Create an Open311 API key; the new key is shown here once (only its hash is stored). */
export function Open311KeyForm() {
  const [state, action, pending] = useActionState<CreateKeyState, FormData>(createOpen311KeyAction, {});
  return (
    <>
      {state.key ? (
        <div role="status" className="mb-6 border-l-8 border-success bg-white p-4">
          <h3 className="mb-2 text-lg font-bold">已创建“{state.keyName}”的 API key</h3>
          <p className="mb-2 font-semibold">请现在复制并安全地交给使用方。离开本页后将无法再次查看；遗失只能撤销后重新创建。</p>
          <p className="mb-1" id="new-key-label">
            新的 API key：
          </p>
          <code
            aria-labelledby="new-key-label"
            data-testid="new-open311-key"
            className="block break-all rounded-md border-2 border-ink bg-brand-50 p-3 font-mono text-lg"
          >
            {state.key}
          </code>
        </div>
      ) : null}
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <form action={action} className="max-w-xl" noValidate>
        <Field
          id="name"
          label="使用方名称"
          hint="写清是哪个系统、谁负责，如“崇川区网格化平台（联系人：信息科）”。列表中据此区分密钥。"
          error={state.fieldErrors?.name?.[0]}
          defaultValue={state.values?.name ?? ""}
          key={state.key ?? "form"}
          maxLength={100}
          required
          autoComplete="off"
        />
        <Button type="submit" disabled={pending}>
          {pending ? "正在创建…" : "创建 API key"}
        </Button>
      </form>
    </>
  );
}
