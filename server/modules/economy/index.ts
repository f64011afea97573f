/** The economy module's open data sets (the open-data module lists them). */
export { creditListDataset, economicIndicatorsDataset } from "./open-data";
