/** Ports of the actor mapping and of city-initiated processes (issue 11): the repository `actors`. */
import type { ActorRole, ActorType } from "#src/domain/collaboration/actor-mapping.ts";

/** An actor as the mapping keeps it. */
export interface ActorFields {
  name: string;
  type: ActorType;
  role: ActorRole;
  /** The organisation registered in Samverka it is linked to, if any. */
  organisationId: string | null;
  orgNumber: string | null;
  contactName: string | null;
  email: string | null;
  phone: string | null;
  reachedHow: string | null;
  reachedOn: string | null;
  notes: string;
}

export interface ProcessActorRecord extends ActorFields {
  id: string;
  caseId: string;
  /** The linked organisation's name in Samverka (null when not linked). */
  organisationName: string | null;
  updatedAt: Date;
}

/** An actor organisation registered in Samverka, as the mapping links to it. */
export interface RegisteredOrganisation {
  id: string;
  name: string;
  orgNumber: string | null;
}

export interface NewCityProcess {
  title: string;
  summary: string;
  committeeId: string;
  processTypeId: string;
  caseNumber: string | null;
  startedOn: string;
  contactPersonId: string | null;
  createdBy: string;
  submissionKey: string;
  at: Date;
}

export interface ActorRepository {
  /** The process's actors, with the linked organisation's name (one query). */
  list(caseId: string): Promise<ProcessActorRecord[]>;
  find(caseId: string, actorId: string): Promise<ProcessActorRecord | undefined>;
  /** Adds actors; a submission key already used adds nothing and answers the first actor's id. */
  insert(caseId: string, actors: ReadonlyArray<ActorFields & { submissionKey: string | null }>, meta: { by: string; importBatch: string | null; at: Date }): Promise<{ ids: string[]; created: boolean }>;
  update(caseId: string, actorId: string, fields: ActorFields, by: string, at: Date): Promise<void>;
  remove(caseId: string, actorId: string): Promise<void>;
  /** How many actors an import batch added (0: not imported yet). */
  batchSize(caseId: string, batch: string): Promise<number>;
  /** The registered actor organisations, by name (for choosing a link). */
  organisations(): Promise<RegisteredOrganisation[]>;
  organisation(id: string): Promise<RegisteredOrganisation | undefined>;
  /** The registered organisations with these numbers (NNNNNN-NNNN). */
  organisationsByNumber(numbers: readonly string[]): Promise<RegisteredOrganisation[]>;

  /** Creates the city's process (phase initiering until its start event is recorded), once per submission key. */
  createCityProcess(p: NewCityProcess): Promise<{ caseId: string; created: boolean; createdBy: string | null }>;
  /** Sets the process's areas and its boundary (their union). */
  setAreas(caseId: string, areaIds: readonly string[], at: Date): Promise<void>;
  isCityInitiated(caseId: string): Promise<boolean>;
  /** The e-mail addresses of an organisation's active users, sorted. */
  activeUserEmails(organisationId: string): Promise<string[]>;
}
