/** The roles of Samverka. Swedish identifiers, as the users speak them (see docs/glossary.md). */
export const ROLES = ["aktor", "kontaktperson", "handlaggare", "analytiker", "administrator"] as const;
export type Role = (typeof ROLES)[number];

/** Staff are the city's own people; an aktör belongs to an actor organisation. */
export const STAFF_ROLES: readonly Role[] = ["kontaktperson", "handlaggare", "analytiker", "administrator"];

export function isStaff(role: Role): boolean {
  return STAFF_ROLES.includes(role);
}

export const ACTOR_TYPES = ["fastighetsagare", "forening", "foretag", "boendegrupp", "informellt_natverk", "annan"] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];
