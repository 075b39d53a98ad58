/** The area index (index för områdeslyft): configuration, engine, sensitivity, JSON-stat input. */
export * from "./config.ts";
export * from "./values.ts";
export * from "./compute.ts";
export * from "./sensitivity.ts";
export * from "./spread.ts";
export * from "./jsonstat.ts";
export * from "./problems.ts";
export { DEFAULT_INDEX_CONFIG } from "./default-config.ts";
export { mulberry32 } from "./prng.ts";
