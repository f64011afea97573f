import { serviceCatalogueDataset } from "@/server/modules/catalogue/open-data";
import { hotlineDailyStatsDataset } from "@/server/modules/hotline/open-data";
import { creditListDataset, economicIndicatorsDataset } from "@/server/modules/economy/open-data";
import type { DatasetList } from "./registry";

/**
 * Every published dataset, in catalogue order. To publish one: define it beside its module with
 * `defineDataset` (see server/modules/catalogue/open-data.ts for the pattern) and add it here —
 * e.g. parking lots (transport), air quality (environment), hospitals and scenic spots (life).
 */
export const DATASETS: DatasetList = [serviceCatalogueDataset, hotlineDailyStatsDataset, creditListDataset, economicIndicatorsDataset];
