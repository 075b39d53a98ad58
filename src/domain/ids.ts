/**
 * Record ids are UUIDs (gen_random_uuid() in the database). A value that is not one is never
 * looked up: it is answered as "not found" at once, and never reaches a query as a malformed id.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
