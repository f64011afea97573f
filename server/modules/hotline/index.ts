/**
 * What other modules use of the 12345 hotline besides service.ts: filing a request through the citizen
 * path (随手拍, environmental reports) and the hotline's open data set.
 */
export { contactDefaults, submitRequest } from "./citizen";
export { hotlineDailyStatsDataset } from "./open-data";
export { knowledgeSearchDocuments } from "./knowledge";
