/**
 * Ports of accounts and sessions: credentials, sessions, password resets, the users list; and
 * account and session security: failed sign-ins counted per typed address, forms
 * kept across an expired session, and registrations waiting for their confirmation link.
 */
import type { SignInState } from "#src/domain/auth/sign-in-policy.ts";
import type { ActorType } from "#src/domain/roles.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import type { Role } from "#src/domain/roles.ts";

export interface SignInFailureRepository {
  /**
   * The counters of an address (by its hash), with the row locked until the transaction
   * ends, so that concurrent sign-ins for the same address count one after another. An
   * address never seen before starts at zero.
   */
  lockForUpdate(addressHash: string): Promise<SignInState>;
  save(addressHash: string, state: SignInState, at: Date): Promise<void>;
  clear(addressHash: string): Promise<void>;
}

/** One text field of a form, in the order it was sent. */
export type KeptField = readonly [name: string, value: string];

export interface PendingSubmissionRepository {
  create(submission: { userId: string; path: string; fields: readonly KeptField[]; createdAt: Date; expiresAt: Date }): Promise<string>;
  /** Deletes and returns the submission if it is the user's, for that path, and not expired. */
  take(args: { id: string; userId: string; path: string; now: Date }): Promise<KeptField[] | undefined>;
  deleteExpired(now: Date): Promise<void>;
}

export interface RegistrationRequestRecord {
  email: string;
  organisationName: string;
  actorType: ActorType;
  orgNumber: string | null;
  personName: string;
  passwordHash: string;
  expiresAt: Date;
  usedAt: Date | null;
}

export interface RegistrationRequestRepository {
  create(request: Omit<RegistrationRequestRecord, "usedAt"> & { tokenHash: string }): Promise<void>;
  find(tokenHash: string, opts?: { forUpdate?: boolean }): Promise<RegistrationRequestRecord | undefined>;
  markUsed(tokenHash: string, at: Date): Promise<void>;
  deleteExpired(now: Date): Promise<void>;
}

// ---- accounts, sessions, password resets -------------------------------------------------

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

export interface UserListItem {
  id: string;
  name: string;
  email: string;
  role: Role;
  organisationName: string;
  lockedUntil: Date | null;
  disabled: boolean;
}

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
