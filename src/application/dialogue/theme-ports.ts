/** Ports of the suggested themes and the compilation (issue 11). */
import type { ActivityType, ParticipationDimension } from "#src/domain/dialogue/vocabulary.ts";
import type { ThemeOrigin, ThemeStatus, Token } from "#src/domain/dialogue/themes.ts";

/**
 * Swedish text analysis, done locally (src/adapters/text/swedish-text.ts): the content words of a
 * text (lower case, Swedish stopwords and one-letter words removed), each with its Snowball stem.
 */
export interface SwedishText {
  analyse(text: string): Token[];
}

/** A visible viewpoint as the themes read it (hidden ones are never read here). */
export interface ThemeViewpoint {
  id: string;
  body: string;
  ageBand: string | null;
  relations: string[];
  /** Personal data in it was redacted (its text is the redacted text). */
  redacted: boolean;
  receivedAt: Date;
  activityTitle: string | null;
  /** The language it is written in (a BCP 47 code): the suggestion reads the Swedish ones only. */
  language: string;
}

export interface ThemeRecord {
  id: string;
  name: string;
  status: ThemeStatus;
  origin: ThemeOrigin;
  keywords: string[];
  stems: string[];
  mergedInto: string | null;
  /** When a person last decided on it (accepted, rejected, renamed, merged into it); null: untouched. */
  decidedAt: Date | null;
}

export interface ThemeTag {
  viewpointId: string;
  themeId: string;
  how: ThemeOrigin;
}

/** A dialogue activity as the compilation lists it. */
export interface CompilationActivity {
  id: string;
  title: string;
  type: ActivityType;
  startsAt: Date;
  targetGroups: string[];
  participantsTotal: number | null;
  /**
   * The participation by sex, age band and disability, as counted (the repository's) or as the
   * compilation shows it: small counts suppressed (src/domain/dialogue/participation.ts), since
   * the compilation is read outside the group and becomes public.
   */
  participation: Array<{ dimension: ParticipationDimension; cells: Array<{ category: string; count: number | null }> }>;
}

export interface NewTheme {
  caseId: string;
  name: string;
  status: ThemeStatus;
  origin: ThemeOrigin;
  keywords: string[];
  stems: string[];
  createdBy: string;
  submissionKey: string | null;
  at: Date;
}

export interface ThemeRepository {
  /** The case's viewpoints that are not hidden, oldest first. */
  visibleViewpoints(caseId: string): Promise<ThemeViewpoint[]>;
  /** Every theme of the case (rejected and merged ones too), oldest first. */
  themes(caseId: string): Promise<ThemeRecord[]>;
  /** Every tag on the case's themes (of hidden viewpoints too: the counts leave those out). */
  tags(caseId: string): Promise<ThemeTag[]>;
  /** Deletes the suggestions nobody has decided on or tagged by hand (their suggested tags go with them); how many. */
  deleteUntouchedSuggestions(caseId: string): Promise<number>;
  /** Adds a theme; with a submission key already used, the theme made then (created false). */
  insertTheme(theme: NewTheme): Promise<{ id: string; created: boolean }>;
  /** The theme of the case added with this submission key, if any. */
  bySubmissionKey(caseId: string, submissionKey: string): Promise<string | undefined>;
  /** Tags viewpoints with a theme; a tag already there stays as it is. How many were new. */
  tag(themeId: string, viewpointIds: readonly string[], how: ThemeOrigin, by: string | null, at: Date): Promise<number>;
  /** Removes a tag; whether there was one. */
  untag(themeId: string, viewpointId: string): Promise<boolean>;
  /** A person's decision on a theme: its status and/or name. */
  decide(themeId: string, change: { status?: ThemeStatus; name?: string }, by: string, at: Date): Promise<void>;
  /** Moves the sources' tags to the target (a tag by a person wins) and marks them merged into it. */
  merge(targetId: string, sourceIds: readonly string[], by: string, at: Date): Promise<void>;
  /** The case's dialogue activities, in the order they were held. */
  activities(caseId: string): Promise<CompilationActivity[]>;
}

/** The compilation (sammanställning) as its documents lay it out. */
export interface Compilation {
  caseId: string;
  title: string;
  caseNumber: string | null;
  /** The day it was made (YYYY-MM-DD, Stockholm). */
  madeOn: string;
  viewpointCount: number;
  byGroup: Record<string, number>;
  themes: Array<{ id: string; name: string; count: number; byGroup: Record<string, number>; quotes: Array<{ text: string; redacted: boolean }> }>;
  untaggedCount: number;
  activities: CompilationActivity[];
}

/** Lays out the compilation as DOCX and PDF (src/adapters/documents/compilation.ts). */
export interface CompilationRenderer {
  docx(c: Compilation): Promise<Uint8Array>;
  pdf(c: Compilation): Promise<Uint8Array>;
}
