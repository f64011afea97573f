/**
 * The 智慧生活 section's shared helpers, the public face of the module for the others (health, tourism,
 * community, citycard, housing, booking): database error codes, notices, staff units, China time, tokens.
 */
export * from "./db-errors";
export * from "./notify";
export * from "./staff";
export * from "./time";
export * from "./tokens";
export { lifeSearchDocuments, type LifeSearchDocument } from "./search-feed";
