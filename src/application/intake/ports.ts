/** Ports for the application form (ansökan): drafts, the area, attachments, case numbers. */
import type { Answers } from "#src/domain/intake/answers.ts";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";

export type AreaSource = "drawn" | "areas" | "geojson";

export interface ApplicationRecord {
  caseId: string;
  caseNumber: string | null;
  diariumNumber: string | null;
  title: string;
  status: CaseStatus;
  processTypeId: string | null;
  committeeId: string;
  committeeCode: string;
  applicantOrganisationId: string | null;
  applicantOrganisationName: string | null;
  answers: Answers;
  areaSource: AreaSource | null;
  areaFileName: string | null;
  /** The chosen city areas, or those the drawn or uploaded boundary touches. */
  areas: Array<{ id: string; name: string }>;
  /** The boundary as GeoJSON (WGS 84), when there is one. */
  geometry: unknown | null;
  areaKm2: number | null;
  currentStep: string | null;
  updatedAt: Date;
  submittedAt: Date | null;
  isDemo: boolean;
}

export interface AttachmentRecord {
  id: string;
  filename: string;
  mediaType: string;
  sizeBytes: number;
  createdAt: Date;
  uploadedByName: string | null;
  purpose: "ansokan" | "komplettering" | "beslut" | "ovrigt";
}

/** What PostGIS says of a boundary before it is stored. */
export interface GeometryCheck {
  valid: boolean;
  /** PostGIS's reason when invalid, e.g. "Self-intersection[13.01 55.6]". */
  reason: string | null;
  areaKm2: number;
}

export interface NewDraft {
  submissionKey: string;
  organisationId: string;
  committeeId: string;
  processTypeId: string;
  createdBy: string;
  title: string;
  answers: Answers;
  at: Date;
}

export interface ApplicationRepository {
  /** Inserts the draft case, its application row and the lead party once per submission key. */
  createDraft(draft: NewDraft): Promise<{ caseId: string; created: boolean; organisationId: string | null }>;
  find(caseId: string): Promise<ApplicationRecord | undefined>;
  saveAnswers(caseId: string, change: { answers: Answers; title: string; currentStep: string; at: Date }): Promise<void>;
  /** Validity and size of a MultiPolygon given as GeoJSON in `srid`. */
  checkGeometry(geojson: string, srid: number): Promise<GeometryCheck>;
  /** Stores a boundary (transformed to WGS 84) and links the city areas it touches. */
  setAreaFromGeometry(caseId: string, change: { geojson: string; srid: number; source: "drawn" | "geojson"; fileName: string | null; at: Date }): Promise<void>;
  /** Links chosen city areas and uses their union as the boundary. */
  setAreaFromAreas(caseId: string, areaIds: string[], at: Date): Promise<void>;
  clearArea(caseId: string, at: Date): Promise<void>;
  /** Takes the next number in the committee's sequence for the year, inside the caller's transaction. */
  nextCaseSequence(committeeId: string, committeeCode: string, year: number): Promise<number>;
  markSubmitted(caseId: string, change: { caseNumber: string | null; title: string; summary: string; themes: string[]; at: Date }): Promise<void>;
  /** Sets the diarium number (and, when `asCaseNumber`, the case number); "taken" when another case has it. */
  setDiariumNumber(caseId: string, diariumNumber: string, asCaseNumber: boolean, at: Date): Promise<"ok" | "taken">;
  caseIdByDiariumNumber(diariumNumber: string): Promise<string | undefined>;
  attachments(caseId: string): Promise<AttachmentRecord[]>;
  addAttachment(file: { caseId: string; uploadedBy: string; filename: string; mediaType: string; bytes: Uint8Array; sha256: string; purpose: AttachmentRecord["purpose"]; submissionKey: string; at: Date }): Promise<{ id: string; created: boolean }>;
  removeAttachment(caseId: string, attachmentId: string): Promise<AttachmentRecord | undefined>;
  attachmentContent(caseId: string, attachmentId: string): Promise<{ filename: string; mediaType: string; bytes: Uint8Array } | undefined>;
  /** The committee's contact persons' addresses (for news of a submitted application). */
  contactPersonEmails(committeeId: string): Promise<string[]>;
}

/** Reads what a file really is from its first bytes. */
export interface FileInspector {
  detectMediaType(bytes: Uint8Array): Promise<string | undefined>;
}
