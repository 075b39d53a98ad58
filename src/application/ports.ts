/**
 * What the use cases need from the outside world. Adapters implement these; the composition
 * root (src/web/server/main.ts) wires them. Nothing here knows about Kysely, HTTP or SMTP.
 */
import type { Actor } from "../domain/access/actor.ts";
import type { CaseFacts } from "../domain/access/policy.ts";
import type { CaseStatus } from "../domain/case/lifecycle.ts";
import type { ProcessTypeDefinition } from "../domain/process-type/definition.ts";
import type { Phase } from "../domain/case/phase.ts";
import type { Role } from "../domain/roles.ts";

export interface Clock {
  now(): Date;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface MailTransport {
  /** True when mail leaves the system (SMTP); false when it is only kept in the outbox. */
  readonly delivers: boolean;
  send(mail: OutgoingMail): Promise<void>;
}

// ---- records as the use cases see them -------------------------------------------------

export interface UserCredentials {
  id: string;
  email: string;
  passwordHash: string;
  disabled: boolean;
  organisationId: string;
}

export interface SessionRecord {
  tokenHash: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
}

export interface CaseSummary {
  id: string;
  caseNumber: string | null;
  title: string;
  phase: Phase;
  status: string;
  applicantOrganisationId: string | null;
  applicantOrganisationName: string | null;
  committeeId: string;
  committeeCode: string;
  updatedAt: Date;
  /** Codes of the city areas the case touches (for its area's need). */
  areaCodes: string[];
}

export interface CaseDetail extends CaseSummary {
  summary: string;
  contactPersonName: string | null;
  /** The case's contact person at the city (who to reach, and who is told of the applicant's messages). */
  contactPersonId: string | null;
  contactPersonEmail: string | null;
  grantedAmountSek: number | null;
  startedOn: string | null;
  areaNames: string[];
  geometry: unknown | null;
  isDemo: boolean;
}

export interface AuditEntry {
  id: number;
  occurredAt: Date;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface NewAuditEntry {
  actor: Actor | null;
  /** Used when there is no signed-in actor (e.g. "system", or the e-mail typed at sign-in). */
  actorLabel?: string;
  action: string;
  entityType: string;
  entityId: string;
  organisationId?: string | null;
  before?: unknown;
  after?: unknown;
  ip?: string | null;
  requestId?: string | null;
}

export interface OutboxEntry {
  id: string;
  createdAt: Date;
  to: string;
  subject: string;
  /** The copy staff may see: every secret replaced by a placeholder. */
  text: string;
  status: "pending" | "sent" | "failed" | "kept";
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
}

/** A claimed mail as the delivery sees it. */
export interface OutboxDelivery extends OutboxEntry {
  /**
   * The text for the recipient, secrets included. Null when the mail had secrets that are gone
   * (expired, wiped, or never stored because mail was only kept): such a mail is not sent.
   */
  deliveryText: string | null;
}

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationName: string;
  lockedUntil: Date | null;
  disabled: boolean;
}

export interface AreaListItem {
  id: string;
  code: string;
  name: string;
  validFrom: string;
  validTo: string | null;
  source: string;
  isInvented: boolean;
  areaKm2: number;
  caseCount: number;
}

// ---- repositories -------------------------------------------------------------------------

export interface UserRepository {
  findCredentialsByEmail(email: string): Promise<UserCredentials | undefined>;
  findActor(userId: string): Promise<Actor | undefined>;
  setPasswordHash(userId: string, hash: string): Promise<void>;
  list(): Promise<UserListItem[]>;
}

export interface SessionRepository {
  create(session: { tokenHash: string; userId: string; createdAt: Date; expiresAt: Date; userAgent: string | null; ip: string | null }): Promise<void>;
  find(tokenHash: string): Promise<SessionRecord | undefined>;
  touch(tokenHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  deleteAllForUser(userId: string): Promise<number>;
  countForUser(userId: string): Promise<number>;
}

export interface PasswordResetRepository {
  create(reset: { tokenHash: string; userId: string; expiresAt: Date }): Promise<void>;
  /** Marks the token used and returns its user, if the token exists, is unused and unexpired. */
  consume(tokenHash: string, now: Date): Promise<string | undefined>;
  isUsable(tokenHash: string, now: Date): Promise<boolean>;
}

export interface AuditRepository {
  append(entry: NewAuditEntry): Promise<void>;
  forEntity(entityType: string, entityId: string): Promise<AuditEntry[]>;
  latest(limit: number): Promise<AuditEntry[]>;
  /** One page of the whole log, newest first. */
  page(window: import("./paging.ts").PageWindow): Promise<AuditEntry[]>;
  count(): Promise<number>;
}

export interface OutboxRepository {
  /**
   * `at`: when the mail becomes due (the use case's clock); default now.
   * `secrets`: the parts of the text that only the recipient may read (a reset, invitation or
   * confirmation link). Every copy that staff can see shows them redacted; only delivery to
   * the recipient carries them. `secretsExpireAt`: when they can no longer be used (the link's
   * expiry); after it the mail is not sent. Without a mail server (mail only kept in the
   * outbox) the secrets are not stored at all.
   */
  enqueue(mail: OutgoingMail & { relatedEntity?: string | null; status?: "pending" | "kept"; at?: Date; secrets?: readonly string[]; secretsExpireAt?: Date }): Promise<string>;
  /** Claims due mail for delivery (FOR UPDATE SKIP LOCKED on a server). */
  claimDue(now: Date, limit: number): Promise<OutboxDelivery[]>;
  /** Marks the mail sent and wipes its secrets. */
  markSent(id: string, at: Date): Promise<void>;
  /** `nextAttemptAt` null: delivery gives up (status failed) and the secrets are wiped. */
  markFailedAttempt(id: string, error: string, nextAttemptAt: Date | null): Promise<void>;
  /** Wipes the secrets of mail whose secrets expired by `expiredBy`, or of all mail without it. */
  wipeSecrets(expiredBy?: Date): Promise<number>;
  list(limit: number): Promise<OutboxEntry[]>;
}

/** What the access rules and the lifecycle need to know about a case. */
export interface CaseState extends CaseFacts {
  id: string;
  status: CaseStatus;
  partyOrganisationIds: string[];
  committeeCode: string;
  caseNumber: string | null;
  processTypeId: string | null;
}

export interface CaseFilter {
  status?: CaseStatus;
  phase?: Phase;
  /** Any of these phases (e.g. the contact person's queue). */
  phases?: readonly Phase[];
  committeeCode?: string;
  limit?: number;
}

/**
 * How a page of cases is ordered: by default the latest change first; `byNeed` orders by the
 * area need (the lowest index rank among a case's areas, rank 1 first, unranked cases last),
 * then the latest change. It mirrors `byNeed`/`needOf` in src/domain/coordination/equity.ts in
 * SQL, so that the database orders before it pages; a test checks that both agree.
 */
export interface CaseOrder {
  byNeed?: ReadonlyArray<{ areaCode: string; rank: number }>;
}

export interface CaseRepository {
  listAll(filter?: CaseFilter): Promise<CaseSummary[]>;
  /** Cases the organisation is a party to (lead or co-applicant). */
  listForOrganisation(organisationId: string): Promise<CaseSummary[]>;
  /** One page of every case matching the filter (ties broken by id, so pages never overlap). */
  pageAll(filter: CaseFilter, window: import("./paging.ts").PageWindow, order?: CaseOrder): Promise<CaseSummary[]>;
  countAll(filter: CaseFilter): Promise<number>;
  /** One page of the cases the organisation is a party to, latest change first. */
  pageForOrganisation(organisationId: string, window: import("./paging.ts").PageWindow): Promise<CaseSummary[]>;
  countForOrganisation(organisationId: string): Promise<number>;
  find(id: string): Promise<CaseDetail | undefined>;
  /** The case's access facts and status; `forUpdate` locks the row until the transaction ends. */
  state(id: string, opts?: { forUpdate?: boolean }): Promise<CaseState | undefined>;
  /** Also records the day (in Stockholm) a case is closed or withdrawn, when the status becomes avslutat. */
  setStatus(id: string, status: CaseStatus, at: Date): Promise<void>;
  committeeCodes(): Promise<string[]>;
}

export interface ProcessTypeRecord {
  id: string;
  definition: ProcessTypeDefinition;
  validFrom: string;
}

export interface ProcessTypeRepository {
  /** The newest version of a process type valid on the date. */
  current(code: string, onDate: string): Promise<ProcessTypeRecord | undefined>;
  byId(id: string): Promise<ProcessTypeRecord | undefined>;
  versions(code: string): Promise<ProcessTypeRecord[]>;
  /** Stores a version if (code, version) is new; returns its id either way. */
  ensure(definition: ProcessTypeDefinition, validFrom: string): Promise<string>;
}

export type CaseMessageKind = "meddelande" | "begaran_om_komplettering" | "komplettering";

export interface CaseMessage {
  id: string;
  kind: CaseMessageKind;
  body: string;
  createdAt: Date;
  authorName: string;
  authorIsStaff: boolean;
  organisationName: string;
}

export interface MessageRepository {
  forCase(caseId: string): Promise<CaseMessage[]>;
  findBySubmissionKey(key: string): Promise<{ id: string; caseId: string } | undefined>;
  add(message: { caseId: string; authorUserId: string; kind: CaseMessageKind; body: string; submissionKey: string; at: Date }): Promise<string>;
  /** Who is told about news on the case: the applicant parties' users and the contact person. */
  recipientsForCase(caseId: string): Promise<{ applicantEmails: string[]; contactPersonEmail: string | null }>;
}

export interface AreaRepository {
  listCurrent(onDate: string): Promise<AreaListItem[]>;
  /** The current areas' boundaries as GeoJSON geometries (WGS 84, simplified for drawing on a map). */
  currentShapes(onDate: string): Promise<Array<{ id: string; code: string; name: string; geometry: unknown }>>;
}

export interface Repositories {
  users: UserRepository;
  sessions: SessionRepository;
  passwordResets: PasswordResetRepository;
  audit: AuditRepository;
  outbox: OutboxRepository;
  cases: CaseRepository;
  areas: AreaRepository;
  processTypes: ProcessTypeRepository;
  messages: MessageRepository;
  committee: import("./committee-ports.ts").CommitteeRepository;
  outreach: import("./outreach-ports.ts").OutreachRepository & import("./outreach-ports.ts").OrganisationRepository;
  applications: import("./application-ports.ts").ApplicationRepository;
  coordination: import("./coordination-ports.ts").CoordinationRepository;
  index: import("./index-ports.ts").IndexRepository;
  administration: import("./admin/ports.ts").AdministrationRepository;
  signInFailures: import("./account-ports.ts").SignInFailureRepository;
  pendingSubmissions: import("./account-ports.ts").PendingSubmissionRepository;
  registrations: import("./account-ports.ts").RegistrationRequestRepository;
}

/** Runs use-case work: `transaction` for anything that changes state, `read` for queries. */
export interface UnitOfWork {
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}
