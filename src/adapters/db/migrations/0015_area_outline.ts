import { type Kysely, sql } from "kysely";

/**
 * Each area's outline for maps (simplified, as GeoJSON), made once when the area is stored
 * instead of on every page that draws the areas (the application's area step, the equity
 * view): simplifying fourteen detailed district boundaries took most of those pages' time.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table area add column outline_geojson text
      generated always as (st_asgeojson(st_simplifypreservetopology(geom, 0.00005), 6)) stored`.execute(db);
}
