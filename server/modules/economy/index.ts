/** The economy module's open data sets (the open-data module lists them). */
export { creditListDataset, economicIndicatorsDataset } from "./open-data";
/** Its documents for the global search. */
export { policySearchDocuments } from "./policies";
export { cloudSearchDocuments } from "./cloud";
export { creditSearchDocuments } from "./credit";
export { jobSearchDocuments } from "./jobs";
