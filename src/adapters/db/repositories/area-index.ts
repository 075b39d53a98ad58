import { sql, type Kysely, type Transaction } from "kysely";
import type { IndexConfigurationRecord, IndexConfigurationSummary, IndexRepository } from "#src/application/area-index/index.ts";
import { BREAKDOWN_FIELDS, type Breakdown, type IndicatorValue } from "#src/domain/area-index/values.ts";
import type { Database } from "../schema.ts";

type Executor = Kysely<Database> | Transaction<Database>;

const CHUNK = 1000;

interface ValueRow {
  area_code: string;
  indicator_key: string;
  year: number;
  value: number | null;
  count: number | null;
  denominator: number | null;
  sex: string;
  age_band: string;
  disability: string;
}

function toValue(r: ValueRow): IndicatorValue {
  const v: IndicatorValue = { area: r.area_code, indicator: r.indicator_key, year: r.year, value: r.value };
  if (r.count !== null) v.count = Number(r.count);
  if (r.denominator !== null) v.denominator = Number(r.denominator);
  const breakdown: Breakdown = {};
  for (const f of BREAKDOWN_FIELDS) if (r[f] !== "") breakdown[f] = r[f];
  if (Object.keys(breakdown).length > 0) v.breakdown = breakdown;
  return v;
}

const VALUE_COLUMNS = ["area_code", "indicator_key", "year", "value", "count", "denominator", "sex", "age_band", "disability"] as const;

export function areaIndexRepository(db: Executor): IndexRepository {
  const configSelect = () =>
    db
      .selectFrom("index_configuration as c")
      .leftJoin("app_user as u", "u.id", "c.created_by")
      .select(["c.id", "c.version", "c.name", "c.is_active", "c.is_demo", "c.created_at", "u.name as created_by_name"]);
  const summary = (r: { id: string; version: number; name: string; is_active: boolean; is_demo: boolean; created_at: Date; created_by_name: string | null }): IndexConfigurationSummary => ({
    id: r.id,
    version: r.version,
    name: r.name,
    active: r.is_active,
    isDemo: r.is_demo,
    createdAt: r.created_at,
    createdByName: r.created_by_name,
  });
  const record = async (where: { id?: string; active?: true }): Promise<IndexConfigurationRecord | undefined> => {
    let q = configSelect().select("c.definition");
    if (where.id !== undefined) q = q.where("c.id", "=", where.id);
    if (where.active) q = q.where("c.is_active", "=", true);
    const r = await q.executeTakeFirst();
    return r && { ...summary(r), definition: r.definition };
  };

  return {
    async configurations() {
      return (await configSelect().orderBy("c.version", "desc").execute()).map(summary);
    },
    configuration: (id) => record({ id }),
    activeConfiguration: () => record({ active: true }),

    async addConfiguration(c) {
      // Serialises version numbering (and activation) between concurrent transactions; reads go on.
      await sql`lock table index_configuration in exclusive mode`.execute(db);
      const { next } = await db.selectFrom("index_configuration").select(sql<number>`coalesce(max(version), 0) + 1`.as("next")).executeTakeFirstOrThrow();
      const row = await db
        .insertInto("index_configuration")
        .values({ version: next, name: c.name, definition: JSON.stringify(c.definition), created_by: c.createdBy, created_at: c.at })
        .returning(["id", "version"])
        .executeTakeFirstOrThrow();
      return { id: row.id, version: row.version };
    },

    async activate(id) {
      await sql`lock table index_configuration in exclusive mode`.execute(db);
      await db.updateTable("index_configuration").set({ is_active: false }).where("is_active", "=", true).where("id", "<>", id).execute();
      await db.updateTable("index_configuration").set({ is_active: true }).where("id", "=", id).execute();
    },

    async values() {
      const rows = await db.selectFrom("indicator_value").select(VALUE_COLUMNS).orderBy("area_code").orderBy("indicator_key").orderBy("year").execute();
      return rows.map(toValue);
    },

    async valuesForArea(areaCode) {
      const rows = await db
        .selectFrom("indicator_value")
        .select([...VALUE_COLUMNS, "source"])
        .where("area_code", "=", areaCode)
        .orderBy("indicator_key")
        .orderBy("year")
        .orderBy("sex")
        .orderBy("age_band")
        .orderBy("disability")
        .execute();
      return rows.map((r) => ({ ...toValue(r), source: r.source }));
    },

    async addImport(i) {
      const row = await db
        .insertInto("index_import")
        .values({ file_name: i.fileName, format: i.format, source: i.source, row_count: i.rowCount, imported_by: i.importedBy, imported_at: i.at })
        .returning("id")
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async storeValues(importId, source, at, values) {
      let replaced = 0;
      for (let k = 0; k < values.length; k += CHUNK) {
        const rows = values.slice(k, k + CHUNK).map((v) => ({
          area_code: v.area,
          indicator_key: v.indicator,
          year: v.year,
          value: v.value,
          count: v.count ?? null,
          denominator: v.denominator ?? null,
          sex: v.breakdown?.sex ?? "",
          age_band: v.breakdown?.age_band ?? "",
          disability: v.breakdown?.disability ?? "",
          source,
          imported_at: at,
          import_id: importId,
        }));
        const result = await db
          .insertInto("indicator_value")
          .values(rows)
          .onConflict((oc) =>
            oc.columns(["area_code", "indicator_key", "year", "sex", "age_band", "disability"]).doUpdateSet((eb) => ({
              value: eb.ref("excluded.value"),
              count: eb.ref("excluded.count"),
              denominator: eb.ref("excluded.denominator"),
              source: eb.ref("excluded.source"),
              imported_at: eb.ref("excluded.imported_at"),
              import_id: eb.ref("excluded.import_id"),
            })),
          )
          // xmax is non-zero on a row version written by ON CONFLICT DO UPDATE: the value replaced one.
          .returning(sql<boolean>`(xmax <> 0)`.as("replaced"))
          .execute();
        replaced += result.filter((r) => r.replaced).length;
      }
      return { replaced };
    },

    async imports(limit) {
      const rows = await db
        .selectFrom("index_import as i")
        .leftJoin("app_user as u", "u.id", "i.imported_by")
        .select(["i.id", "i.file_name", "i.format", "i.source", "i.row_count", "i.is_demo", "i.imported_at", "u.name as imported_by_name"])
        .orderBy("i.imported_at", "desc")
        .limit(limit)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        fileName: r.file_name,
        format: r.format,
        source: r.source,
        rowCount: r.row_count,
        isDemo: r.is_demo,
        importedAt: r.imported_at,
        importedByName: r.imported_by_name,
      }));
    },

    async areaNames() {
      const rows = await db.selectFrom("area").select(["code", "name", "valid_to"]).orderBy("valid_from").execute();
      return Object.fromEntries(rows.map((r) => [r.code, r.name]));
    },
  };
}
