import { type Kysely, sql } from "kysely";

/**
 * The areas each register entry lies in, kept at write time instead of asked per page.
 *
 * The equity view, the parallel-process report and the register's area filter asked
 * `lies_in_area` of every area and every register entry on each request: on 50 000 processes
 * that was over half a million polygon comparisons, about a minute per page, on the one
 * connection PGlite has. The answer changes only when an entry's boundary or an area changes,
 * so the database keeps it in `register_entry_area`, by triggers on the three tables; no code
 * path can forget it, and bulk loads (demo data, the benchmark) get it too.
 *
 * `register_area` is what the queries read: these links from boundaries, together with the
 * areas chosen by name (`local_process_area`, `case_area`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table register_entry_area (
      entry_id uuid not null,
      area_id uuid not null references area(id) on delete cascade,
      primary key (entry_id, area_id)
    )`.execute(db);
  await sql`create index register_entry_area_area_idx on register_entry_area (area_id, entry_id)`.execute(db);

  // An entry (a local process or a case) whose boundary is new or changed: its areas anew.
  await sql`
    create function register_entry_area_of_entry() returns trigger language plpgsql as $$
    begin
      delete from register_entry_area where entry_id = coalesce(new.id, old.id);
      if tg_op <> 'DELETE' and new.geom is not null then
        insert into register_entry_area (entry_id, area_id)
        select new.id, a.id from area a where lies_in_area(a.geom, new.geom);
      end if;
      return null;
    end $$`.execute(db);
  // An area that is new or has a new boundary: the entries lying in it anew.
  await sql`
    create function register_entry_area_of_area() returns trigger language plpgsql as $$
    begin
      delete from register_entry_area where area_id = new.id;
      insert into register_entry_area (entry_id, area_id)
      select p.id, new.id from local_process p where lies_in_area(new.geom, p.geom)
      union all
      select c.id, new.id from collaboration_case c where lies_in_area(new.geom, c.geom);
      return null;
    end $$`.execute(db);

  for (const table of ["local_process", "collaboration_case"]) {
    await sql`
      create trigger ${sql.raw(`${table}_register_area`)}
        after insert or update of geom or delete on ${sql.table(table)}
        for each row execute function register_entry_area_of_entry()`.execute(db);
  }
  await sql`
    create trigger area_register_area after insert or update of geom on area
      for each row execute function register_entry_area_of_area()`.execute(db);

  // Entries stored before this migration.
  await sql`
    insert into register_entry_area (entry_id, area_id)
    select p.id, a.id from area a join local_process p on lies_in_area(a.geom, p.geom)
    union all
    select c.id, a.id from area a join collaboration_case c on lies_in_area(a.geom, c.geom)`.execute(db);

  await sql`
    create view register_area as
      select entry_id, area_id from register_entry_area
      union
      select process_id, area_id from local_process_area
      union
      select case_id, area_id from case_area`.execute(db);
}
