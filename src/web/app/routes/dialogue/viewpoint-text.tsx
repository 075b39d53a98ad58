import type { ViewpointRecord } from "#src/application/dialogue/index.ts";
import type { Translate } from "#src/text/index.ts";

/** "30–49 år, kvinna, bor, arbetar": the optional answers of a viewpoint in a few words; "Inte angivet" when none were given. */
export function aboutThePerson(v: Pick<ViewpointRecord, "ageBand" | "sex" | "relations">, t: Translate): string {
  const parts = [v.ageBand ? t(`vp.age.${v.ageBand}`) : null, v.sex ? t(`vp.sex.${v.sex}`).toLowerCase() : null, ...v.relations.map((r) => t(`vp.relationShort.${r}`))].filter((p): p is string => p !== null);
  return parts.length ? parts.join(", ") : t("vp.notGiven");
}
