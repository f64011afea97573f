export * from "./account";
export * from "./org";
export * from "./audit";
export * from "./catalogue";
export * from "./hotline";
export * from "./transport";
export * from "./environment";
export * from "./points";
