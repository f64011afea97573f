import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { exportCatalogue, importCatalogue, ITEM_KINDS, listItemsForAdmin, updateItem, ZItemEdit } from "./admin";
import { SECTION_SLUGS, ZFormPage, ZGuideFields } from "./validation";
import { PAGE_TAGS, revalidatePublic } from "@/server/lib/page-cache";

/** Structural only: the export returns what is stored, even an item written before today's rules. */
const ZCatalogueItemExport = ZGuideFields.extend({
  section: z.enum(SECTION_SLUGS),
  departmentCode: z.string(),
  audience: z.enum(["personal", "enterprise"]),
  kind: z.enum(ITEM_KINDS),
  place: z.string().optional(),
  form: z.array(ZFormPage).optional(),
});

const admin = permissionProcedure("admin.console");

export const catalogueAdminRouter = createTRPCRouter({
  list: admin
    .input(
      z.object({
        q: z.string().trim().max(100, "搜索词不超过100个字").optional(),
        page: z.number().int().min(1, "页码应为正整数").max(1000, "页码不能超过1000").default(1),
      }),
    )
    .output(
      z.object({
        total: z.number(),
        page: z.number(),
        pageSize: z.number(),
        items: z.array(
          z.object({
            id: z.number(),
            code: z.string(),
            name: z.string(),
            section: z.string(),
            departmentName: z.string(),
            online: z.boolean(),
            version: z.number(),
            updatedAt: z.date(),
          }),
        ),
      }),
    )
    .query(({ ctx, input }) => listItemsForAdmin(ctx.db, input)),

  update: admin
    .input(ZItemEdit)
    .output(z.object({ id: z.number(), code: z.string(), version: z.number(), updatedAt: z.date() }))
    .mutation(async ({ ctx, input }) => {
      const saved = await updateItem(ctx, ctx.user, input);
      // The item's cached guide page and the cached catalogue list show the change on their next visit.
      revalidatePublic(PAGE_TAGS.catalogueItem(saved.id), PAGE_TAGS.catalogue);
      return saved;
    }),

  export: admin
    .input(z.void())
    .output(z.array(ZCatalogueItemExport))
    .query(({ ctx }) => exportCatalogue(ctx.db)),

  import: admin
    .input(z.object({ items: z.unknown() }))
    .output(z.object({ created: z.number(), updated: z.number(), total: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const result = await importCatalogue(ctx, ctx.user, input.items);
      revalidatePublic(PAGE_TAGS.catalogue);
      return result;
    }),
});
