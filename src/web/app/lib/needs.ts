/**
 * The areas' need from the active area index, for the pages that still fetch it themselves
 * (coordination's process and equity pages). The rule lives in the area-index feature
 * (src/application/area-index/needs.ts); the case pages get need from their own use cases.
 */
import type { RouterContextProvider } from "react-router";
import { areaNeeds as needsOf, needsMap, type NeedsView } from "#src/application/area-index/index.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import { services } from "./request.ts";

export { needsMap, type NeedsView };

/** `year`: a year, "latest" (the latest year with values), or none (each indicator's latest year, as /index shows). */
export async function areaNeeds(context: Readonly<RouterContextProvider>, actor: Actor, year?: number | "latest"): Promise<NeedsView | null> {
  return needsOf(services(context).index, actor, year);
}
