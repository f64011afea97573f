/** What other modules use of governance: its documents for the global search. */
export { articleSearchDocuments } from "./publicity";
