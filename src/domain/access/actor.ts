import type { Role } from "../roles.ts";

/** Whoever acts: a signed-in user, seen by the rules only through these facts. */
export interface Actor {
  userId: string;
  name: string;
  email: string;
  role: Role;
  organisationId: string;
  organisationName: string;
  /** The committee a city user works for (null for actors and for city-wide roles). */
  committeeId: string | null;
}
