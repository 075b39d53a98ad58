/**
 * Processes side by side (issue 12), for the city's staff (`comparison.read`): cost (the city's
 * approved contribution, the actors' own, paid so far where known), duration (the approved
 * efforts' period, and when the process began and was closed), participation (activities and
 * participants; the breakdown by sex with small counts suppressed, as everywhere outside the
 * group) and outcomes (efforts approved, efforts whose period has ended, lessons, phase). The
 * figures of any number of processes are read in a fixed number of queries.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { can } from "#src/domain/access/policy.ts";
import { swedishDay } from "#src/domain/dates.ts";
import { suppressCells, type ShownCell } from "#src/domain/dialogue/participation.ts";
import { SEXES } from "#src/domain/dialogue/vocabulary.ts";
import type { AreaName, Clock, CsvCell, CsvWriter, UnitOfWork } from "../shared/ports.ts";
import type { ComparableProcess, ComparisonFigures } from "./ports.ts";
import { comparisonSchema, type ComparisonInput } from "./schemas.ts";

/** At most this many processes side by side (a table wider than this is no longer read). */
export const MAX_COMPARED = 12;

export interface ComparedProcess extends Omit<ComparisonFigures, "participantsBySex"> {
  paidSoFarSek: number | null;
  participantsBySex: ShownCell[];
}

export interface ComparisonPage {
  chosen: string[];
  areaId: string | null;
  phase: string | null;
  /** The processes to choose from, after the list's filters (the chosen ones always among them). */
  processes: ComparableProcess[];
  compared: ComparedProcess[];
  /** More were ticked than can be compared: the first MAX_COMPARED are. */
  cut: boolean;
  areas: AreaName[];
}

/** The words of the CSV file, from the catalogue of the person who downloads it. */
export interface ComparisonCsvWords {
  headers: readonly string[];
  phase: (code: string) => string;
  /** A count too small to show. */
  hidden: string;
}

export class ProcessComparison {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #csv: CsvWriter;

  constructor(deps: { uow: UnitOfWork; clock: Clock; csvWriter: CsvWriter }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#csv = deps.csvWriter;
  }

  async view(actor: Actor, input: ComparisonInput): Promise<ComparisonPage | undefined> {
    if (!can(actor, { action: "comparison.read" })) return undefined;
    const f = comparisonSchema.parse(input);
    const today = swedishDay(this.#clock.now());
    return this.#uow.read(async (r) => {
      const [all, areas] = await Promise.all([r.comparison.processes(), r.areas.currentNames(today)]);
      const known = new Set(all.map((p) => p.caseId));
      const chosen = f.p.filter((id) => known.has(id));
      const compared = chosen.slice(0, MAX_COMPARED);
      const [figures, paid] = compared.length > 0 ? await Promise.all([r.comparison.figures(compared, today), r.comparison.paidSoFarSek(compared)]) : [[], new Map<string, number | null>()];
      const byId = new Map(figures.map((x) => [x.caseId, x]));
      const shown = (p: ComparableProcess) => compared.includes(p.caseId) || ((f.omrade === null || p.areaIds.includes(f.omrade)) && (f.fas === null || p.phase === f.fas));
      return {
        chosen: compared,
        areaId: f.omrade,
        phase: f.fas,
        processes: all.filter(shown),
        compared: compared.flatMap((id) => {
          const x = byId.get(id);
          return x ? [{ ...x, paidSoFarSek: paid.get(id) ?? null, participantsBySex: suppressCells(SEXES.map((s) => ({ category: s, count: x.participantsBySex.find((c) => c.category === s)?.count ?? 0 }))) }] : [];
        }),
        cut: chosen.length > MAX_COMPARED,
        areas,
      };
    });
  }

  /** The comparison as CSV (formula-looking text defused by the writer); undefined for whoever may not read it. */
  async csv(actor: Actor, input: ComparisonInput, words: ComparisonCsvWords): Promise<string | undefined> {
    const page = await this.view(actor, input);
    if (!page) return undefined;
    const rows: CsvCell[][] = [[...words.headers]];
    const cell = (c: ShownCell | undefined): CsvCell => (c === undefined ? null : c.count === null ? words.hidden : c.count);
    for (const p of page.compared) {
      rows.push([
        p.title,
        p.caseNumber,
        words.phase(p.phase),
        p.approvedCitySek,
        p.actorsOwnSek,
        p.paidSoFarSek,
        p.startsOn,
        p.endsOn,
        p.startedAt ? swedishDay(p.startedAt) : null,
        p.closedAt ? swedishDay(p.closedAt) : null,
        p.activities,
        p.participantsTotal,
        ...SEXES.map((s) => cell(p.participantsBySex.find((c) => c.category === s))),
        p.effortsApproved,
        p.effortsEnded,
        p.lessons,
      ]);
    }
    return this.#csv.write(rows, { forSpreadsheets: true });
  }
}

/** The CSV's columns, in order: the page gives a header for each (from its catalogue). */
export const COMPARISON_CSV_COLUMNS = ["process", "caseNumber", "phase", "approvedCity", "actorsOwn", "paidSoFar", "startsOn", "endsOn", "started", "closed", "activities", "participants", ...SEXES.map((s) => `sex.${s}`), "effortsApproved", "effortsEnded", "lessons"] as const;
