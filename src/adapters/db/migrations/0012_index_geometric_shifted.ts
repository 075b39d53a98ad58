import { type Kysely, sql } from "kysely";

/**
 * The area index's `geometric` aggregation now means the weighted geometric mean Π xᵢ^wᵢ; what
 * it computed before, Π(xᵢ + s)^wᵢ − s, is now called `geometric_shifted`. Saved configuration
 * versions keep what they computed when they were saved: every `"geometric"` in a stored
 * definition's `aggregation.withinDimensions` or `aggregation.acrossDimensions` becomes
 * `"geometric_shifted"`. Nothing else in a definition changes (see
 * docs/decisions/0012-index-geometric-mean.md).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const level of ["withinDimensions", "acrossDimensions"]) {
    await sql`
      update index_configuration
      set definition = jsonb_set(definition, ${sql.lit(`{aggregation,${level}}`)}::text[], '"geometric_shifted"'::jsonb)
      where definition -> 'aggregation' ->> ${sql.lit(level)} = 'geometric'`.execute(db);
  }
}
