import type { Role } from "../roles.ts";

/** Whoever acts: a signed-in user, seen by the rules only through these facts. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  /**
   * The committees a member of staff works for (empty for actors, and for city-wide roles
   * that work for none). Staff change only cases of these committees; reading stays city-wide.
   */
  committeeIds: readonly string[];
}
