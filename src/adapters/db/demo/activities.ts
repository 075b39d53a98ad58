/**
 * Demo dialogue activities (issue 11) for the demo process in its samarbetsfas: a walk held in
 * October with its participation figures, and a pop-up next week whose public page takes
 * viewpoints for six weeks from the day the demo was loaded. Labelled "(demo)" like the rest of
 * the demo data; the pop-up's public address is fixed (/synpunkt/demolekplats2026) so the demo
 * can be shown from a printed poster.
 */
import { sql, type Transaction } from "kysely";
import { addDays } from "#src/domain/case/appeal.ts";
import { swedishDay } from "#src/domain/dates.ts";
import { stockholmMoment } from "#src/domain/dialogue/activity.ts";
import type { Database } from "../schema.ts";

export const DEMO_OPEN_ACTIVITY_SLUG = "demolekplats2026";

export async function loadActivitiesDemoData(trx: Transaction<Database>, now: Date = new Date()): Promise<void> {
  const process = await trx.selectFrom("collaboration_case").select("id").where("is_demo", "=", true).where("phase", "=", "samarbete").orderBy("created_at").executeTakeFirst();
  if (!process) return;
  const today = swedishDay(now);
  const popupDay = addDays(today, 7);
  const walk = await trx
    .insertInto("dialogue_activity")
    .values({
      case_id: process.id,
      title: "Trygghetsvandring längs parkstråket (demo)",
      activity_type: "vandring",
      description: "Vi går tillsammans längs parkstråket en kväll och noterar var det känns otryggt och vad som fungerar bra.",
      starts_at: stockholmMoment("2026-10-14", "17:00")!,
      ends_at: stockholmMoment("2026-10-14", "19:00")!,
      place_address: "Samling vid Rosengårds bibliotek, Malmö (demo)",
      place: sql`st_setsrid(st_makepoint(13.0405, 55.5870), 4326)`,
      target_groups: ["boende", "barn", "unga"],
      accessibility: "Sträckan är plan och går att gå med rullstol och barnvagn. Tolk till arabiska finns på plats.",
      languages: ["svenska", "arabiska", "somaliska"],
      consultation_ends_on: "2026-10-31",
      public_slug: "demovandring2026",
      participants_total: 23,
      updated_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const counts: Array<[string, string, number]> = [
    ["kon", "kvinna", 13],
    ["kon", "man", 8],
    ["kon", "annat", 2],
    ["alder", "0_12", 3],
    ["alder", "13_19", 6],
    ["alder", "20_29", 4],
    ["alder", "30_49", 7],
    ["alder", "50_64", 2],
    ["alder", "65_", 1],
  ];
  await trx
    .insertInto("activity_participation")
    .values(counts.map(([dimension, category, participants]) => ({ activity_id: walk.id, dimension: dimension as "kon" | "alder", category, participants })))
    .execute();
  await trx
    .insertInto("dialogue_activity")
    .values({
      case_id: process.id,
      title: "Pop-up vid lekplatsen: hur vill ni använda parken? (demo)",
      activity_type: "popup",
      description: "Vi står vid lekplatsen med kartor, post-it-lappar och fika. Berätta vad du vill kunna göra i parken.",
      starts_at: stockholmMoment(popupDay, "15:00")!,
      ends_at: stockholmMoment(popupDay, "18:00")!,
      place_address: "Lekplatsen i parkstråket, Rosengård, Malmö (demo)",
      place: sql`st_setsrid(st_makepoint(13.0440, 55.5845), 4326)`,
      target_groups: ["boende", "besokare", "barn", "unga"],
      accessibility: "Marken är plan. Det finns sittplatser och en hörslinga vid bordet.",
      languages: ["svenska", "arabiska", "engelska"],
      consultation_ends_on: addDays(today, 42),
      public_slug: DEMO_OPEN_ACTIVITY_SLUG,
      updated_at: now,
    })
    .execute();
}
