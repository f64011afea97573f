/** What other modules use of culture: its documents for the global search. */
export { courseSearchDocuments } from "./courses";
export { bookSearchDocuments } from "./library";
export { cultureEventSearchDocuments } from "./events";
