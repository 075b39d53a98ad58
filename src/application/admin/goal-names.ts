/**
 * The names of the city's goals (kommunfullmäktiges mål) by key, for documents and pages that
 * print a case's goals. The goals are data the administrators keep (retired ones included, so
 * an older application still reads its goals by name).
 */
import type { Text } from "#src/domain/process-type/definition.ts";
import type { Repositories } from "../shared/ports.ts";

export async function cityGoalNames(r: Repositories): Promise<Map<string, Text>> {
  const goals = await r.administration.cityGoals({ includeInactive: true });
  return new Map(goals.map((g) => [g.key, { sv: g.nameSv, en: g.nameEn || g.nameSv }]));
}
