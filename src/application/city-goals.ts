/**
 * The names of the city's goals (kommunfullmäktiges mål) by key, for documents and pages that
 * print a case's goals. One function, so the source can move (today the process type's
 * `CITY_GOALS`; later goals kept as data) without touching its callers.
 */
import { CITY_GOALS } from "../domain/process-type/samverkansstod.ts";
import type { Text } from "../domain/process-type/definition.ts";
import type { Repositories } from "./ports.ts";

export async function cityGoalNames(_r: Repositories): Promise<Map<string, Text>> {
  return new Map(CITY_GOALS.map((g) => [g.key, g.text]));
}
