/**
 * Kartläggning av aktörer (seed 002, samarbetsfasen): per running process, the actors in its area
 * — property owners, businesses, associations, schools, resident groups, others — each with its
 * role for the process (already involved, interested, or still to reach), contact details, and
 * how and when it was reached. The applicant group and the contact person fill it in together.
 *
 * Pure: the words, the checks a form or a CSV row must pass, when the mapping may change, and
 * how a page groups it. The database mirrors the lists as check constraints (migration 0018).
 */
import type { Phase } from "../case/phase.ts";

/** What kind of actor: property owner, business, association, school, resident group, other. */
export const ACTOR_TYPES = ["fastighetsagare", "foretag", "forening", "skola", "boendegrupp", "annat"] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

/** The actor's role for the process: already involved, interested, or still to reach. */
export const ACTOR_ROLES = ["involverad", "intresserad", "att_na"] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

const member = <T extends string>(list: readonly T[]) => (value: unknown): value is T => typeof value === "string" && (list as readonly string[]).includes(value);
export const isActorType = member(ACTOR_TYPES);
export const isActorRole = member(ACTOR_ROLES);

/** The longest texts a mapped actor keeps. */
export const ACTOR_LIMITS = { name: 200, contactName: 200, email: 320, phone: 40, reachedHow: 300, notes: 2_000 } as const;

/**
 * A phone number as people write it: digits with spaces, dashes, parentheses, a leading + for a
 * country code; 6 to 20 digits in all. Deliberately plain (no national numbering rules).
 */
export function isPhoneNumber(value: string): boolean {
  if (!/^\+?[0-9 ()\-/]+$/.test(value)) return false;
  const digits = value.replace(/[^0-9]/g, "").length;
  return digits >= 6 && digits <= 20;
}

/** When an actor was reached is a day that has come: a date after today (in Sweden) is a mistake. */
export function isReachedOnAllowed(reachedOn: string, today: string): boolean {
  return reachedOn <= today;
}

/** The phases in which the mapping is worked on; a closed process (avslutad) is read-only. */
export const MAPPING_PHASES = ["samarbete", "utforande", "resultat"] as const satisfies readonly Phase[];
export function mappingIsOpen(phase: Phase): boolean {
  return (MAPPING_PHASES as readonly string[]).includes(phase);
}

export interface MappedActor {
  role: ActorRole;
  type: ActorType;
  name: string;
}

export interface RoleGroup<A extends MappedActor> {
  role: ActorRole;
  actors: A[];
  /** How many of each type, in the vocabulary's order, types with none left out. */
  countsByType: Array<{ type: ActorType; count: number }>;
}

/**
 * The mapping as the page shows it: one group per role (in the vocabulary's order, empty roles
 * kept so the page says so), the actors by name, and the counts per type within each role.
 */
export function groupByRole<A extends MappedActor>(actors: readonly A[]): RoleGroup<A>[] {
  return ACTOR_ROLES.map((role) => {
    const mine = actors.filter((a) => a.role === role).sort((a, b) => a.name.localeCompare(b.name, "sv"));
    const countsByType = ACTOR_TYPES.map((type) => ({ type, count: mine.filter((a) => a.type === type).length })).filter((c) => c.count > 0);
    return { role, actors: mine, countsByType };
  });
}

/** The counts per type over the whole mapping (every type, zero included), for the summary table. */
export function countByType(actors: readonly MappedActor[]): Array<{ type: ActorType; count: number }> {
  return ACTOR_TYPES.map((type) => ({ type, count: actors.filter((a) => a.type === type).length }));
}
