/**
 * The library of lessons across processes (lärdomar; issue 12). The table is `lesson`
 * (migration 0023); a lesson belongs to one process and says where it came from. Beside it: the
 * comparison of processes and the network of actors with its meetings (migration 0028).
 */
import type { SizeBand } from "#src/domain/learning/library.ts";
import type { NetworkActorEntry } from "#src/domain/learning/network.ts";

export type LessonSource = "resultatrapport" | "arsuppfoljning" | "natverk" | "manuell";

export interface NewLesson {
  caseId: string;
  source: LessonSource;
  title: string;
  body: string;
  /** The process's phase when the lesson was recorded. */
  phase: string;
  createdBy: string | null;
  /** A form's key: a second add with the same key adds nothing (see `bySubmissionKey`). */
  submissionKey?: string | null;
}

/** What the library is searched for: the user's words (letters and digits only) and the filters. */
export interface LessonQuery {
  words: readonly string[];
  areaId: string | null;
  theme: string | null;
  phase: string | null;
  size: { minSek: number; maxSek: number | null } | null;
  source: LessonSource | null;
  limit: number;
  offset: number;
}

/** A lesson found: its process, and (with words) its rank and an excerpt with markers around the matches. */
export interface LessonHit {
  id: string;
  caseId: string;
  caseTitle: string;
  caseNumber: string | null;
  source: LessonSource;
  title: string;
  phase: string;
  createdAt: Date;
  /** An excerpt of the body; matched words between HIGHLIGHT_START and HIGHLIGHT_STOP (src/domain/learning/library.ts). */
  excerpt: string;
  rank: number | null;
}

export interface LessonRecord {
  id: string;
  caseId: string;
  caseTitle: string;
  caseNumber: string | null;
  source: LessonSource;
  title: string;
  body: string;
  phase: string;
  createdAt: Date;
  createdByName: string | null;
}

export interface LessonRepository {
  /** Adds a lesson; returns its id. */
  add(lesson: NewLesson): Promise<string>;
  /** The lesson a form with this key added, if any. */
  bySubmissionKey(key: string): Promise<{ id: string; caseId: string } | undefined>;
  /**
   * The lessons that match, best first (by rank, then newest) with words, newest first without;
   * `total`: how many match in all. With words whose stems are all stop words, `usable` is false.
   */
  search(query: LessonQuery): Promise<{ total: number; usable: boolean; hits: LessonHit[] }>;
  byId(id: string): Promise<LessonRecord | undefined>;
  /** A process's title. */
  caseTitle(caseId: string): Promise<string | undefined>;
  /** A process's lessons, newest first. */
  ofCase(caseId: string): Promise<LessonRecord[]>;
  /** The themes (of the coordination's list) that some process with a lesson has, sorted. */
  themesInUse(): Promise<string[]>;
}

/** A process one may choose to compare. */
export interface ComparableProcess {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: string;
  committeeId: string;
  committeeCode: string;
  areaIds: string[];
}

/** The figures of one process for the comparison, read in a fixed number of queries for any number of processes. */
export interface ComparisonFigures {
  caseId: string;
  title: string;
  caseNumber: string | null;
  phase: string;
  committeeCode: string;
  /** The sum of the approved efforts' city contribution. */
  approvedCitySek: number;
  /** The actors' own contribution on the approved efforts' budget lines: money and valued resources. */
  actorsOwnSek: number;
  effortsApproved: number;
  /** Approved efforts whose period has ended by `today`. */
  effortsEnded: number;
  /** The approved efforts' first start and last end. */
  startsOn: string | null;
  endsOn: string | null;
  /** When the process began its samarbetsfas (or was started by the city) and when it was closed. */
  startedAt: Date | null;
  closedAt: Date | null;
  activities: number;
  participantsTotal: number;
  /** The participants by sex summed over the activities, to be suppressed before they are shown. */
  participantsBySex: Array<{ category: string; count: number }>;
  lessons: number;
}

export interface ComparisonRepository {
  /** The processes that have come to their samarbetsfas or later, by title. */
  processes(): Promise<ComparableProcess[]>;
  figures(caseIds: readonly string[], today: string): Promise<ComparisonFigures[]>;
  /**
   * What the city has paid out so far per process (the budget follow-up's payments; 0 when none
   * yet), or null where it is not known.
   */
  paidSoFarSek(caseIds: readonly string[]): Promise<Map<string, number | null>>;
}

/** A mapped actor of a process as the network reads it, with its process. */
export interface NetworkEntry extends NetworkActorEntry {
  caseTitle: string;
  caseNumber: string | null;
  casePhase: string;
}

export interface NetworkMeetingValues {
  title: string;
  startsAt: Date;
  endsAt: Date;
  place: string;
  agenda: string;
}

export interface NetworkMeetingRecord extends NetworkMeetingValues {
  id: string;
  notes: string;
  notesUpdatedAt: Date | null;
  publicSlug: string;
  createdByName: string | null;
  createdAt: Date;
  invited: number;
}

export interface NetworkInvitationRecord {
  email: string;
  name: string;
  processActorId: string | null;
  invitedAt: Date;
  invitedByName: string | null;
}

export interface NetworkRepository {
  /** Every mapped actor of every process, with its process's title and phase. */
  entries(): Promise<NetworkEntry[]>;
  /** The areas of the processes that have mapped actors: (case, area) pairs. */
  caseAreas(): Promise<Array<{ caseId: string; areaId: string }>>;
  /** The mapped actors with these ids (for an invitation). */
  entriesById(ids: readonly string[]): Promise<NetworkEntry[]>;
  meetings(): Promise<NetworkMeetingRecord[]>;
  meeting(id: string): Promise<NetworkMeetingRecord | undefined>;
  meetingBySlug(slug: string): Promise<NetworkMeetingRecord | undefined>;
  meetingBySubmissionKey(key: string): Promise<string | undefined>;
  createMeeting(m: NetworkMeetingValues & { publicSlug: string; submissionKey: string | null; createdBy: string; at: Date }): Promise<string>;
  saveNotes(id: string, notes: string, at: Date): Promise<void>;
  invitations(meetingId: string): Promise<NetworkInvitationRecord[]>;
  /** Records the invitations; returns the addresses that were new (an address is invited once). */
  invite(meetingId: string, rows: ReadonlyArray<{ email: string; name: string; processActorId: string; organisationId: string | null }>, by: string, at: Date): Promise<string[]>;
  /** The processes the meeting's notes were made lessons of. */
  meetingLessons(meetingId: string): Promise<Array<{ caseId: string; lessonId: string; caseTitle: string }>>;
  /** Ties the meeting's lesson to the process; false when the meeting already made one for it. */
  linkLesson(meetingId: string, caseId: string, lessonId: string): Promise<boolean>;
}

export type { SizeBand };
