"use client";

import Link from "next/link";
import { useActionState, useState, type ChangeEvent, type FormEvent } from "react";
import { submitHotlineAction, type HotlineFormState } from "@/server/actions/hotline";
import { SuggestionStep } from "@/components/hotline/suggestion-step";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { ErrorMessage } from "@/components/ui/error-message";
import { Fieldset, groupClass, firstError } from "@/components/ui/form-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";

type Leaf = { id: number; name: string; departmentName: string | null; needsLocation: boolean };
type Group = { id: number; name: string; children: Leaf[] };

const TYPES = ["咨询", "求助", "投诉", "建议", "举报", "其他"] as const;
const DISTRICTS = ["崇川区", "通州区", "海门区", "如皋市", "启东市", "海安市", "如东县"] as const;
const MAX_CHARS = 4000;
const MAX_PHOTOS = 6;
const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/**
 * The 12345 online form (GOV.UK-style: one column, labels above fields, errors summarised and
 * beside each field). Works without JavaScript; with it, the character count, the department
 * hint, "使用我的位置" and the photo checks help before sending.
 */
export function HotlineSubmitForm({
  groups,
  defaults,
  idempotencyKey,
  slaDays,
}: {
  groups: Group[];
  defaults: { name: string; phone: string };
  idempotencyKey: string;
  slaDays: Record<string, number>;
}) {
  const [state, action, pending] = useActionState(submitHotlineAction, {} as HotlineFormState);
  // After the suggestion step the citizen chose to go on: the next submit files a new request.
  const suggested = Boolean(state.suggestions?.length);
  const v = state.values ?? {};
  const [description, setDescription] = useState(v.description ?? "");
  const [categoryId, setCategoryId] = useState(v.categoryId ?? "");
  const [type, setType] = useState(v.type ?? "");
  const [loc, setLoc] = useState<{ lat: string; lng: string }>({ lat: v.lat ?? "", lng: v.lng ?? "" });
  const [locStatus, setLocStatus] = useState<string | null>(null);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [photoNames, setPhotoNames] = useState<string[]>([]);
  // After a failed submit the server's values win (the form keeps what was typed).
  const [seen, setSeen] = useState(state);
  if (seen !== state) {
    setSeen(state);
    if (state.values) {
      setDescription(state.values.description ?? "");
      setCategoryId(state.values.categoryId ?? "");
      setType(state.values.type ?? "");
      setLoc({ lat: state.values.lat ?? "", lng: state.values.lng ?? "" });
    }
  }
  const leaf = groups.flatMap((g) => g.children).find((c) => String(c.id) === categoryId);

  function locate() {
    if (!("geolocation" in navigator)) {
      setLocStatus("您的浏览器不支持定位，请填写详细地址。");
      return;
    }
    setLocStatus("正在获取位置…");
    navigator.geolocation.getCurrentPosition(
      (p) => {
        const lat = p.coords.latitude.toFixed(6);
        const lng = p.coords.longitude.toFixed(6);
        setLoc({ lat, lng });
        setLocStatus(null);
      },
      (err) =>
        setLocStatus(
          err.code === err.PERMISSION_DENIED
            ? "您没有允许获取位置。可以在浏览器设置中允许，或直接填写详细地址。"
            : "暂时无法获取位置，请填写详细地址。",
        ),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  }

  function onPhotos(e: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(e.target.files ?? []);
    setPhotoNames(files.map((f) => f.name));
    if (files.length > MAX_PHOTOS) setPhotoError(`最多上传${MAX_PHOTOS}张照片，您选择了${files.length}张`);
    else if (files.some((f) => f.size > MAX_PHOTO_BYTES))
      setPhotoError(`“${files.find((f) => f.size > MAX_PHOTO_BYTES)!.name}”超过5MB，请压缩后重新选择`);
    else setPhotoError(null);
  }

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    if (photoError) {
      e.preventDefault();
      document.getElementById("photos")?.focus();
    }
  }

  const errType = firstError(state, "type");
  const errCategory = firstError(state, "categoryId");
  const errDescription = firstError(state, "description");
  const errDistrict = firstError(state, "district");
  const errAddress = firstError(state, "address");
  const errLocation = firstError(state, "location");
  const errPhotos = photoError ?? firstError(state, "photos");
  const errPublic = firstError(state, "isPublic");
  const charsLeft = MAX_CHARS - description.length;

  return (
    <>
      {suggested ? <SuggestionStep suggestions={state.suggestions!} description={description} photosDropped={state.photosDropped} /> : null}
      <form action={action} onSubmit={onSubmit} noValidate aria-labelledby="submit-title">
        <ErrorSummary message={state.message} fieldErrors={state.fieldErrors} />
        <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
        {suggested || v.skipSuggestions === "1" ? <input type="hidden" name="skipSuggestions" value="1" /> : null}

        <Fieldset
          id="type"
          legend="诉求类型"
          labelSize="lg"
          spacing="mb-6"
          hint={`类型决定办理时限：咨询、求助 ${slaDays["咨询"] ?? 3} 个工作日，投诉、建议、举报 ${slaDays["投诉"] ?? 13} 个工作日。`}
          error={errType}
        >
          <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
            {TYPES.map((t) => (
              <label
                key={t}
                className="flex min-h-tap items-center gap-3 rounded-md border-2 border-line bg-white px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
              >
                <input type="radio" name="type" value={t} checked={type === t} onChange={() => setType(t)} className="h-6 w-6 shrink-0" />
                <span>{t}</span>
              </label>
            ))}
          </div>
        </Fieldset>

        <Select
          id="categoryId"
          label="诉求分类"
          labelSize="lg"
          spacing="mb-6"
          hint="选择最接近的一项，热线会按分类派给承办部门。拿不准时选“其他 › 其他诉求”。"
          error={errCategory}
          value={categoryId}
          onChange={(e) => setCategoryId(e.target.value)}
          aria-describedby={leaf ? "categoryId-dept" : undefined}
          after={
            leaf ? (
              <p id="categoryId-dept" className="mt-1">
                {leaf.departmentName ? `通常由${leaf.departmentName}承办。` : ""}
                {leaf.needsLocation ? "这类诉求需要填写发生地点。" : ""}
              </p>
            ) : null
          }
        >
          <option value="">请选择</option>
          {groups.map((g) => (
            <optgroup key={g.id} label={g.name}>
              {g.children.map((c) => (
                <option key={c.id} value={c.id}>
                  {g.name} › {c.name}
                </option>
              ))}
            </optgroup>
          ))}
        </Select>

        <Textarea
          id="description"
          label="诉求内容"
          labelSize="lg"
          spacing="mb-6"
          hint={`写清楚发生了什么、在哪里、从什么时候开始、希望怎样解决。至少5个字，不超过${MAX_CHARS}字。`}
          error={errDescription}
          rows={6}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          aria-describedby="description-count"
          after={
            <p
              id="description-count"
              className={`mt-1 text-sm ${charsLeft < 0 ? "font-semibold text-danger" : "text-muted"}`}
              aria-live="polite"
            >
              {charsLeft < 0 ? `超出 ${-charsLeft} 字` : `已输入 ${description.length} 字，还可输入 ${charsLeft} 字`}
            </p>
          }
        />

        <fieldset className="mb-6">
          <legend className="mb-1 text-lg font-bold">发生地点</legend>
          <p className="mb-3 text-sm text-muted">城市管理、环境、道路等现场问题请写到门牌号或路口，便于部门找到现场。</p>
          <Select
            id="district-select"
            name="district"
            groupId="district"
            label="所在区县"
            spacing="mb-4"
            width="w-full sm:max-w-xs"
            error={errDistrict}
            defaultValue={v.district ?? ""}
            key={`d-${v.district ?? ""}`}
          >
            <option value="">请选择（选填）</option>
            {DISTRICTS.map((d) => (
              <option key={d}>{d}</option>
            ))}
          </Select>
          <Field
            id="address"
            label="详细地址"
            hint="如：崇川区南大街与人民中路交叉口东北角"
            defaultValue={v.address ?? ""}
            key={`a-${v.address ?? ""}`}
            error={errAddress}
            maxLength={200}
            autoComplete="street-address"
          />
          <div id="location" tabIndex={-1} className={groupClass(errLocation, "mb-2")}>
            <p className="mb-1 font-semibold">地图位置（选填）</p>
            <ErrorMessage id="location-error" error={errLocation} />
            <input type="hidden" name="lat" value={loc.lat} />
            <input type="hidden" name="lng" value={loc.lng} />
            {loc.lat && loc.lng ? (
              <p className="mb-2">
                已获取位置：北纬 {loc.lat}，东经 {loc.lng}
              </p>
            ) : (
              <p className="mb-2 text-sm text-muted">如果您就在现场，可以把当前位置一起提交。</p>
            )}
            <div className="flex flex-wrap gap-3">
              <Button type="button" variant="secondary" onClick={locate}>
                使用我的位置
              </Button>
              {loc.lat ? (
                <Button type="button" variant="link" onClick={() => setLoc({ lat: "", lng: "" })}>
                  清除位置
                </Button>
              ) : null}
            </div>
            <p role="status" className="mt-1">
              {locStatus}
            </p>
          </div>
        </fieldset>

        <Field
          id="photos"
          label="现场照片（选填）"
          labelSize="lg"
          spacing="mb-6"
          hint={`最多 ${MAX_PHOTOS} 张，每张不超过 5MB，JPG、PNG 或 WebP 格式。请避免拍到他人面部和车牌。`}
          error={errPhotos}
          type="file"
          multiple
          accept="image/jpeg,image/png,image/webp"
          onChange={onPhotos}
          width="w-full max-w-xl"
          className="py-2"
          after={
            photoNames.length ? (
              <p className="mt-1 text-sm">
                已选择 {photoNames.length} 张：{photoNames.join("、")}
              </p>
            ) : null
          }
        />

        <fieldset className="mb-6">
          <legend className="mb-1 text-lg font-bold">联系方式</legend>
          <p className="mb-3 text-sm text-muted">承办部门和热线回访时会联系您。联系方式不会公开。</p>
          <Field
            id="contactName"
            label="联系人"
            defaultValue={v.contactName ?? defaults.name}
            key={`n-${v.contactName ?? ""}`}
            error={firstError(state, "contactName")}
            maxLength={50}
            autoComplete="name"
            width="w-full sm:max-w-xs"
          />
          <Field
            id="contactPhone"
            label="联系电话"
            type="tel"
            inputMode="tel"
            defaultValue={v.contactPhone ?? defaults.phone}
            key={`p-${v.contactPhone ?? ""}`}
            error={firstError(state, "contactPhone")}
            maxLength={20}
            autoComplete="tel"
            width="w-full sm:max-w-xs"
          />
        </fieldset>

        <Fieldset
          id="isPublic"
          legend="是否公开"
          labelSize="lg"
          spacing="mb-6"
          hint={
            <>
              公开后，答复会出现在“
              <Link href="/12345/public">诉求公开</Link>
              ”页面，供其他市民参考：只显示类型、分类、区县、诉求内容和答复，联系人、电话和详细地址一律不公开，内容里的手机号、身份证号会自动打码。
            </>
          }
          error={errPublic}
        >
          <div className="flex flex-wrap gap-3">
            <label className="flex min-h-tap items-center gap-3 rounded-md border-2 border-line bg-white px-3 has-[:checked]:border-brand-600">
              <input type="radio" name="isPublic" value="yes" defaultChecked={v.isPublic === "yes"} className="h-6 w-6" />
              同意公开
            </label>
            <label className="flex min-h-tap items-center gap-3 rounded-md border-2 border-line bg-white px-3 has-[:checked]:border-brand-600">
              <input type="radio" name="isPublic" value="no" defaultChecked={v.isPublic !== "yes"} className="h-6 w-6" />
              不公开
            </label>
          </div>
        </Fieldset>

        <Button type="submit" disabled={pending} className="text-lg" aria-describedby={suggested ? "suggest-continue" : undefined}>
          {pending ? "正在提交…" : suggested ? "继续提交新诉求" : "提交诉求"}
        </Button>
      </form>
    </>
  );
}
