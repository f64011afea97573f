import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { PgUpdateSetSource } from "drizzle-orm/pg-core";
import type { z } from "zod";
import type { DB } from "@/server/db";
import { catalogueItem, orgDepartment } from "@/drizzle/schema";
import { AppError } from "@/server/lib/errors";
import { audit } from "@/server/lib/audit";
import { describePath, parseInput } from "@/server/lib/validation";
import type { ServiceCtx, SessionUser } from "@/server/modules/account/service";
import type { CatalogueItemSeed } from "./form-types";
import { invalidateCatalogue, searchCatalogue } from "./service";
import { ITEM_FIELD_LABELS, ITEM_KINDS, ZCatalogueItemSeed, ZItemEdit, ZItemKind, ZSection, type TItemEdit } from "./validation";

/** Pages import the kinds for the edit form's select. */
export { ITEM_KINDS };

export const ADMIN_PAGE_SIZE = 20;
export const MAX_IMPORT_ITEMS = 2000;
/** An import file with many mistakes would drown the page; the first 50 are enough to act on. */
export const MAX_REPORTED_ERRORS = 50;

const listColumns = {
  id: catalogueItem.id,
  code: catalogueItem.code,
  name: catalogueItem.name,
  section: catalogueItem.section,
  departmentName: orgDepartment.shortName,
  online: catalogueItem.online,
  version: catalogueItem.version,
  updatedAt: catalogueItem.updatedAt,
};

/** Items for the admin list: the item with that exact code, else search results (the public search), or all by code; 20 a page. */
export async function listItemsForAdmin(db: DB, input: { q?: string; page: number }) {
  const page = input.page;
  const q = input.q?.trim();
  if (q) {
    // Admins often know the item code; an exact code is that one item.
    const byCode = await db
      .select(listColumns)
      .from(catalogueItem)
      .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
      .where(eq(catalogueItem.code, q))
      .limit(1);
    if (byCode.length) return { total: 1, page: 1, pageSize: ADMIN_PAGE_SIZE, items: byCode };
    const found = await searchCatalogue(db, { q, page, pageSize: ADMIN_PAGE_SIZE });
    const ids = found.items.map((i) => i.id);
    const rows = ids.length
      ? await db
          .select(listColumns)
          .from(catalogueItem)
          .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
          .where(inArray(catalogueItem.id, ids))
      : [];
    const byId = new Map(rows.map((r) => [r.id, r]));
    return { total: found.total, page, pageSize: ADMIN_PAGE_SIZE, items: ids.map((id) => byId.get(id)).filter((r) => r !== undefined) };
  }
  const [items, [total]] = await Promise.all([
    db
      .select(listColumns)
      .from(catalogueItem)
      .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
      .orderBy(asc(catalogueItem.code))
      .limit(ADMIN_PAGE_SIZE)
      .offset((page - 1) * ADMIN_PAGE_SIZE),
    db.select({ n: count() }).from(catalogueItem),
  ]);
  return { total: total?.n ?? 0, page, pageSize: ADMIN_PAGE_SIZE, items };
}

/**
 * Saves an admin's edit of one item's guide and online form. The UPDATE only matches the version the
 * admin loaded, so of two admins editing at once the second gets CONFLICT instead of silently
 * overwriting the first. Audited; the search snapshot is rebuilt afterwards.
 */
