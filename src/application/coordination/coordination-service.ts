/**
 * Coordination across the city: the register of local processes (entered, imported from CSV,
 * and every submitted samverkansstöd case), overlap detection for a case or a process, what
 * the contact person records as "coordinated with", the per-area report of parallel
 * processes, and the import of the city's areas from GeoJSON. Access first, one transaction
 * per change, audited.
 */
import { randomUUID } from "node:crypto";
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { toMultiPolygonGeoJson, parseAreaGeoJson, type AreaGeometryError } from "#src/domain/intake/area-geometry.ts";
import { readAreaFeatures, type AreaImportProblem } from "#src/domain/coordination/area-import.ts";
import { overlapScore, type OverlapScore } from "#src/domain/coordination/overlap.ts";
import { equityTable, needOf, supportFollowsNeed, type AreaNeed, type EquityRow } from "#src/domain/coordination/equity.ts";
import { OWNER_KINDS, PROCESS_STATUSES, THEMES, type ProcessFacts, type ProcessFieldError } from "#src/domain/coordination/process.ts";
import { fail, ok, type Result } from "#src/domain/result.ts";
import type { AuditMeta } from "../shared/ports.ts";
import type { CoordinationRecord, OverlapCandidate, ProcessFilter, ProcessRecord, RegisterKind, TableReader } from "./ports.ts";
import { fetchPage, type Page } from "../shared/paging.ts";
import type { Clock, Repositories, UnitOfWork } from "../shared/ports.ts";
import { NO_RECENT_READS, type RecentReads } from "../shared/recent-reads.ts";
import { isUuid } from "#src/domain/ids.ts";
import { needsMap, type AreaNeedsSource } from "../area-index/index.ts";
import type { z } from "zod";
import { problemsByField } from "../shared/schema.ts";
import { areaImportSchema, coordinationRecordSchema, processProblemCode, processRegistrationSchema, processSchema, type ProcessFormInput } from "./schemas.ts";
import { swedishDay } from "#src/domain/dates.ts";

/** A process's facts by the process schema: the facts, or each field's problem as the domain's code. */
function readProcess(input: unknown): { ok: true; value: ProcessFacts & { geojson: string } } | { ok: false; errors: Record<string, ProcessFieldError> } {
  const parsed = processSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: Object.fromEntries(Object.entries(problemsByField(parsed.error)).map(([field, message]) => [field, processProblemCode(message)])) };
}


export interface ScoredOverlap extends OverlapCandidate {
  overlap: OverlapScore;
}

export type AreaProblem = AreaImportProblem | { feature: number; code: string | null; error: "invalid_geometry" | "invalid_date" | "source_missing" | "version_exists"; detail?: string };
export type CsvImportOutcome = { ok: true; value: { imported: number; batch: string } } | { ok: false; error: "forbidden" } | { ok: false; error: "invalid"; errors: CsvRowError[] };
export type AreaImportOutcome = { ok: true; value: { inserted: number; closed: number } } | { ok: false; error: "forbidden" } | { ok: false; error: "invalid"; problems: AreaProblem[] };

export type CsvRowError = { line: number; field: string; error: ProcessFieldError | "unknown_area" | "missing_column" | "csv" | AreaGeometryError | "invalid_geometry"; detail?: string };


/** "Pågående" → "pagaende", "Barn och unga" → "barn_och_unga": the CSV may use the labels. */
function asCode(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");
}
const splitList = (v: string) => v.split(/[;|,]/).map((x) => x.trim()).filter(Boolean);

/** The CSV columns (normalised headers) and the fields they fill. */
export const PROCESS_CSV_COLUMNS = {
  namn: "name",
  agare: "ownerName",
  agartyp: "ownerKind",
  kontaktperson: "contactName",
  epost: "contactEmail",
  teman: "themes",
  omraden: "areaCodes",
  start: "startsOn",
  slut: "endsOn",
  status: "status",
  lank: "link",
  geojson: "geojson",
} as const;
const REQUIRED_CSV = ["namn", "agare", "agartyp", "start", "status"] as const;

/** An area to choose from: its code and name. */
export interface AreaOption {
  code: string;
  name: string;
}

export interface RegisterPage {
  page: Page<ProcessRecord>;
  areas: AreaOption[];
  canManage: boolean;
}

