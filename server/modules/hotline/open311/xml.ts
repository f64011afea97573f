/**
 * XML output of the Open311 GeoReport v2 API. Element names follow the published spec
 * (wiki.open311.org/GeoReport_v2 and /Service_Discovery): `services/service`,
 * `service_definition/attributes/attribute/values/value`, `service_requests/request`,
 * `errors/error`, `discovery/endpoints/endpoint/formats/format`. Every document starts with the
 * UTF-8 XML declaration; text is escaped and characters XML 1.0 cannot carry are dropped.
 */

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

/** A value in an Open311 document: scalars become text, arrays repeat `itemName` elements. */
export type XmlValue = string | number | boolean | null | undefined | XmlObject | XmlList;
export type XmlObject = { [name: string]: XmlValue };
export type XmlList = { itemName: string; items: XmlValue[] };

/** Names of repeated child elements, by the parent's name (the spec's plural → singular pairs). */
export const LIST_ITEM_NAMES: Record<string, string> = {
  services: "service",
  service_requests: "request",
  errors: "error",
  attributes: "attribute",
  values: "value",
  endpoints: "endpoint",
  formats: "format",
};

// XML 1.0 Char production: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF.
const INVALID_XML_CHARS = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

function isList(v: XmlValue): v is XmlList {
  return typeof v === "object" && v !== null && "itemName" in v && "items" in v && Array.isArray(v.items);
}

function element(name: string, value: XmlValue, indent: string): string {
  if (value === null || value === undefined || value === "") return `${indent}<${name}/>`;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    return `${indent}<${name}>${escapeXml(String(value))}</${name}>`;
  const children = isList(value)
    ? value.items.map((item) => element(value.itemName, item, indent + "  "))
    : Object.entries(value).map(([k, v]) => element(k, v, indent + "  "));
  if (children.length === 0) return `${indent}<${name}/>`;
  return `${indent}<${name}>\n${children.join("\n")}\n${indent}</${name}>`;
}

/**
 * Serialises a JSON-shaped Open311 value: arrays under a known plural key become repeated
 * singular elements (`attributes: [...]` → `<attributes><attribute>…`).
 */
export function fromJson(value: unknown, parentName = ""): XmlValue {
  if (Array.isArray(value)) {
    const itemName = LIST_ITEM_NAMES[parentName] ?? "item";
    return { itemName, items: value.map((v) => fromJson(v, itemName)) };
  }
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fromJson(v, k)]));
  }
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** A complete document: the declaration, then `<root>` holding the JSON-shaped body. */
export function toXmlDocument(root: string, body: unknown): string {
  return `${XML_DECLARATION}\n${element(root, fromJson(body, root), "")}\n`;
}
