/**
 * What the use cases of every feature need from the outside world: the clock, hashing, mail,
 * the audit log, the outbox, reference data (process types, areas), and the unit of work that
 * hands a transaction's repositories to a use case. Adapters implement these; the composition
 * root (src/web/server/main.ts) wires them. Each feature's own ports are in its folder.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import type { ProcessTypeDefinition } from "#src/domain/process-type/definition.ts";

export interface Clock {
  now(): Date;
}

export interface PasswordHasher {
  hash(password: string): Promise<string>;
  verify(hash: string, password: string): Promise<boolean>;
}

/** One cell of a table written as CSV: text, a number, or nothing (an empty cell). */
export type CsvCell = string | number | null;

/**
 * Writes a table as CSV (RFC 4180 quoting; a cell with `;` is quoted too, for spreadsheets set
 * to Swedish). Every CSV the system hands out goes through it: downloads and the command line.
 * A text cell that a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR,
 * or their full-width forms) is written with a leading `'` (OWASP, CSV injection); a number
 * is written as a number, so -2.5 stays -2.5.
 */
export interface CsvWriter {
  /** `forSpreadsheets`: a byte-order mark and CRLF line ends (downloads); otherwise LF and no mark. */
  write(rows: readonly (readonly CsvCell[])[], opts?: { forSpreadsheets?: boolean }): string;
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

/** Where a change came from, for its audit entry. */
export interface AuditMeta {
  ip?: string | null;
  requestId?: string | null;
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
  /** Claims one pending mail for its job in the queue, whenever it is due; undefined when it is not pending. */
  claim(id: string, now: Date): Promise<OutboxDelivery | undefined>;
  /** Makes a mail whose delivery gave up pending again (an administrator tried its job again); false when it had not given up. */
  reopen(id: string): Promise<boolean>;
  /** Marks the mail sent and wipes its secrets. */
  markSent(id: string, at: Date): Promise<void>;
  /** `nextAttemptAt` null: delivery gives up (status failed) and the secrets are wiped. */
  markFailedAttempt(id: string, error: string, nextAttemptAt: Date | null): Promise<void>;
  /** Wipes the secrets of mail whose secrets expired by `expiredBy`, or of all mail without it. */
  wipeSecrets(expiredBy?: Date): Promise<number>;
  list(limit: number): Promise<OutboxEntry[]>;
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

/** An area as a list to choose from names it. */
export type AreaName = Pick<AreaListItem, "id" | "code" | "name" | "isInvented">;

export interface AreaRepository {
  /** The current areas with their size and number of cases (the areas' own page). */
  listCurrent(onDate: string): Promise<AreaListItem[]>;
  /** The current areas' names only, in code order: cheap, for choosing and filtering. */
  currentNames(onDate: string): Promise<AreaName[]>;
  /** The current areas' boundaries as GeoJSON geometries (WGS 84, simplified for drawing on a map). */
  currentShapes(onDate: string): Promise<Array<{ id: string; code: string; name: string; geometry: unknown }>>;
}

export interface Repositories {
  users: import("../auth/ports.ts").UserRepository;
  sessions: import("../auth/ports.ts").SessionRepository;
  passwordResets: import("../auth/ports.ts").PasswordResetRepository;
  audit: AuditRepository;
  outbox: OutboxRepository;
  cases: import("../cases/ports.ts").CaseRepository;
  areas: AreaRepository;
  processTypes: ProcessTypeRepository;
  messages: import("../cases/ports.ts").MessageRepository;
  committee: import("../committee/ports.ts").CommitteeRepository;
  outreach: import("../outreach/ports.ts").OutreachRepository & import("../outreach/ports.ts").OrganisationRepository;
  applications: import("../intake/ports.ts").ApplicationRepository;
  coordination: import("../coordination/ports.ts").CoordinationRepository;
  collaboration: import("../collaboration/ports.ts").CollaborationRepository;
  proposals: import("../collaboration/ports.ts").ProposalRepository;
  index: import("../area-index/ports.ts").IndexRepository;
  administration: import("../admin/ports.ts").AdministrationRepository;
  signInFailures: import("../auth/ports.ts").SignInFailureRepository;
  pendingSubmissions: import("../auth/ports.ts").PendingSubmissionRepository;
  registrations: import("../auth/ports.ts").RegistrationRequestRepository;
  themes: import("../dialogue/ports.ts").ThemeRepository;
  activities: import("../dialogue/activity-ports.ts").ActivityRepository;
  viewpoints: import("../dialogue/ports.ts").ViewpointRepository;
  actors: import("../collaboration/ports.ts").ActorRepository;
  reminders: ReminderLog;
  lessons: import("../learning/ports.ts").LessonRepository;
  results: import("../results/ports.ts").ResultsRepository;
  comparison: import("../learning/ports.ts").ComparisonRepository;
  network: import("../learning/ports.ts").NetworkRepository;
  checkins: import("../checkins/ports.ts").CheckinRepository;
  execution: import("../execution/ports.ts").ExecutionRepository;
  jobs: import("../jobs/ports.ts").JobRepository;
}

/**
 * Which reminders have been sent (table `reminder_sent`). A sweep claims a reminder in the
 * transaction that writes its mail to the outbox: `claim` answers true the first time only, so a
 * reminder goes once however often the sweep runs.
 */
export interface ReminderLog {
  claim(kind: string, subjectId: string, occasion: string): Promise<boolean>;
  /**
   * The reminders of these kinds already sent about these subjects, as `<kind>|<subject id>|<occasion>`
   * (one query), so that a sweep every minute opens no transaction for what it sent before.
   */
  sent(kinds: readonly string[], subjectIds: readonly string[]): Promise<Set<string>>;
}

/**
 * A feature's reminder sweep: finds, from the current data, the reminders due at `now` and not
 * yet sent, claims each (ReminderLog) and writes its mail to the outbox, in one transaction per
 * reminder or per sweep. Returns how many reminders it wrote. The job queue runs every sweep
 * regularly (and once at start-up), so a reminder due while the server was down goes out when it
 * is back.
 */
export interface ReminderSweep {
  /** A short stable name, for logs and the job queue (e.g. "avstamningar"). */
  readonly name: string;
  sweep(now: Date): Promise<number>;
}

/** Runs use-case work: `transaction` for anything that changes state, `read` for queries. */

export interface UnitOfWork {
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  read<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}
