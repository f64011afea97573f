/** What other modules use to publish data sets: the registry's `defineDataset` and its types, and the CSV writer. */
export * from "./registry";
export * from "./csv";
