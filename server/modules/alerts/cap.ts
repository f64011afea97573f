import { XMLBuilder, XMLParser, XMLValidator } from "fast-xml-parser";
import { AppError } from "@/server/lib/errors";
import {
  ALERT_TYPES,
  AREA_GEOCODES,
  AREA_LABELS,
  AREAS,
  type AlertType,
  type Area,
  CAP_CATEGORY,
  CAP_SEVERITY,
  type CapStatus,
  type MsgType,
  SEVERITIES,
  SEVERITY_LABELS,
  type Severity,
} from "./labels";

/**
 * CAP 1.2 (OASIS Common Alerting Protocol, `urn:oasis:names:tc:emergency:cap:1.2`) out of and into our
 * alerts. Produced with fast-xml-parser's builder (it escapes text); parsed strictly: well-formed XML,
 * no DOCTYPE, the CAP namespace, every element CAP requires, CAP's value lists, times with a numeric
 * zone. Every problem is an AppError BAD_REQUEST naming the element, so an upstream system can fix it.
 */

export const CAP_NS = "urn:oasis:names:tc:emergency:cap:1.2";
export const GEOCODE_NAME = "GB/T 2260";

/** What CAP needs of an alert (a published row, or one about to be). */
export type CapAlert = {
  identifier: string;
  sender: string;
  sentAt: Date;
  capStatus: CapStatus;
  msgType: MsgType;
  /** The message an update or cancel refers to. */
  references: { sender: string; identifier: string; sentAt: Date } | null;
  type: AlertType;
  event: string;
  severity: Severity;
  urgency: string;
  certainty: string;
  effectiveAt: Date;
  expiresAt: Date;
  issuer: string;
  headline: string;
  description: string;
  instruction: string;
  areas: readonly string[];
  web?: string;
};

/** CAP's dateTime: local time in China with its offset (CAP forbids "Z"). */
export function capTime(d: Date): string {
  const local = new Date(d.getTime() + 8 * 3_600_000);
  return `${local.toISOString().slice(0, 19)}+08:00`;
}

const TITLE: Record<string, string> = {
  actual: "Actual",
  exercise: "Exercise",
  test: "Test",
  alert: "Alert",
  update: "Update",
  cancel: "Cancel",
};

/** The `<alert>` element as a JS tree for the builder. */
function alertTree(a: CapAlert) {
  const areas = (a.areas.length ? a.areas : ["city"]) as Area[];
  return {
    "@_xmlns": CAP_NS,
    identifier: a.identifier,
    sender: a.sender,
    sent: capTime(a.sentAt),
    status: TITLE[a.capStatus],
    msgType: TITLE[a.msgType],
    scope: "Public",
    ...(a.references ? { references: `${a.references.sender},${a.references.identifier},${capTime(a.references.sentAt)}` } : {}),
    info: {
      language: "zh-CN",
      category: CAP_CATEGORY[a.type],
      event: a.event,
      urgency: a.urgency,
      severity: CAP_SEVERITY[a.severity],
      certainty: a.certainty,
      effective: capTime(a.effectiveAt),
      expires: capTime(a.expiresAt),
      senderName: a.issuer,
      headline: a.headline,
      description: a.description,
      instruction: a.instruction,
      ...(a.web ? { web: a.web } : {}),
      parameter: [{ valueName: "预警级别", value: `${SEVERITY_LABELS[a.severity].colour}（${SEVERITY_LABELS[a.severity].grade}）` }],
      area: areas.map((code) => ({
        areaDesc: AREA_LABELS[code],
        geocode: { valueName: GEOCODE_NAME, value: AREA_GEOCODES[code] },
      })),
    },
  };
}

const builder = new XMLBuilder({ ignoreAttributes: false, format: true, suppressEmptyNode: true });

/** One alert as a CAP 1.2 document. */
export function toCapXml(a: CapAlert): string {
  return builder.build({ "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" }, alert: alertTree(a) }) as string;
}

