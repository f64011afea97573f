/** The seed's item type is the catalogue module's (the app never imports seed files; the seed imports the module). */
export type { CatalogueItemSeed, FieldType, FormField, FormPage, Material, SectionSlug } from "@/server/modules/catalogue/form-types";
