/**
 * The actor mapping of a running process (kartläggning, seed 002): read, add, change, remove,
 * import from CSV (all rows or none, with a report by row and column) and export as CSV.
 *
 * Who: those who work in the process (`process.work`: the applicant group and the case staff
 * of its committee). The contact details are personal data, so nobody else reads the mapping,
 * not even its names (docs/decisions/0022-actor-mapping-and-city-initiated-processes.md); a
 * guessed id answers "not found". Changes only while the process runs (the domain's
 * `mappingIsOpen`); a closed process is read-only. Every change is audited, in one transaction;
 * the audit log keeps what changed, not the contact details themselves.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { ACTOR_ROLES, ACTOR_TYPES, groupByRole, countByType, isReachedOnAllowed, mappingIsOpen, type ActorRole, type ActorType, type RoleGroup } from "#src/domain/collaboration/actor-mapping.ts";
import type { Phase } from "#src/domain/case/phase.ts";
import { swedishDay } from "#src/domain/dates.ts";
import { isUuid } from "#src/domain/ids.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { TableReader } from "../coordination/index.ts";
import type { AuditMeta, Clock, CsvCell, CsvWriter, Repositories, UnitOfWork } from "../shared/ports.ts";
import { problemsByField } from "../shared/schema.ts";
import type { ActorFields, ProcessActorRecord, RegisteredOrganisation } from "./actor-ports.ts";
import { actorChangeSchema, actorFieldsSchema, type ActorChangeInput } from "./actor-schemas.ts";

/** The CSV's columns, by their normalised header (lower case, no diacritics, letters and digits only). */
export const ACTOR_CSV_COLUMNS = ["namn", "typ", "roll", "organisationsnummer", "kontaktperson", "epost", "telefon", "hurnadd", "nadddatum", "anteckningar"] as const;
export type ActorCsvColumn = (typeof ACTOR_CSV_COLUMNS)[number];
const FIELD_OF_COLUMN: Record<ActorCsvColumn, keyof ActorFields> = {
  namn: "name",
  typ: "type",
  roll: "role",
  organisationsnummer: "orgNumber",
  kontaktperson: "contactName",
  epost: "email",
  telefon: "phone",
  hurnadd: "reachedHow",
  nadddatum: "reachedOn",
  anteckningar: "notes",
};
const COLUMN_OF_FIELD = Object.fromEntries(Object.entries(FIELD_OF_COLUMN).map(([c, f]) => [f, c])) as Record<keyof ActorFields, ActorCsvColumn>;

