"use client";

import { useActionState, useState } from "react";
import { snapAction } from "@/server/actions/sections";
import type { FormState } from "@/server/lib/form-state";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/form-group";
import { ErrorMessage } from "@/components/ui/error-message";

const DISTRICTS = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"];

/**
 * 随手拍: kind, description, the point (typed, or filled from the phone's location), photos. Works
 * without JavaScript (the point is then typed); everything typed comes back on an error.
 */
export function SnapForm({ kinds, idempotencyKey }: { kinds: { code: string; label: string }[]; idempotencyKey: string }) {
  const [state, action, pending] = useActionState(snapAction, {} as FormState);
  const v = state.values ?? {};
  const fe = state.fieldErrors ?? {};
  const [loc, setLoc] = useState<{ lat: string; lng: string } | null>(null);
  const [locError, setLocError] = useState<string | null>(null);
  function locate() {
    if (!navigator.geolocation) return setLocError("此浏览器不能获取位置，请手动填写经纬度");
    navigator.geolocation.getCurrentPosition(
      (p) => setLoc({ lat: p.coords.latitude.toFixed(6), lng: p.coords.longitude.toFixed(6) }),
      () => setLocError("没有获取到位置，请允许定位或手动填写经纬度"),
      { timeout: 10_000 },
    );
  }
  return (
    <form action={action} noValidate encType="multipart/form-data" aria-label="随手拍" className="max-w-2xl">
      <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <Select id="kind" label="问题类型" defaultValue={v.kind ?? ""} error={fe.kind}>
        <option value="">请选择</option>
        {kinds.map((k) => (
          <option key={k.code} value={k.code}>
            {k.label}
          </option>
        ))}
      </Select>
      <Textarea
        id="description"
        label="问题描述"
        hint="说清楚是什么问题、在哪里，至少5个字"
        rows={4}
        defaultValue={v.description}
        error={fe.description}
      />
      <Fieldset id="location" legend="问题位置" hint="点“使用我的位置”自动填写，或按地图软件上的经纬度填写" error={fe.location}>
        <div className="flex flex-wrap gap-4">
          <Field
            id="lat"
            label="纬度"
            inputMode="decimal"
            width="w-40"
            key={`lat-${loc?.lat ?? v.lat ?? ""}`}
            defaultValue={loc?.lat ?? v.lat}
            placeholder="32.0"
          />
          <Field
            id="lng"
            label="经度"
            inputMode="decimal"
            width="w-40"
            key={`lng-${loc?.lng ?? v.lng ?? ""}`}
            defaultValue={loc?.lng ?? v.lng}
            placeholder="120.9"
          />
        </div>
        <Button type="button" variant="secondary" onClick={locate}>
          使用我的位置
        </Button>
        <ErrorMessage error={locError} />
      </Fieldset>
      <Field id="address" label="地址或参照物（选填）" defaultValue={v.address} error={fe.address} />
      <Select id="district" label="所在区县（选填）" defaultValue={v.district ?? ""} error={fe.district}>
        <option value="">不确定</option>
        {DISTRICTS.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </Select>
      <Field
        id="photos"
        type="file"
        label="照片"
        hint="至少1张，最多6张，每张不超过5MB（JPG、PNG、WebP）"
        accept="image/jpeg,image/png,image/webp"
        multiple
        error={fe.photos}
      />
      <label className="mb-6 flex min-h-tap items-center gap-3 text-base">
        <input type="checkbox" name="isPublic" value="yes" defaultChecked={v.isPublic === "yes"} className="h-6 w-6" />
        同意在“12345 公开诉求”中公开（个人信息会被隐去）
      </label>
      <Button type="submit" disabled={pending}>
        提交
      </Button>
    </form>
  );
}