function xmlEscape(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** An Atom feed of alerts, each entry carrying its CAP message inline (the shape CAP aggregators read). */
export function toCapAtom(feed: { id: string; self: string; updated: Date; entries: (CapAlert & { link: string })[] }): string {
  const entries = feed.entries
    .map((a) => {
      const cap = builder.build({ alert: alertTree(a) }) as string;
      return [
        "  <entry>",
        `    <id>${xmlEscape(`${a.sender}:${a.identifier}`)}</id>`,
        `    <title>${xmlEscape(a.headline)}</title>`,
        `    <updated>${capTime(a.sentAt)}</updated>`,
        `    <author><name>${xmlEscape(a.issuer)}</name></author>`,
        `    <link rel="alternate" href="${xmlEscape(a.link)}"/>`,
        `    <summary>${xmlEscape(a.description.slice(0, 200))}</summary>`,
        `    <content type="application/cap+xml">`,
        cap
          .trim()
          .split("\n")
          .map((l) => `      ${l}`)
          .join("\n"),
        "    </content>",
        "  </entry>",
      ].join("\n");
    })
    .join("\n");
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlEscape(feed.id)}</id>`,
    "  <title>南通市突发事件预警信息（CAP 1.2）</title>",
    `  <updated>${capTime(feed.updated)}</updated>`,
    `  <link rel="self" href="${xmlEscape(feed.self)}"/>`,
    "  <author><name>智慧南通</name></author>",
    entries,
    "</feed>",
    "",
  ]
    .filter((l) => l !== "")
    .join("\n")
    .concat("\n");
}

// ---------------------------------------------------------------- parsing

/** A CAP message as our fields (before it is matched to an earlier alert or stored). */
export type ParsedCap = Omit<CapAlert, "references" | "type" | "areas"> & {
  type: AlertType;
  areas: Area[];
  references: { sender: string; identifier: string; sentAt: Date }[];
};

const ARRAY_TAGS = new Set([
  "info",
  "area",
  "geocode",
  "parameter",
  "eventCode",
  "category",
  "responseType",
  "resource",
  "polygon",
  "circle",
]);
const parser = new XMLParser({
  ignoreAttributes: false,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  processEntities: true,
  isArray: (name) => ARRAY_TAGS.has(name.replace(/^[^:]*:/, "")),
});

type Node = Record<string, unknown>;

const URGENCIES = ["Immediate", "Expected", "Future", "Past", "Unknown"];
const CERTAINTIES = ["Observed", "Likely", "Possible", "Unlikely", "Unknown"];
const TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;

function bad(message: string): never {
  throw new AppError("BAD_REQUEST", message);
}

/** Strips the namespace prefix of every element, keeping attributes. */
function local(node: unknown, prefix: string): unknown {
  if (Array.isArray(node)) return node.map((n) => local(n, prefix));
  if (!node || typeof node !== "object") return node;
  const out: Node = {};
  for (const [k, v] of Object.entries(node as Node))
    out[prefix && k.startsWith(`${prefix}:`) ? k.slice(prefix.length + 1) : k] = local(v, prefix);
  return out;
}

function text(node: Node, name: string, where: string, required: true): string;
function text(node: Node, name: string, where: string, required?: boolean): string | null;
function text(node: Node, name: string, where: string, required = false): string | null {
  const v = node[name];
  if (v === undefined || v === null || v === "") {
    if (required) bad(`CAP 缺少必填元素 <${name}>（${where}）`);
    return null;
  }
  if (typeof v !== "string") bad(`CAP 元素 <${name}>（${where}）应为文本，且只能出现一次`);
  return v;
}

function time(node: Node, name: string, where: string, required: boolean): Date | null {
  const v = required ? text(node, name, where, true) : text(node, name, where);
  if (v === null) return null;
  if (!TIME.test(v)) bad(`CAP 元素 <${name}> 的时间格式无效：“${v}”，应为 2026-12-02T18:00:00+08:00（须带数字时区，CAP 不允许 Z）`);
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) bad(`CAP 元素 <${name}> 的时间无效：“${v}”`);
  return d;
}

function oneOf<T extends string>(value: string, allowed: readonly T[], name: string): T {
  if (!(allowed as readonly string[]).includes(value)) bad(`CAP 元素 <${name}> 的值“${value}”不被接受，应为 ${allowed.join("、")} 之一`);
  return value as T;
}

const SEVERITY_OF = Object.fromEntries(SEVERITIES.map((s) => [CAP_SEVERITY[s], s])) as Record<string, Severity>;
const TYPE_OF = Object.fromEntries(ALERT_TYPES.map((t) => [CAP_CATEGORY[t], t])) as Record<string, AlertType>;
const AREA_OF_GEOCODE = Object.fromEntries(AREAS.map((a) => [AREA_GEOCODES[a], a])) as Record<string, Area>;
const AREA_OF_NAME = Object.fromEntries(AREAS.map((a) => [AREA_LABELS[a], a])) as Record<string, Area>;

/** Reads a CAP 1.2 document strictly; throws BAD_REQUEST with what is wrong. Does not judge expiry (the service does). */
export function parseCapXml(xml: string): ParsedCap {
  if (!xml.trim()) bad("请求体为空：请提交 CAP 1.2 XML");
  if (/<!DOCTYPE/i.test(xml)) bad("不接受含 DOCTYPE 的 XML（CAP 不使用 DTD）");
  const valid = XMLValidator.validate(xml);
  if (valid !== true) bad(`XML 格式错误（第${valid.err.line}行第${valid.err.col}列）：${valid.err.msg}`);
  const doc = parser.parse(xml) as Node;
  const rootKey = Object.keys(doc).find((k) => !k.startsWith("?") && !k.startsWith("#"));
  if (!rootKey || rootKey.replace(/^[^:]*:/, "") !== "alert") bad("根元素应为 CAP 的 <alert>");
  const prefix = rootKey.includes(":") ? rootKey.split(":")[0]! : "";
  const rawRoot = doc[rootKey] as Node | string;
  if (typeof rawRoot !== "object") bad("CAP <alert> 元素为空");
  const ns = rawRoot[prefix ? `@_xmlns:${prefix}` : "@_xmlns"];
  if (ns !== CAP_NS) bad(`命名空间应为 ${CAP_NS}（收到：${typeof ns === "string" ? ns : "无"}）`);
  const alert = local(rawRoot, prefix) as Node;

  const identifier = text(alert, "identifier", "alert", true);
  const sender = text(alert, "sender", "alert", true);
  if (/[\s,<&]/.test(identifier) || /[\s,<&]/.test(sender)) bad("CAP <identifier> 和 <sender> 不能含空格、逗号、< 或 &");
  if (identifier.length > 200 || sender.length > 200) bad("CAP <identifier> 或 <sender> 过长（不超过200个字符）");
  const sentAt = time(alert, "sent", "alert", true)!;
  const status = oneOf(text(alert, "status", "alert", true), ["Actual", "Exercise", "Test"], "status");
  const msgType = oneOf(text(alert, "msgType", "alert", true), ["Alert", "Update", "Cancel"], "msgType");
  const scope = text(alert, "scope", "alert", true);
  if (scope !== "Public") bad(`CAP <scope> 须为 Public（本平台向公众发布预警），收到“${scope}”`);

  const references: ParsedCap["references"] = [];
  const refs = text(alert, "references", "alert");
  for (const ref of refs?.split(/\s+/).filter(Boolean) ?? []) {
    const [rs, ri, rt] = ref.split(",");
    if (!rs || !ri || !rt || !TIME.test(rt)) bad(`CAP <references> 格式无效：“${ref}”，应为 sender,identifier,sent`);
    references.push({ sender: rs, identifier: ri, sentAt: new Date(rt) });
  }
  if (msgType !== "Alert" && references.length === 0) bad(`msgType 为 ${msgType} 时须在 <references> 中注明原预警`);
  if (msgType === "Alert" && references.length > 0) bad("msgType 为 Alert 的新预警不能带 <references>；更新或解除请用 Update 或 Cancel");

  const infos = (alert.info as Node[] | undefined) ?? [];
  if (infos.length === 0) bad("CAP 缺少 <info>");
  const info =
    infos.find((i) => /^zh(-CN|-Hans)?$/i.test(String(i.language ?? ""))) ??
    (infos.length === 1 && !infos[0]!.language ? infos[0] : undefined);
  if (!info) bad("CAP 缺少中文 <info>（language 为 zh-CN）");

  const categories = ((info.category as unknown[] | undefined) ?? []).map(String);
  if (categories.length === 0) bad("CAP 缺少必填元素 <category>（info）");
  const type = categories.map((c) => TYPE_OF[c]).find(Boolean);
  if (!type) bad(`CAP <category>“${categories.join("、")}”不在本平台的预警类别中，应为 Met、Geo、Env、Health、Safety 或 Security`);
  const event = text(info, "event", "info", true);
  if (event.length > 20) bad("CAP <event> 不超过20字");
  const urgency = oneOf(text(info, "urgency", "info", true), URGENCIES, "urgency");
  const capSeverity = text(info, "severity", "info", true);
  const severity = SEVERITY_OF[capSeverity];
  if (!severity) bad(`未知的预警级别 <severity>“${capSeverity}”：应为 Extreme（红色）、Severe（橙色）、Moderate（黄色）或 Minor（蓝色）`);
  const certainty = oneOf(text(info, "certainty", "info", true), CERTAINTIES, "certainty");
  const effectiveAt = time(info, "effective", "info", false) ?? sentAt;
  const expiresAt = time(info, "expires", "info", true)!;
  if (expiresAt.getTime() <= effectiveAt.getTime()) bad("CAP <expires> 须晚于 <effective>");

  const cancel = msgType === "Cancel";
  const headline = text(info, "headline", "info", !cancel) ?? `${event}预警解除`;
  const description = text(info, "description", "info", !cancel) ?? headline;
  const instruction = text(info, "instruction", "info", !cancel) ?? "预警已解除，请继续关注官方发布的最新信息。";
  if (headline.length > 80) bad("CAP <headline> 不超过80字");
  if (description.length > 2000 || instruction.length > 2000) bad("CAP <description> 和 <instruction> 各不超过2000字");
  const issuer = text(info, "senderName", "info") ?? sender;

  const areaNodes = (info.area as Node[] | undefined) ?? [];
  if (areaNodes.length === 0) bad("CAP 缺少 <area>");
  const areas = new Set<Area>();
  for (const area of areaNodes) {
    const desc = text(area, "areaDesc", "area", true);
    const codes = ((area.geocode as Node[] | undefined) ?? [])
      .filter((g) => g.valueName === GEOCODE_NAME)
      .map((g) => String(g.value ?? ""));
    const found = codes.length ? codes.map((c) => AREA_OF_GEOCODE[c]) : [AREA_OF_NAME[desc]];
    if (found.some((a) => !a))
      bad(
        `区域“${desc}”${codes.length ? `（${codes.join("、")}）` : ""}不在南通市范围：请用 GB/T 2260 代码 320600 或七个县（市、区）的代码`,
      );
    for (const a of found) areas.add(a!);
  }
  const areaList = areas.has("city") ? (["city"] as Area[]) : [...areas];

  return {
    identifier,
    sender,
    sentAt,
    capStatus: status.toLowerCase() as CapStatus,
    msgType: msgType.toLowerCase() as MsgType,
    references,
    type,
    event,
    severity,
    urgency,
    certainty,
    effectiveAt,
    expiresAt,
    issuer: issuer.slice(0, 50),
    headline,
    description,
    instruction,
    areas: areaList,
  };
}
