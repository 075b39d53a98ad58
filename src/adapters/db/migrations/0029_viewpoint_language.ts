import { type Kysely, sql } from "kysely";

/**
 * Viewpoints in other languages (issue 13): `viewpoint.language`, the language a viewpoint is
 * written in — the public page's language when a resident sends it (`?sprak=ar`), chosen by the
 * staff who enter one by hand, or a CSV column on import; Swedish when nothing says otherwise
 * (every viewpoint before this migration). A BCP 47 code of the languages Samverka offers
 * (src/text/languages/); the theme suggestion reads the Swedish ones only.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table viewpoint add column language text not null default 'sv' check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$')`.execute(db);
}

