/** Ports of the residents' viewpoints (synpunkter, issue 11): the activity's public page, entry, import, moderation. */
import type { Phase } from "#src/domain/case/phase.ts";
import type { AgeBand, AreaRelation, Sex, ViewpointSource } from "#src/domain/dialogue/vocabulary.ts";
import type { PageWindow } from "../shared/paging.ts";

/** A dialogue activity as its public page shows it, with its process's title, phase and committee. */
export interface ViewpointActivity {
  id: string;
  caseId: string;
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  placeAddress: string | null;
  /** The last day viewpoints are taken (YYYY-MM-DD), or null. */
  consultationEndsOn: string | null;
  caseTitle: string;
  phase: Phase;
  /** The committee of the process: responsible for the personal data (personuppgiftsansvarig). */
  committeeName: { sv: string; en: string };
}

export interface NewViewpoint {
  caseId: string;
  activityId: string | null;
  body: string;
  source: ViewpointSource;
  ageBand: AgeBand | null;
  sex: Sex | null;
  relations: AreaRelation[];
  /** The form's key: the same form sent twice stores one viewpoint. */
  submissionKey: string | null;
  enteredBy: string | null;
  at: Date;
  /** The language it is written in (a BCP 47 code; migration 0029). */
  language: string;
}

/** Who moderated, when and why. */
export interface Moderation {
  at: Date;
  byName: string | null;
  reason: string;
}

export interface ViewpointRecord {
  id: string;
  caseId: string;
  activityId: string | null;
  activityTitle: string | null;
  body: string;
  source: ViewpointSource;
  ageBand: AgeBand | null;
  sex: Sex | null;
  relations: AreaRelation[];
  receivedAt: Date;
  /** The language it is written in (a BCP 47 code). */
  language: string;
  enteredByName: string | null;
  hidden: Moderation | null;
  redacted: Moderation | null;
}

/** An activity of the process, to choose or filter by. */
export interface ActivityOption {
  id: string;
  title: string;
  startsAt: Date;
}

export interface ViewpointFilter {
  activityId?: string | undefined;
}

export interface ViewpointRepository {
  /** The activity with this public address, joined with its process's title, phase and committee (one query). */
  publicActivity(slug: string): Promise<ViewpointActivity | undefined>;
  /** Stores a viewpoint; a submission key already used stores nothing and answers the earlier viewpoint's id. */
  insert(viewpoint: NewViewpoint): Promise<{ id: string; created: boolean }>;
  /** Stores many viewpoints (an import), in one statement. */
  insertMany(viewpoints: NewViewpoint[]): Promise<number>;
  /** The id of the viewpoint stored with this submission key, if any. */
  bySubmissionKey(key: string): Promise<string | undefined>;
  /** The texts given on the activity since `since`, newest first, at most `limit`. */
  recentBodies(activityId: string, since: Date, limit: number): Promise<string[]>;
  /** The process's title. */
  caseTitle(caseId: string): Promise<string | undefined>;
  /** The process's dialogue activities, in time order. */
  activities(caseId: string): Promise<ActivityOption[]>;
  count(caseId: string, filter: ViewpointFilter): Promise<number>;
  /** One page of the process's viewpoints, newest first. */
  page(caseId: string, filter: ViewpointFilter, window: PageWindow): Promise<ViewpointRecord[]>;
  find(caseId: string, id: string, opts?: { forUpdate?: boolean }): Promise<ViewpointRecord | undefined>;
  hide(id: string, moderation: { by: string; reason: string; at: Date }): Promise<void>;
  show(id: string): Promise<void>;
  /** Replaces the text (the original is not kept) and records who, when and why. */
  redact(id: string, change: { body: string; by: string; reason: string; at: Date }): Promise<void>;
}
