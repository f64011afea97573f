export * from "./account";
export * from "./org";
export * from "./audit";
export * from "./catalogue";
export * from "./hotline";
export * from "./economy";
export * from "./culture";
export * from "./governance";
