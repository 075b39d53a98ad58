/** Administration: committees, staff accounts and the city's goals. */
export * from "./committee.ts";
export * from "./staff.ts";
export * from "./city-goals.ts";