export interface ProcessPage {
  process: ProcessRecord;
  overlaps: ScoredOverlap[];
  /** Whether the actor sees the index (and so the need). */
  hasNeeds: boolean;
  /** The greatest need among the entry's areas; null when none is ranked. */
  need: (AreaNeed & { areaCode: string; areaName: string; ranked: number }) | null;
}

export interface CaseCoordinationPage {
  caseId: string;
  title: string;
  caseNumber: string | null;
  overlaps: ScoredOverlap[];
  coordinations: CoordinationRecord[];
  hasGeometry: boolean;
}

export interface EquityView {
  areas: AreaOption[];
  rows: EquityRow[];
  rho: number | null;
  years: number[];
}

export interface EquityPage {
  year: number;
  years: number[];
  equity: EquityView;
  shapes: Array<AreaOption & { geometry: unknown }>;
  /** Whether the index has values for the year shown. */
  indexForYear: boolean;
  /** How many areas the index ranks that year (0 without index values). */
  ranked: number;
}


export class CoordinationService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #tables: TableReader;
  readonly #needs: AreaNeedsSource;
  readonly #recent: RecentReads;

  /**
   * `needs`: the areas' need from the area index (its IndexService). `recentReads`: where reads
   * over the whole register are kept until the next change (none kept when left out).
   */
  constructor(deps: { uow: UnitOfWork; clock: Clock; tables: TableReader; needs: AreaNeedsSource; recentReads?: RecentReads }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#tables = deps.tables;
    this.#needs = deps.needs;
    this.#recent = deps.recentReads ?? NO_RECENT_READS;
  }

  /** A read over the whole register, kept until the next change; the key names what is read, for today (statuses follow the date). */
  #overRegister<T>(key: unknown[], work: (r: Repositories, today: string) => Promise<T>): Promise<T> {
    const today = swedishDay(this.#clock.now());
    return this.#recent.read(JSON.stringify(["register", today, ...key]), () => this.#uow.read((r) => work(r, today)));
  }

  canManage(actor: Actor): boolean {
    return can(actor, { action: "register.manage" });
  }

  /** One page of the register, or undefined when the actor may not read it. */
  async list(actor: Actor, filter: ProcessFilter = {}, page = 1): Promise<Page<ProcessRecord> | undefined> {
    if (!can(actor, { action: "register.read" })) return undefined;
    const clean: ProcessFilter = {};
    if (filter.status && (PROCESS_STATUSES as readonly string[]).includes(filter.status)) clean.status = filter.status;
    if (filter.ownerKind && (OWNER_KINDS as readonly string[]).includes(filter.ownerKind)) clean.ownerKind = filter.ownerKind;
    if (filter.theme && (THEMES as readonly string[]).includes(filter.theme)) clean.theme = filter.theme;
    if (filter.areaCode && filter.areaCode.length <= 40) clean.areaCode = filter.areaCode;
    if (filter.kind === "process" || filter.kind === "case") clean.kind = filter.kind;
    return this.#overRegister(["list", clean, page], (r) => fetchPage(page, () => r.coordination.countProcesses(clean), (w) => r.coordination.listProcesses(clean, w)));
  }

  /** /processer: a page of the register, the city's current areas (for the filter), and whether the actor may add to it. */
  async registerPage(actor: Actor, filter: ProcessFilter = {}, page = 1): Promise<RegisterPage | undefined> {
    const found = await this.list(actor, filter, page);
    if (!found) return undefined;
    const areas = await this.#uow.read((r) => r.areas.currentNames(swedishDay(this.#clock.now())));
    return { page: found, areas: areas.map((a) => ({ code: a.code, name: a.name })), canManage: this.canManage(actor) };
  }

  /** /processer/ny: the city's current areas to choose from; undefined when the actor may not register processes. */
  async newProcessForm(actor: Actor): Promise<{ areas: AreaOption[] } | undefined> {
    if (!this.canManage(actor)) return undefined;
    const areas = await this.#uow.read((r) => r.areas.currentNames(swedishDay(this.#clock.now())));
    return { areas: areas.map((a) => ({ code: a.code, name: a.name })) };
  }

  /**
   * /processer/:id: the entry with its overlaps and, for those who may read the index, the
   * greatest need among its areas (each indicator's latest year, as /index shows).
   */
  async processPage(actor: Actor, id: string): Promise<ProcessPage | undefined> {
    const found = await this.get(actor, id);
    if (!found) return undefined;
    const needs = await this.#needs.areaNeeds(actor);
    const need = needs ? needOf(found.process.areas.map((a) => a.code), needsMap(needs)) : null;
    return { ...found, hasNeeds: needs !== null, need: need && needs ? { ...need, areaName: needs.byArea[need.areaCode]?.name ?? need.areaCode, ranked: needs.ranked } : null };
  }

  /** A register entry with its overlaps, best first; undefined when missing or not allowed. */
  async get(actor: Actor, id: string): Promise<{ process: ProcessRecord; overlaps: ScoredOverlap[] } | undefined> {
    if (!can(actor, { action: "register.read" }) || !isUuid(id)) return undefined;
    return this.#uow.read(async (r) => {
      const process = await r.coordination.findInRegister(id);
      if (!process) return undefined;
      return { process, overlaps: await this.#scored(r.coordination, id) };
    });
  }

  async #scored(repo: { subject(id: string): Promise<{ themes: string[]; startsOn: string; endsOn: string | null } | undefined>; overlaps(id: string): Promise<OverlapCandidate[]> }, id: string): Promise<ScoredOverlap[]> {
    const subject = await repo.subject(id);
    if (!subject) return [];
    const now = swedishDay(this.#clock.now());
    const candidates = await repo.overlaps(id);
    return candidates
      .map((c) => ({
        ...c,
        overlap: overlapScore({ shareOfSubject: c.shareOfSubject, shareOfOther: c.shareOfOther, subjectPeriod: subject, otherPeriod: { startsOn: c.startsOn, endsOn: c.endsOn }, subjectThemes: subject.themes, otherThemes: c.themes }, now),
      }))
      .filter((c) => c.overlap.time > 0)
      .sort((a, b) => b.overlap.score - a.overlap.score || a.name.localeCompare(b.name, "sv"));
  }

  /** For the contact person during assessment: the case's overlaps and what has been coordinated. */
  async forCase(actor: Actor, caseId: string): Promise<{ overlaps: ScoredOverlap[]; coordinations: CoordinationRecord[]; hasGeometry: boolean } | undefined> {
    if (!isUuid(caseId)) return undefined;
    return this.#uow.read(async (r) => {
      const state = await r.cases.state(caseId);
      if (!state || !can(actor, { action: "case.assess", record: state })) return undefined;
      const subject = await r.coordination.subject(caseId);
      return { overlaps: await this.#scored(r.coordination, caseId), coordinations: await r.coordination.coordinations(caseId), hasGeometry: subject?.hasGeometry ?? false };
    });
  }

  /** /handlaggning/:caseId/samordning: forCase with the case's title and number. */
  async casePage(actor: Actor, caseId: string): Promise<CaseCoordinationPage | undefined> {
    if (!isUuid(caseId)) return undefined;
    const found = await this.forCase(actor, caseId);
    if (!found) return undefined;
    const detail = await this.#uow.read((r) => r.cases.find(caseId));
    if (!detail) return undefined;
    return { ...found, caseId, title: detail.title, caseNumber: detail.caseNumber };
  }

  /** Records that the case has been coordinated with a process, and how. Once per submission key. */
  async recordCoordination(actor: Actor, args: { caseId: string } & z.input<typeof coordinationRecordSchema>, meta: AuditMeta = {}): Promise<Result<{ id: string }, "not_found" | "empty" | "too_long" | "unknown_process">> {
    const parsed = coordinationRecordSchema.safeParse(args);
    const problem = (field: string) => parsed.error?.issues.find((i) => i.path[0] === field);
    if (!isUuid(args.caseId) || problem("submissionKey")) return fail("not_found");
    const text = problem("how");
    if (text) return fail(text.code === "too_big" ? "too_long" : "empty");
    if (!parsed.success || !isUuid(parsed.data.registerId) || parsed.data.registerId === args.caseId) return fail("unknown_process");
    const { registerId, how, submissionKey } = parsed.data;
    return this.#uow.transaction(async (r) => {
      const state = await r.cases.state(args.caseId, { forUpdate: true });
      if (!state || !can(actor, { action: "case.assess", record: state })) return fail("not_found");
      const other = await r.coordination.findInRegister(registerId);
      if (!other) return fail("unknown_process");
      const saved = await r.coordination.addCoordination({ caseId: args.caseId, registerId: other.id, registerKind: other.kind, how, recordedBy: actor.userId, submissionKey, at: this.#clock.now() });
      if (saved.created)
        await r.audit.append({
          actor,
          action: "case.coordinated",
          entityType: "case",
          entityId: args.caseId,
          organisationId: state.applicantOrganisationId,
          after: { with: { id: other.id, kind: other.kind, name: other.name }, how },
          ip: meta.ip ?? null,
          requestId: meta.requestId ?? null,
        });
      return ok({ id: saved.id });
    });
  }

  /** Registers one process from the form. Errors come back by field; the same key twice registers once. */
  async create(actor: Actor, input: z.input<typeof processRegistrationSchema>, meta: AuditMeta = {}): Promise<Result<{ id: string }, "forbidden" | "invalid">> {
    if (!can(actor, { action: "register.manage" })) return fail("forbidden");
    if (!isUuid(input.submissionKey)) return fail("invalid", { form: "required" });
    const checked = readProcess(input);
    const geometryText = checked.ok ? checked.value.geojson : String(input.geojson ?? "").trim();
    const errors: Record<string, string> = checked.ok ? {} : { ...checked.errors };
    let geometry: { geojson: string; srid: number } | null = null;
    if (geometryText) {
      const parsed = parseAreaGeoJson(geometryText);
      if (!parsed.ok) errors.geojson = parsed.error;
      else geometry = { geojson: toMultiPolygonGeoJson(parsed.value), srid: parsed.value.srid };
    }
    const now = this.#clock.now();
    return this.#uow.transaction(async (r) => {
      const known = await r.coordination.areaIdsByCode(swedishDay(now));
      const areaIds = checked.ok ? checked.value.areaCodes.map((c) => known.get(c)) : [];
      if (areaIds.some((id) => id === undefined)) errors.areaCodes = "unknown_area";
      if (geometry) {
        const [verdict] = await r.coordination.checkGeometries([geometry]);
        if (!verdict?.valid) {
          errors.geojson = "invalid_geometry";
          errors.geojson_reason = verdict?.reason ?? "";
        }
      }
      if (!checked.ok || Object.keys(errors).length > 0) return fail("invalid", errors);
      const { geojson: _text, ...facts } = checked.value;
      const saved = await r.coordination.insertProcess({ ...facts, areaIds: areaIds as string[], geojson: geometry?.geojson ?? null, srid: geometry?.srid ?? 4326, createdBy: actor.userId, source: "formular", importBatch: null, submissionKey: input.submissionKey, at: now });
      if (saved.created)
        await r.audit.append({ actor, action: "process.registered", entityType: "local_process", entityId: saved.id, after: { ...facts, geometry: geometry ? "given" : "areas" }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return ok({ id: saved.id });
    });
  }

  /**
   * Imports processes from CSV: every row is checked first; with any error nothing is stored
   * and the report lists each problem by line and column.
   */
  async importCsv(actor: Actor, text: string, meta: AuditMeta = {}): Promise<CsvImportOutcome> {
    if (!can(actor, { action: "register.manage" })) return fail("forbidden");
    const table = this.#tables.read(text);
    if (!table.ok) return { ok: false, error: "invalid", errors: [{ line: table.line, field: "", error: "csv", detail: table.message }] };
    const missing = REQUIRED_CSV.filter((c) => !table.header.includes(c));
    if (missing.length) return { ok: false, error: "invalid", errors: missing.map((c) => ({ line: 1, field: c, error: "missing_column" as const })) };
    const now = this.#clock.now();
    const batch = randomUUID();
    return this.#uow.transaction(async (r): Promise<CsvImportOutcome> => {
      const known = await r.coordination.areaIdsByCode(swedishDay(now));
      const errors: CsvRowError[] = [];
      const ready: Array<{ line: number; facts: ProcessFacts; areaIds: string[]; geometry: { geojson: string; srid: number } | null }> = [];
      for (const row of table.rows) {
        const v = row.values;
        const input: ProcessFormInput = {
          name: v.namn ?? "",
          ownerName: v.agare ?? "",
          ownerKind: asCode(v.agartyp ?? ""),
          contactName: v.kontaktperson ?? "",
          contactEmail: v.epost ?? "",
          themes: splitList(v.teman ?? "").map(asCode),
          areaCodes: splitList(v.omraden ?? ""),
          startsOn: v.start ?? "",
          endsOn: v.slut ?? "",
          status: asCode(v.status ?? ""),
          link: v.lank ?? "",
          geojson: v.geojson ?? "",
        };
        const geoText = (v.geojson ?? "").trim();
        const checked = readProcess(input);
        const columnOf = (field: string) => Object.entries(PROCESS_CSV_COLUMNS).find(([, f]) => f === field)?.[0] ?? field;
        if (!checked.ok) for (const [field, error] of Object.entries(checked.errors)) errors.push({ line: row.line, field: columnOf(field), error });
        let geometry: { geojson: string; srid: number } | null = null;
        if (geoText) {
          const parsed = parseAreaGeoJson(geoText);
          if (!parsed.ok) errors.push({ line: row.line, field: "geojson", error: parsed.error });
          else geometry = { geojson: toMultiPolygonGeoJson(parsed.value), srid: parsed.value.srid };
        }
        const unknown = [input.areaCodes ?? []].flat().filter((c) => !known.has(c));
        if (unknown.length) errors.push({ line: row.line, field: "omraden", error: "unknown_area", detail: unknown.join(", ") });
        if (checked.ok) {
          const { geojson: _text, ...facts } = checked.value;
          ready.push({ line: row.line, facts, areaIds: facts.areaCodes.map((c) => known.get(c)!).filter(Boolean), geometry });
        }
      }
      const withGeometry = ready.filter((x) => x.geometry);
      const verdicts = await r.coordination.checkGeometries(withGeometry.map((x) => x.geometry!));
      verdicts.forEach((verdict, i) => {
        if (!verdict.valid) errors.push({ line: withGeometry[i]!.line, field: "geojson", error: "invalid_geometry", detail: verdict.reason ?? "" });
      });
      if (table.rows.length === 0) errors.push({ line: 2, field: "", error: "required" });
      // By line, then in the order of the file's columns: the report reads like the file.
      const column = (field: string) => {
        const i = table.header.indexOf(field);
        return i < 0 ? Number.MAX_SAFE_INTEGER : i;
      };
      if (errors.length) return { ok: false, error: "invalid", errors: errors.sort((a, b) => a.line - b.line || column(a.field) - column(b.field)) };
      for (const x of ready)
        await r.coordination.insertProcess({ ...x.facts, areaIds: x.areaIds, geojson: x.geometry?.geojson ?? null, srid: x.geometry?.srid ?? 4326, createdBy: actor.userId, source: "csv", importBatch: batch, submissionKey: null, at: now });
      await r.audit.append({ actor, action: "process.imported", entityType: "local_process_import", entityId: batch, after: { rows: ready.length }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return { ok: true, value: { imported: ready.length, batch } };
    });
  }

  /**
   * The equity view for a year: per area the processes running, the money granted and the
   * index (`needs`, from the index service), and whether support follows need.
   */
  async equity(actor: Actor, year: number, needs: ReadonlyMap<string, AreaNeed>): Promise<EquityView | undefined> {
    if (!can(actor, { action: "register.read" })) return undefined;
    const facts = await this.#overRegister(["equity"], (r, today) => r.coordination.equityFacts(today));
    const rows = equityTable(year, facts.areas.map((a) => a.code), facts.spans, facts.grants, needs);
    const thisYear = Number(swedishDay(this.#clock.now()).slice(0, 4));
    const years = [...new Set([...facts.grants.map((g) => g.year), ...facts.spans.map((s) => s.startYear), thisYear])].filter((y) => y >= thisYear - 10 && y <= thisYear + 1).sort((a, b) => a - b);
    return { areas: facts.areas, rows, rho: supportFollowsNeed(rows), years };
  }

  /**
   * /fordelning: the equity view for a year with the index beside it, the areas' shapes for the
   * map, and the years to choose from. Without a year asked for, it opens on the latest year
   * that has index values (as the index pages do), so the index columns are filled; a year asked
   * for without index values shows its processes and money, and `indexForYear` says so.
   */
  async equityPage(actor: Actor, askedYear?: number): Promise<EquityPage | undefined> {
    if (!can(actor, { action: "register.read" })) return undefined;
    const needs = await this.#needs.areaNeeds(actor, askedYear ?? "latest");
    const year = askedYear ?? needs?.year ?? Number(swedishDay(this.#clock.now()).slice(0, 4));
    const indexForYear = needs !== null && needs.year === year;
    const equity = await this.equity(actor, year, indexForYear ? needsMap(needs) : new Map());
    if (!equity) return undefined;
    const shapes = await this.#uow.read((r) => r.areas.currentShapes(swedishDay(this.#clock.now())));
    const years = [...new Set([...equity.years, ...(needs?.years ?? []), year])].sort((a, b) => a - b);
    return { year, years, equity, shapes: shapes.map((s) => ({ code: s.code, name: s.name, geometry: s.geometry })), indexForYear, ranked: indexForYear ? needs.ranked : 0 };
  }

  /**
   * The outlines of the register's entries running in the year (at most 2 000), for the equity
   * view's map: read by the map once it is drawn, not sent with the page.
   */
  async processOutlines(actor: Actor, year: number): Promise<Array<{ id: string; kind: RegisterKind; name: string; geometry: unknown }> | undefined> {
    if (!can(actor, { action: "register.read" })) return undefined;
    return this.#overRegister(["outlines", year], (r) => r.coordination.processShapes(year));
  }

  /** Per area: the processes running or planned there, with their owners. */
  async parallelReport(actor: Actor) {
    if (!can(actor, { action: "register.read" })) return undefined;
    return this.#overRegister(["parallel"], (r, today) => r.coordination.parallelByArea(today));
  }

  /**
   * Imports a new version of the city's areas from GeoJSON (WGS 84 or SWEREF 99 TM). Every
   * feature is checked, by the domain and by PostGIS; an invalid ring is reported with its
   * reason and nothing is stored. Areas with the same code get a new version from `validFrom`.
   */
  async importAreas(actor: Actor, args: { text: string; validFrom: string; source: string }, meta: AuditMeta = {}): Promise<AreaImportOutcome> {
    if (!can(actor, { action: "areas.manage" })) return { ok: false, error: "forbidden" };
    const problems: AreaProblem[] = [];
    const fields = areaImportSchema.safeParse(args);
    for (const field of ["validFrom", "source"] as const)
      if (fields.error?.issues.some((i) => i.path[0] === field)) problems.push({ feature: 0, code: null, error: field === "validFrom" ? "invalid_date" : "source_missing" });
    const source = fields.data?.source ?? "";
    const read = readAreaFeatures(args.text);
    if (!read.ok) problems.push(...(read.problems ?? []));
    if (problems.length || !read.ok) return { ok: false, error: "invalid", problems };
    const rows = read.value.map((f) => ({ code: f.code, name: f.name, parentCode: f.parentCode, geojson: toMultiPolygonGeoJson(f.geometry), srid: f.geometry.srid }));
    return this.#uow.transaction(async (r): Promise<AreaImportOutcome> => {
      const verdicts = await r.coordination.checkGeometries(rows);
      verdicts.forEach((v, i) => {
        if (!v.valid) problems.push({ feature: read.value[i]!.feature, code: rows[i]!.code, error: "invalid_geometry", detail: v.reason ?? "" });
      });
      if (problems.length) return { ok: false, error: "invalid", problems };
      const batch = randomUUID();
      const result = await r.coordination.importAreas(rows, { validFrom: args.validFrom, source, batch });
      if (result.conflicts.length) return { ok: false, error: "invalid", problems: result.conflicts.map((code) => ({ feature: 0, code, error: "version_exists" as const })) };
      await r.audit.append({ actor, action: "areas.imported", entityType: "area_import", entityId: batch, after: { validFrom: args.validFrom, source, codes: rows.map((x) => x.code), closed: result.closed }, ip: meta.ip ?? null, requestId: meta.requestId ?? null });
      return { ok: true, value: { inserted: result.inserted, closed: result.closed } };
    });
  }
}

export type { RegisterKind };
