/** Ports for coordination: the register of local processes, overlaps, areas import. */
import type { ProcessFacts } from "#src/domain/coordination/process.ts";
import type { PageWindow } from "../shared/paging.ts";

export type RegisterKind = "process" | "case";

export interface ProcessRecord {
  id: string;
  kind: RegisterKind;
  name: string;
  ownerKind: string;
  ownerName: string;
  contactName: string | null;
  contactEmail: string | null;
  themes: string[];
  startsOn: string;
  endsOn: string | null;
  status: string;
  link: string | null;
  caseId: string | null;
  caseNumber: string | null;
  areas: Array<{ code: string; name: string }>;
  hasGeometry: boolean;
  isDemo: boolean;
}

export interface ProcessFilter {
  areaCode?: string;
  theme?: string;
  status?: string;
  ownerKind?: string;
  kind?: RegisterKind;
}

/** A process that meets the subject in space and time, with PostGIS's area shares. */
export interface OverlapCandidate {
  id: string;
  kind: RegisterKind;
  name: string;
  ownerKind: string;
  ownerName: string;
  themes: string[];
  startsOn: string;
  endsOn: string | null;
  status: string;
  caseNumber: string | null;
  shareOfSubject: number;
  shareOfOther: number;
}

export interface SubjectFacts {
  themes: string[];
  startsOn: string;
  endsOn: string | null;
  hasGeometry: boolean;
}

export interface CoordinationRecord {
  id: string;
  registerId: string;
  registerKind: RegisterKind;
  name: string;
  how: string;
  recordedByName: string;
  createdAt: Date;
}

export interface AreaVersionRow {
  code: string;
  name: string;
  parentCode: string | null;
  geojson: string;
  srid: number;
}

export interface CoordinationRepository {
  /** One page of the register: running and planned first, then the latest start; ties broken by id. */
  listProcesses(filter: ProcessFilter, window: PageWindow): Promise<ProcessRecord[]>;
  countProcesses(filter: ProcessFilter): Promise<number>;
  findInRegister(id: string): Promise<ProcessRecord | undefined>;
  subject(id: string): Promise<SubjectFacts | undefined>;
  /** Processes whose geometry intersects the subject's and whose periods meet it. */
  overlaps(id: string): Promise<OverlapCandidate[]>;
  insertProcess(p: ProcessFacts & { areaIds: string[]; geojson: string | null; srid: number; createdBy: string; source: "formular" | "csv"; importBatch: string | null; submissionKey: string | null; at: Date }): Promise<{ id: string; created: boolean }>;
  /** Current area ids by code. */
  areaIdsByCode(onDate: string): Promise<Map<string, string>>;
  coordinations(caseId: string): Promise<CoordinationRecord[]>;
  addCoordination(c: { caseId: string; registerId: string; registerKind: RegisterKind; how: string; recordedBy: string; submissionKey: string; at: Date }): Promise<{ id: string; created: boolean }>;
  /** Per current area: the running and planned processes that touch it. */
  parallelByArea(onDate: string): Promise<Array<{ areaCode: string; areaName: string; processes: Array<{ id: string; kind: RegisterKind; name: string; ownerName: string; ownerKind: string; status: string; caseNumber: string | null }> }>>;
  /** For the equity view: the current areas, each register entry's years per area it touches, and grants per area and year. */
  equityFacts(onDate: string): Promise<{ areas: Array<{ code: string; name: string }>; spans: Array<{ areaCode: string; startYear: number; endYear: number | null; entries: number }>; grants: Array<{ areaCode: string; year: number; amountSek: number }> }>;
  /** Outlines of the register entries running in the year, simplified for a map. */
  processShapes(year: number): Promise<Array<{ id: string; kind: RegisterKind; name: string; geometry: unknown }>>;
  /** PostGIS's validity verdict for each geometry. */
  checkGeometries(rows: Array<{ geojson: string; srid: number }>): Promise<Array<{ valid: boolean; reason: string | null }>>;
  /** Closes the current version of each code (valid_to = validFrom) and inserts the new ones. */
  importAreas(rows: AreaVersionRow[], args: { validFrom: string; source: string; batch: string }): Promise<{ inserted: number; closed: number; conflicts: string[] }>;
}

/** Reads a CSV file into rows keyed by normalised header; a line number per row for messages. */
export interface TableReader {
  read(text: string): { ok: true; header: string[]; rows: Array<{ line: number; values: Record<string, string> }> } | { ok: false; line: number; message: string };
}