export async function updateItem(ctx: ServiceCtx, actor: SessionUser, input: TItemEdit) {
  const { db } = ctx;
  const { id, version, ...fields } = parseInput(ZItemEdit, input);
  const saved = await db.transaction(async (tx) => {
    const [row] = await tx
      .update(catalogueItem)
      .set({ ...fields, version: sql`${catalogueItem.version} + 1`, updatedAt: new Date() })
      .where(and(eq(catalogueItem.id, id), eq(catalogueItem.version, version)))
      .returning({ id: catalogueItem.id, code: catalogueItem.code, version: catalogueItem.version, updatedAt: catalogueItem.updatedAt });
    if (row) {
      await audit(tx, {
        actorId: actor.id,
        actorRole: actor.role,
        ip: ctx.ip,
        action: "catalogue.update",
        outcome: "success",
        targetType: "catalogue_item",
        targetId: String(row.id),
        detail: { code: row.code, version: row.version },
      });
    }
    return row;
  });
  if (!saved) {
    const [current] = await db
      .select({ code: catalogueItem.code, version: catalogueItem.version })
      .from(catalogueItem)
      .where(eq(catalogueItem.id, id))
      .limit(1);
    if (!current) throw new AppError("NOT_FOUND", "找不到该服务事项");
    await audit(db, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: ctx.ip,
      action: "catalogue.update",
      outcome: "failure",
      targetType: "catalogue_item",
      targetId: String(id),
      detail: { code: current.code, version, currentVersion: current.version },
    });
    throw new AppError("CONFLICT", "该事项已被其他管理员修改，请刷新后重新编辑");
  }
  invalidateCatalogue(db);
  return saved;
}

/** The whole catalogue as CatalogueItemSeed objects (department by code, no ids or versions), by code. */
export async function exportCatalogue(db: DB): Promise<CatalogueItemSeed[]> {
  const rows = await db
    .select({ item: catalogueItem, departmentCode: orgDepartment.code })
    .from(catalogueItem)
    .innerJoin(orgDepartment, eq(orgDepartment.id, catalogueItem.departmentId))
    .orderBy(asc(catalogueItem.code));
  return rows.map(({ item: r, departmentCode }) => ({
    code: r.code,
    name: r.name,
    section: ZSection.parse(r.section),
    departmentCode,
    audience: r.audience === "enterprise" ? "enterprise" : "personal",
    theme: r.theme,
    kind: ZItemKind.parse(r.kind),
    summary: r.summary,
    conditions: r.conditions,
    materials: r.materials,
    steps: r.steps,
    fees: r.fees,
    legalBasis: r.legalBasis,
    legalDays: r.legalDays,
    promisedDays: r.promisedDays,
    visits: r.visits,
    phone: r.phone,
    online: r.online,
    requiresRealName: r.requiresRealName,
    keywords: r.keywords,
    ...(r.place !== null ? { place: r.place } : {}),
    ...(r.form !== null ? { form: r.form } : {}),
  }));
}

const IMPORTED_COLUMNS = [
  "name",
  "section",
  "departmentId",
  "audience",
  "theme",
  "kind",
  "summary",
  "conditions",
  "materials",
  "steps",
  "fees",
  "legalBasis",
  "legalDays",
  "promisedDays",
  "visits",
  "phone",
  "online",
  "requiresRealName",
  "keywords",
  "place",
  "form",
] as const;
const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** ~25 parameters a row keeps each statement far below PostgreSQL's 65,535 bind parameters. */
const IMPORT_CHUNK = 200;

/**
 * Imports a catalogue file (an array of CatalogueItemSeed): every item is validated first and the
 * errors of all of them reported together; only a fully valid file is written, in one transaction,
 * inserting new codes and updating (and re-versioning) existing ones. Items missing from the file stay.
 */