/** A header or a value as a person may write it: "Hur nådd" → "hurnadd", "Att nå" → "attna". */
export function normaliseLabel(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * What the words of a file may be besides the codes: the headers and the type and role names in
 * each language, from the message catalogues (the web layer gives them; normalised here).
 */
export interface CsvVocabulary {
  headers: Record<ActorCsvColumn, readonly string[]>;
  types: Record<ActorType, readonly string[]>;
  roles: Record<ActorRole, readonly string[]>;
}

export type ActorCsvError = { line: number; column: string; error: string };
export type ActorImportOutcome = { ok: true; value: { imported: number } } | { ok: false; error: "not_found" | "closed" } | { ok: false; error: "invalid"; errors: ActorCsvError[] };
export type ActorChangeError = "not_found" | "closed" | "invalid";

export interface ActorMappingView {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: Phase;
  /** Changes are allowed now (the process runs). */
  open: boolean;
  groups: RoleGroup<ProcessActorRecord>[];
  countsByType: Array<{ type: ActorType; count: number }>;
  total: number;
  organisations: RegisteredOrganisation[];
}

export class ActorMapping {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #tables: TableReader;
  readonly #csv: CsvWriter;

  constructor(deps: { uow: UnitOfWork; clock: Clock; tables: TableReader; csvWriter: CsvWriter }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#tables = deps.tables;
    this.#csv = deps.csvWriter;
  }

  /** The process's state if the actor works in it; undefined otherwise (the page answers 404). */
  static async workable(r: Repositories, actor: Actor, caseId: string, forUpdate = false) {
    if (!isUuid(caseId)) return undefined;
    const state = await r.cases.state(caseId, { forUpdate });
    if (!state || !can(actor, { action: "process.work", record: state })) return undefined;
    // A case still in its application is no process yet: no mapping.
    if (!["samarbete", "utforande", "resultat", "avslutad"].includes(state.phase)) return undefined;
    return state;
  }

  /** Whether the actor may open the mapping of this case (for a link). */
  async mayRead(actor: Actor, caseId: string): Promise<boolean> {
    return this.#uow.read(async (r) => (await ActorMapping.workable(r, actor, caseId)) !== undefined);
  }

  async view(actor: Actor, caseId: string): Promise<ActorMappingView | undefined> {
    return this.#uow.read(async (r) => {
      const state = await ActorMapping.workable(r, actor, caseId);
      if (!state) return undefined;
      const found = await r.cases.find(caseId);
      const actors = await r.actors.list(caseId);
      const open = mappingIsOpen(state.phase);
      return {
        caseId,
        title: found?.title ?? "",
        caseNumber: state.caseNumber,
        phase: state.phase,
        open,
        groups: groupByRole(actors),
        countsByType: countByType(actors),
        total: actors.length,
        organisations: open ? await r.actors.organisations() : [],
      };
    });
  }

  /** Checks what the domain adds to the schema: a reached date that has come, a link to a registered organisation. */
  async #check(r: Repositories, fields: ActorFields): Promise<Record<string, string> | null> {
    const problems: Record<string, string> = {};
    if (fields.reachedOn !== null && !isReachedOnAllowed(fields.reachedOn, swedishDay(this.#clock.now()))) problems.reachedOn = "actors.error.reachedOnFuture";
    if (fields.organisationId !== null && !(await r.actors.organisation(fields.organisationId))) problems.organisationId = "actors.error.organisation";
    return Object.keys(problems).length ? problems : null;
  }

  /** Adds, changes or removes one actor. */
  async change(actor: Actor, caseId: string, input: ActorChangeInput, meta: AuditMeta = {}): Promise<Result<{ actorId: string | null }, ActorChangeError>> {
    if (!isUuid(caseId)) return fail("not_found");
    const parsed = actorChangeSchema.safeParse(input);
    if (!parsed.success) return fail("invalid", problemsByField(parsed.error));
    const data = parsed.data;
    return this.#uow.transaction(async (r): Promise<Result<{ actorId: string | null }, ActorChangeError>> => {
      const state = await ActorMapping.workable(r, actor, caseId, true);
      if (!state) return fail("not_found");
      if (!mappingIsOpen(state.phase)) return fail("closed");
      const now = this.#clock.now();
      const audit = (action: string, entityId: string, before: unknown, after: unknown) =>
        r.audit.append({ actor, action, entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, before, after: { actorId: entityId, ...(after as object) }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      if (data.intent === "remove") {
        const existing = await r.actors.find(caseId, data.actorId);
        if (!existing) return fail("not_found");
        await r.actors.remove(caseId, data.actorId);
        await audit("process.actor.removed", data.actorId, summary(existing), {});
        return ok({ actorId: null });
      }
      const { intent: _intent, ...rest } = data;
      const fields: ActorFields = {
        name: rest.name,
        type: rest.type,
        role: rest.role,
        organisationId: rest.organisationId,
        orgNumber: rest.orgNumber,
        contactName: rest.contactName,
        email: rest.email,
        phone: rest.phone,
        reachedHow: rest.reachedHow,
        reachedOn: rest.reachedOn,
        notes: rest.notes,
      };
      const problems = await this.#check(r, fields);
      if (problems) return fail("invalid", problems);
      if (data.intent === "add") {
        const saved = await r.actors.insert(caseId, [{ ...fields, submissionKey: data.submissionKey }], { by: actor.userId, importBatch: null, at: now });
        if (saved.created) await audit("process.actor.added", saved.ids[0]!, null, summary(fields));
        return ok({ actorId: saved.ids[0] ?? null });
      }
      const existing = await r.actors.find(caseId, data.actorId);
      if (!existing) return fail("not_found");
      await r.actors.update(caseId, data.actorId, fields, actor.userId, now);
      const changed = (Object.keys(fields) as Array<keyof ActorFields>).filter((k) => existing[k] !== fields[k]);
      await audit("process.actor.changed", data.actorId, summary(existing), { ...summary(fields), changed });
      return ok({ actorId: data.actorId });
    });
  }

  /**
   * Imports actors from a CSV file: every row is checked as the form checks it, and an
   * organisation number of a registered organisation links it. One problem anywhere and
   * nothing is added; the report names each row's line and column. `batch` (the form's
   * submission key) makes the same import sent twice add its rows once.
   */
  async importCsv(actor: Actor, caseId: string, file: { text: string; batch: string }, vocabulary: CsvVocabulary, meta: AuditMeta = {}): Promise<ActorImportOutcome> {
    if (!isUuid(caseId) || !isUuid(file.batch)) return { ok: false, error: "not_found" };
    const table = this.#tables.read(file.text);
    if (!table.ok) return { ok: false, error: "invalid", errors: [{ line: table.line, column: "", error: "actors.import.error.csv" }] };
    const headerOf = new Map<string, ActorCsvColumn>();
    for (const column of ACTOR_CSV_COLUMNS) {
      headerOf.set(column, column);
      for (const label of vocabulary.headers[column]) headerOf.set(normaliseLabel(label), column);
    }
    const columns = table.header.map((h) => headerOf.get(h) ?? null);
    const missing = (["namn", "typ", "roll"] as const).filter((c) => !columns.includes(c));
    if (missing.length) return { ok: false, error: "invalid", errors: missing.map((c) => ({ line: 1, column: vocabulary.headers[c][0] ?? c, error: "actors.import.error.missingColumn" })) };
    const typeOf = codeMap(ACTOR_TYPES, vocabulary.types);
    const roleOf = codeMap(ACTOR_ROLES, vocabulary.roles);
    const label = (column: ActorCsvColumn) => vocabulary.headers[column][0] ?? column;
    const today = swedishDay(this.#clock.now());

    const errors: ActorCsvError[] = [];
    const rows: Array<{ line: number; fields: ActorFields }> = [];
    for (const row of table.rows) {
      const value = (column: ActorCsvColumn) => {
        const index = columns.indexOf(column);
        return index < 0 ? "" : (row.values[table.header[index]!] ?? "");
      };
      const input = {
        name: value("namn"),
        type: typeOf.get(normaliseLabel(value("typ"))) ?? value("typ"),
        role: roleOf.get(normaliseLabel(value("roll"))) ?? value("roll"),
        organisationId: null,
        orgNumber: value("organisationsnummer"),
        contactName: value("kontaktperson"),
        email: value("epost"),
        phone: value("telefon"),
        reachedHow: value("hurnadd"),
        reachedOn: value("nadddatum"),
        notes: value("anteckningar"),
      };
      const parsed = actorFieldsSchema.safeParse(input);
      if (!parsed.success) {
        for (const [field, message] of Object.entries(problemsByField(parsed.error))) errors.push({ line: row.line, column: label(COLUMN_OF_FIELD[field as keyof ActorFields] ?? "namn"), error: message });
        continue;
      }
      if (parsed.data.reachedOn !== null && !isReachedOnAllowed(parsed.data.reachedOn, today)) {
        errors.push({ line: row.line, column: label("nadddatum"), error: "actors.error.reachedOnFuture" });
        continue;
      }
      rows.push({ line: row.line, fields: parsed.data });
    }
    if (rows.length === 0 && errors.length === 0) return { ok: false, error: "invalid", errors: [{ line: 1, column: "", error: "actors.import.error.empty" }] };
    if (errors.length) return { ok: false, error: "invalid", errors };

    return this.#uow.transaction(async (r): Promise<ActorImportOutcome> => {
      const state = await ActorMapping.workable(r, actor, caseId, true);
      if (!state) return { ok: false, error: "not_found" };
      if (!mappingIsOpen(state.phase)) return { ok: false, error: "closed" };
      const already = await r.actors.batchSize(caseId, file.batch);
      if (already > 0) return ok({ imported: already });
      const numbers = [...new Set(rows.map((x) => x.fields.orgNumber).filter((n): n is string => n !== null))];
      const registered = new Map((await r.actors.organisationsByNumber(numbers)).map((o) => [o.orgNumber, o.id]));
      const actors = rows.map((x) => ({ ...x.fields, organisationId: x.fields.orgNumber ? (registered.get(x.fields.orgNumber) ?? null) : null, submissionKey: null }));
      const saved = await r.actors.insert(caseId, actors, { by: actor.userId, importBatch: file.batch, at: this.#clock.now() });
      await r.audit.append({
        actor,
        action: "process.actors.imported",
        entityType: "case",
        entityId: caseId,
        organisationId: state.applicantOrganisationId,
        after: { batch: file.batch, imported: saved.ids.length, linked: actors.filter((a) => a.organisationId !== null).length },
        ip: meta.ip ?? null,
        requestId: meta.requestId ?? null,
      });
      return ok({ imported: saved.ids.length });
    });
  }

  /**
   * The mapping as rows for a CSV file (the header row first, in the columns the import reads),
   * for those who work in the process; each export is audited, as it carries contact details.
   * The CSV writer defuses text a spreadsheet would run as a formula.
   */
  async exportCsv(actor: Actor, caseId: string, vocabulary: CsvVocabulary, meta: AuditMeta = {}): Promise<{ csv: string; caseNumber: string | null } | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.transaction(async (r) => {
      const state = await ActorMapping.workable(r, actor, caseId);
      if (!state) return undefined;
      const actors = await r.actors.list(caseId);
      await r.audit.append({ actor, action: "process.actors.exported", entityType: "case", entityId: caseId, organisationId: state.applicantOrganisationId, after: { rows: actors.length }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      const header = ACTOR_CSV_COLUMNS.map((c) => vocabulary.headers[c][0] ?? c);
      const rows = groupByRole(actors).flatMap((g) =>
        g.actors.map((a): CsvCell[] => [a.name, vocabulary.types[a.type][0] ?? a.type, vocabulary.roles[a.role][0] ?? a.role, a.orgNumber, a.contactName, a.email, a.phone, a.reachedHow, a.reachedOn, a.notes]),
      );
      return { csv: this.#csv.write([header, ...rows], { forSpreadsheets: true }), caseNumber: state.caseNumber };
    });
  }

  /** An empty file to fill in (the template): the header row only, for those who work in the process. */
  async templateCsv(actor: Actor, caseId: string, vocabulary: CsvVocabulary): Promise<string | undefined> {
    if (!(await this.mayRead(actor, caseId))) return undefined;
    return this.#csv.write([ACTOR_CSV_COLUMNS.map((c) => vocabulary.headers[c][0] ?? c)], { forSpreadsheets: true });
  }
}

/** What the audit log keeps of an actor: who it is and its role, not its contact details. */
function summary(a: ActorFields) {
  return { name: a.name, type: a.type, role: a.role, organisationId: a.organisationId };
}

function codeMap<C extends string>(codes: readonly C[], words: Record<C, readonly string[]>): Map<string, C> {
  const map = new Map<string, C>();
  for (const code of codes) {
    map.set(normaliseLabel(code), code);
    for (const w of words[code]) map.set(normaliseLabel(w), code);
  }
  return map;
}
