/**
 * The committee's yearly report (issue 12; seed 004: "redovisas arbetet i var nämnd/bolags
 * årsanalys"): per committee and year, what was funded (the approved efforts running that year,
 * with the city's contribution), where (the processes' areas), and with what outcome (the
 * processes' phase, answer 1 of an approved result report, the goals' values that year). For the
 * city's staff: a committee's staff see their own committees; analysts and administrators all.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import { swedishYear } from "#src/domain/dates.ts";
import { isStaff } from "#src/domain/roles.ts";
import type { Clock, CsvCell, CsvWriter, UnitOfWork } from "../shared/ports.ts";
import type { YearlyReportProcess } from "./ports.ts";

/** A plain document: a title, then sections of paragraphs and tables (the renderer lays it out as DOCX or PDF). */
export interface PlainDocument {
  title: string;
  subtitle: string;
  documentTitle: string;
  author: string;
  sections: Array<{ heading: string; paragraphs: string[]; table?: { head: string[]; rows: string[][] } }>;
  footer: string;
}

export interface PlainDocumentRenderer {
  docx(d: PlainDocument): Promise<Uint8Array>;
  pdf(d: PlainDocument): Promise<Uint8Array>;
}

export interface YearlyReportView {
  year: number;
  /** The committees the actor may report on; `committeeId` is the one shown (null: all of them). */
  committees: Array<{ id: string; code: string; name: string }>;
  committee: { id: string; code: string; name: string } | null;
  /** Whether the actor may choose all committees together (analysts and administrators). */
  mayChooseAll: boolean;
  processes: YearlyReportProcess[];
  totals: { processes: number; efforts: number; approvedCitySek: number };
}

const CITY_WIDE = new Set(["analytiker", "administrator"]);

export class YearlyReportService {
  readonly #uow: UnitOfWork;
  readonly #clock: Clock;
  readonly #csv: CsvWriter;
  readonly #documents: PlainDocumentRenderer;

  constructor(deps: { uow: UnitOfWork; clock: Clock; csvWriter: CsvWriter; documents: PlainDocumentRenderer }) {
    this.#uow = deps.uow;
    this.#clock = deps.clock;
    this.#csv = deps.csvWriter;
    this.#documents = deps.documents;
  }

  /** The report for a year and a committee (by code); undefined for those who may not read it. */
  async report(actor: Actor, query: { year?: number | null; committee?: string | null }): Promise<YearlyReportView | undefined> {
    if (!isStaff(actor.role)) return undefined;
    const cityWide = CITY_WIDE.has(actor.role);
    if (!cityWide && actor.committeeIds.length === 0) return undefined;
    const year = query.year && query.year >= 2000 && query.year <= 2100 ? query.year : swedishYear(this.#clock.now());
    return this.#uow.read(async (r) => {
      const all = await r.results.committees();
      const committees = cityWide ? all : all.filter((c) => actor.committeeIds.includes(c.id));
      const asked = committees.find((c) => c.code === query.committee) ?? null;
      // Staff of one committee see it; of several, the one asked for or the first. City-wide roles may see all.
      const committee = asked ?? (cityWide ? null : (committees[0] ?? null));
      const ids = committee ? [committee.id] : cityWide ? null : committees.map((c) => c.id);
      const processes = await r.results.yearlyReport(ids, year);
      return {
        year,
        committees,
        committee,
        mayChooseAll: cityWide,
        processes,
        totals: {
          processes: processes.length,
          efforts: processes.reduce((s, p) => s + p.efforts.length, 0),
          approvedCitySek: processes.reduce((s, p) => s + p.efforts.reduce((t, e) => t + e.approvedCitySek, 0), 0),
        },
      };
    });
  }

  /** The report as CSV rows (headers and words from the caller's catalogue), formula-safe. */
  csv(rows: readonly (readonly CsvCell[])[]): string {
    return this.#csv.write(rows, { forSpreadsheets: true });
  }

  docx(d: PlainDocument): Promise<Uint8Array> {
    return this.#documents.docx(d);
  }

  pdf(d: PlainDocument): Promise<Uint8Array> {
    return this.#documents.pdf(d);
  }
}
