/**
 * Ports for account and session security: failed sign-ins counted per typed address, forms
 * kept across an expired session, and registrations waiting for their confirmation link.
 */
import type { SignInState } from "../domain/auth/sign-in-policy.ts";
import type { ActorType } from "../domain/roles.ts";

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
