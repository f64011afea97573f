/** What other modules use of environment besides service.ts: its documents for the global search. */
export { environmentSearchDocuments } from "./search-feed";
