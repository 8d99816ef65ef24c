// Progress statistics: pure functions over small rows produced by the SQL in queries.ts.
export * from "./day";
export * from "./forecast";
export * from "./streaks";
export * from "./activity";
export * from "./retention";
export * from "./cards";
export * from "./roster";
export * from "./behind";
export * from "./csv";
export * from "./class-retention";
export * from "./hardest";
export * from "./queries";
export { MATURE_DAYS } from "./sql-day";
