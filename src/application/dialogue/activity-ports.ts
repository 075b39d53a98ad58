/**
 * Ports of the dialogue activities (issue 11): the activities' table, their public addresses,
 * their calendar files and the QR code on their posters. Adapters implement them: the database
 * (src/adapters/db/repositories/activities.ts), node:crypto, the `ics` and `uqr` packages.
 */
import type { Phase } from "#src/domain/case/phase.ts";
import type { GeoPoint } from "#src/domain/dialogue/activity.ts";
import type { ParticipationCell } from "#src/domain/dialogue/participation.ts";
import type { ActivityType, ParticipationDimension, TargetGroup } from "#src/domain/dialogue/vocabulary.ts";

/** An activity's facts as they are kept. */
export interface ActivityValues {
  title: string;
  activityType: ActivityType;
  description: string;
  startsAt: Date;
  endsAt: Date;
  placeAddress: string | null;
  point: GeoPoint | null;
  targetGroups: TargetGroup[];
  accessibility: string;
  languages: string[];
  consultationEndsOn: string | null;
}

/** One dimension's counts, in the dimension's order of categories. */
export interface ParticipationRecord {
  total: number | null;
  dimensions: Array<{ dimension: ParticipationDimension; cells: ParticipationCell[] }>;
}

export interface ActivityRecord extends ActivityValues {
  id: string;
  caseId: string;
  publicSlug: string;
  participation: ParticipationRecord;
}

/** What the public page of an activity (/synpunkt/<slug>) needs, with the process it belongs to. */
export interface PublicActivityRecord {
  /** For the viewpoint's own records (the public page does not show them). */
  activityId: string;
  caseId: string;
  title: string;
  activityType: ActivityType;
  description: string;
  startsAt: Date;
  endsAt: Date;
  placeAddress: string | null;
  point: GeoPoint | null;
  targetGroups: TargetGroup[];
  accessibility: string;
  languages: string[];
  consultationEndsOn: string | null;
  publicSlug: string;
  processTitle: string;
  phase: Phase;
}

export interface ActivityRepository {
  /** The case's activities, by start (two queries, however many there are). */
  list(caseId: string): Promise<ActivityRecord[]>;
  /** One activity of the case; undefined if it is not the case's. */
  find(caseId: string, activityId: string): Promise<ActivityRecord | undefined>;
  /** Creates it once per submission key: a second call with the same key finds the first. */
  create(caseId: string, values: ActivityValues, extra: { publicSlug: string; submissionKey: string; createdBy: string; at: Date }): Promise<{ id: string; created: boolean }>;
  update(activityId: string, values: ActivityValues, at: Date): Promise<void>;
  remove(activityId: string): Promise<void>;
  /** Replaces the activity's participation figures. */
  recordParticipation(activityId: string, participation: ParticipationRecord, at: Date): Promise<void>;
  slugTaken(slug: string): Promise<boolean>;
  /** The activity with this public address, with its process's title and phase. */
  bySlug(slug: string): Promise<PublicActivityRecord | undefined>;
}

/** Makes new public addresses: random lowercase letters and digits. */
export interface SlugSource {
  newSlug(): string;
}

/** One event of a calendar file. Times are moments (written in UTC). */
export interface CalendarEvent {
  uid: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  location: string | null;
  point: GeoPoint | null;
  url: string | null;
  updatedAt?: Date;
}

/** Writes an iCalendar file (RFC 5545) with one event; text from users stays text. */
export interface CalendarWriter {
  event(event: CalendarEvent): string;
}

/** A QR code's modules, row by row (true = dark), for a page to draw as SVG. */
export interface QrCodeMaker {
  modules(text: string): boolean[][];
}
