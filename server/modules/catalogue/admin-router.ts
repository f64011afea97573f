import { z } from "zod";
import { createTRPCRouter, permissionProcedure } from "@/server/trpc";
import { exportCatalogue, importCatalogue, listItemsForAdmin, updateItem } from "./admin";
import { ZAdminItemQuery, ZCatalogueItemExport, ZImportFile, ZItemEdit } from "./validation";
import { PAGE_TAGS, revalidatePublic } from "@/server/lib/page-cache";

const admin = permissionProcedure("admin.console");

/** Admin editing of the catalogue: list, edit one item (version-checked), export and import JSON. */
export const catalogueAdminRouter = createTRPCRouter({
  list: admin
    .input(ZAdminItemQuery)
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
    .input(ZImportFile)
    .output(z.object({ created: z.number(), updated: z.number(), total: z.number() }))
    .mutation(async ({ ctx, input }) => {
      const result = await importCatalogue(ctx, ctx.user, input.items);
      revalidatePublic(PAGE_TAGS.catalogue);
      return result;
    }),
});
