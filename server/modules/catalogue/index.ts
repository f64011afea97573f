/** What other modules use of the catalogue besides service.ts: the open API's JSON error shape and the catalogue data set. */
export { jsonError } from "./open-api";
export { serviceCatalogueDataset } from "./open-data";
