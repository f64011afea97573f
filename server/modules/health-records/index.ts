export { exportOwnRecords, RECORD_READ_ACTION } from "./service";
export { healthRecordsRouter } from "./router";
