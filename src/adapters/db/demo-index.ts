/**
 * INVENTED demo data for the area index: the city's 2023 draft as the active configuration, and
 * made-up indicator values for the 14 demo areas (GESO-01 … GESO-14) for 2022–2024. The figures
 * describe no real place; they only let the index pages show something. One value rests on
 * three children (suppressed), and one indicator has a breakdown by sex.
 */
import type { Insertable, Transaction } from "kysely";
import { DEFAULT_INDEX_CONFIG } from "#src/domain/area-index/default-config.ts";
import { mulberry32 } from "#src/domain/area-index/prng.ts";
import type { Database, IndicatorValueTable } from "./schema.ts";

export const DEMO_INDEX_YEARS = [2022, 2023, 2024] as const;

/** Invented conditions per area, 0 = weakest … 1 = strongest (in the order of the demo areas). */
const CONDITIONS = [0.85, 0.8, 0.7, 0.5, 0.55, 0.8, 0.1, 0.6, 0.35, 0.75, 0.6, 0.9, 0.2, 0.3];

/** Per indicator: the range of invented values, from weakest to strongest area. */
const RANGES: Record<string, [number, number]> = {
  deltagande_fritidsaktivitet: [25, 70],
  svarsfrekvens_folkhalsoenkat: [28, 60],
  valdeltagande: [50, 88],
  behorighet_gymnasiet: [60, 95],
  gymnasieexamen_4_ar: [55, 88],
  inskrivna_forskola: [75, 95],
  barnfattigdom: [40, 3],
  forvarvsfrekvens: [48, 84],
  ekonomiskt_bistand: [20, 1],
  bostadsratt_eller_aganderatt: [8, 85],
  in_och_utflyttning: [25, 8],
  upplevd_trygghet: [45, 90],
};

export async function loadIndexDemoData(trx: Transaction<Database>, analystUserId: string): Promise<void> {
  const config = await trx
    .insertInto("index_configuration")
    .values({ version: 1, name: `${DEFAULT_INDEX_CONFIG.name.sv} (demo)`, definition: JSON.stringify(DEFAULT_INDEX_CONFIG), is_active: true, is_demo: true, created_by: analystUserId })
    .returning("id")
    .executeTakeFirstOrThrow();
  const source = "Påhittade demovärden (inte verklig statistik)";
  const batch = await trx
    .insertInto("index_import")
    .values({ file_name: "demo-indikatorvarden.csv", format: "csv", source, row_count: 0, is_demo: true, imported_by: analystUserId })
    .returning("id")
    .executeTakeFirstOrThrow();

  const random = mulberry32(2026);
  const at = new Date();
  const rows: Insertable<IndicatorValueTable>[] = [];
  const push = (area: string, indicator: string, year: number, value: number, extra: { count?: number; denominator?: number; sex?: string } = {}) =>
    rows.push({
      area_code: area,
      indicator_key: indicator,
      year,
      value: Math.round(value * 10) / 10,
      count: extra.count ?? null,
      denominator: extra.denominator ?? null,
      sex: extra.sex ?? "",
      source,
      imported_at: at,
      import_id: batch.id,
    });
  for (const [k, condition] of CONDITIONS.entries()) {
    const area = `GESO-${String(k + 1).padStart(2, "0")}`;
    for (const [y, year] of DEMO_INDEX_YEARS.entries()) {
      for (const [indicator, [weak, strong]] of Object.entries(RANGES)) {
        // Conditions improve a little each year; each value varies around the area's level.
        const level = Math.min(1, Math.max(0, condition + 0.02 * y + (random() - 0.5) * 0.25));
        const value = weak + (strong - weak) * level;
        if (indicator === "barnfattigdom" && area === "GESO-12" && year === 2024) {
          // A tiny population: 3 of 40 children. Below the limit of 5, so never shown.
          push(area, indicator, year, value, { count: 3, denominator: 40 });
          continue;
        }
        if (indicator === "barnfattigdom") {
          const denominator = 400 + Math.round(random() * 1600);
          push(area, indicator, year, value, { count: Math.round((denominator * value) / 100), denominator });
          continue;
        }
        push(area, indicator, year, value);
        if (indicator === "upplevd_trygghet" && year === 2024)
          for (const [sex, shift] of [
            ["K", -4],
            ["M", 4],
          ] as const)
            push(area, indicator, year, Math.min(100, value + shift), { sex });
      }
    }
  }
  await trx.insertInto("indicator_value").values(rows).execute();
  await trx.updateTable("index_import").set({ row_count: rows.length }).where("id", "=", batch.id).execute();
  await trx
    .insertInto("audit_event")
    .values({ actor_label: "demodata", action: "index.configuration.created", entity_type: "index_configuration", entity_id: config.id, after: JSON.stringify({ version: 1, active: true, demo: true }) })
    .execute();
}