export async function importCatalogue(ctx: ServiceCtx, actor: SessionUser, items: unknown) {
  const { db } = ctx;
  if (!Array.isArray(items)) throw new AppError("BAD_REQUEST", "导入文件应为事项列表（JSON 数组），可先导出一份作为样例");
  if (items.length === 0) throw new AppError("BAD_REQUEST", "导入文件中没有事项");
  if (items.length > MAX_IMPORT_ITEMS)
    throw new AppError("BAD_REQUEST", `一次最多导入${MAX_IMPORT_ITEMS}个事项，文件中有${items.length}个，请分批导入`);

  const departments = new Map(
    (await db.select({ id: orgDepartment.id, code: orgDepartment.code }).from(orgDepartment)).map((d) => [d.code, d.id]),
  );
  const errors: Record<string, string[]> = {};
  let errorCount = 0;
  let badItems = 0;
  const firstIndexOfCode = new Map<string, number>();
  const valid: z.output<typeof ZCatalogueItemSeed>[] = [];

  items.forEach((raw, index) => {
    const rawCode =
      raw && typeof raw === "object" && typeof (raw as { code?: unknown }).code === "string"
        ? (raw as { code: string }).code.trim() || null
        : null;
    const prefix = `第${index + 1}项${rawCode ? `（${rawCode}）` : ""}`;
    const messages: string[] = [];
    const r = ZCatalogueItemSeed.safeParse(raw);
    if (!r.success) {
      for (const issue of r.error.issues) {
        const top = typeof issue.path[0] === "string" ? issue.path[0] : null;
        const where = issue.path.length > 1 && top ? `${ITEM_FIELD_LABELS[top] ?? top} ${describePath(issue.path)}：` : "";
        messages.push(`${prefix}：${where}${issue.message}`);
      }
    } else {
      if (!departments.has(r.data.departmentCode))
        messages.push(`${prefix}：实施部门代码“${r.data.departmentCode}”不存在，请使用“部门”页列出的部门代码`);
      const first = firstIndexOfCode.get(r.data.code);
      if (first !== undefined) messages.push(`${prefix}：事项编码与第${first + 1}项重复，每个事项只能出现一次`);
      else firstIndexOfCode.set(r.data.code, index);
      if (messages.length === 0) valid.push(r.data);
    }
    if (messages.length) {
      badItems++;
      for (const m of messages) {
        if (errorCount++ < MAX_REPORTED_ERRORS) (errors[`items.${index}`] ??= []).push(m);
      }
    }
  });

  if (badItems > 0) {
    await audit(db, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: ctx.ip,
      action: "catalogue.import",
      outcome: "failure",
      targetType: "catalogue",
      detail: { items: items.length, invalidItems: badItems },
    });
    const more = errorCount > MAX_REPORTED_ERRORS ? `共${errorCount}处错误，以下列出前${MAX_REPORTED_ERRORS}处。` : "";
    throw new AppError(
      "BAD_REQUEST",
      `导入未完成：${items.length}个事项中有${badItems}个有误，未写入任何数据。${more}请修改文件后重新导入。`,
      errors,
    );
  }

  const now = new Date();
  const counts = await db.transaction(async (tx) => {
    const codes = valid.map((v) => v.code);
    const existing = new Set<string>();
    for (let i = 0; i < codes.length; i += 1000) {
      const found = await tx
        .select({ code: catalogueItem.code })
        .from(catalogueItem)
        .where(inArray(catalogueItem.code, codes.slice(i, i + 1000)));
      for (const f of found) existing.add(f.code);
    }
    const set: PgUpdateSetSource<typeof catalogueItem> = {
      ...Object.fromEntries(IMPORTED_COLUMNS.map((c) => [c, sql.raw(`excluded.${snake(c)}`)])),
      version: sql`${catalogueItem.version} + 1`,
      updatedAt: now,
    };
    for (let i = 0; i < valid.length; i += IMPORT_CHUNK) {
      const rows = valid.slice(i, i + IMPORT_CHUNK).map(({ departmentCode, ...item }) => ({
        ...item,
        departmentId: departments.get(departmentCode)!,
        version: 1,
        updatedAt: now,
      }));
      await tx.insert(catalogueItem).values(rows).onConflictDoUpdate({ target: catalogueItem.code, set });
    }
    const result = { created: valid.length - existing.size, updated: existing.size };
    await audit(tx, {
      actorId: actor.id,
      actorRole: actor.role,
      ip: ctx.ip,
      action: "catalogue.import",
      outcome: "success",
      targetType: "catalogue",
      detail: result,
    });
    return result;
  });
  invalidateCatalogue(db);
  return { ...counts, total: valid.length };
}
