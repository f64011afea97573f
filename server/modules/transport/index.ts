/** What other modules use of transport: China-date and deterministic-noise helpers of the realtime simulator. */
export { chinaDate } from "./realtime/schedule";
export { hashString, prng } from "./realtime/simulator";
export { transportSearchDocuments } from "./search-feed";
