/**
 * The network of actors the contact person runs for exchange of experience (seed 002: "Samordna
 * nätverk mellan drivna aktörer i processerna för att möjliggöra erfarenhetsutbyte"): every actor
 * across the processes, each once, and the network's meetings.
 *
 * The same actor is often mapped in several processes. Two mapped actors are the same when they
 * are the same registered organisation; else when they have the same organisation number; else
 * when their names are the same, ignoring case, spaces and punctuation. (A name alone is weaker
 * evidence, but two different associations in one city seldom share a name exactly.)
 */

/** A mapped actor of one process, as the network reads it. */
export interface NetworkActorEntry {
  processActorId: string;
  caseId: string;
  name: string;
  type: string;
  organisationId: string | null;
  orgNumber: string | null;
  contactName: string | null;
  email: string | null;
  phone: string | null;
}

/** One actor of the network: its names and types as mapped, the processes it is in, its contacts. */
export interface NetworkActor {
  key: string;
  name: string;
  types: string[];
  organisationId: string | null;
  orgNumber: string | null;
  caseIds: string[];
  contacts: Array<{ processActorId: string; caseId: string; contactName: string | null; email: string | null; phone: string | null }>;
}

const normalName = (name: string) =>
  name
    .toLocaleLowerCase("sv-SE")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The key that says which mapped actors are the same actor (the rule above). */
export function actorKey(a: Pick<NetworkActorEntry, "organisationId" | "orgNumber" | "name">): string {
  if (a.organisationId) return `org:${a.organisationId}`;
  const digits = (a.orgNumber ?? "").replace(/[^0-9]/g, "");
  if (digits.length >= 10) return `nr:${digits.slice(-10)}`;
  return `namn:${normalName(a.name)}`;
}

/**
 * The mapped actors as the network's actors, each once, sorted by name. An actor mapped with an
 * organisation in one process and only by its organisation number or name in another is merged
 * too: a key by number or name that belongs to an organisation's entries leads to it.
 */
export function dedupeActors(entries: readonly NetworkActorEntry[]): NetworkActor[] {
  // The stronger keys an entry's weaker keys lead to.
  const byNumber = new Map<string, string>();
  const byName = new Map<string, string>();
  for (const e of entries) {
    const key = actorKey(e);
    const digits = (e.orgNumber ?? "").replace(/[^0-9]/g, "");
    if (digits.length >= 10 && key.startsWith("org:") && !byNumber.has(digits.slice(-10))) byNumber.set(digits.slice(-10), key);
    if (!key.startsWith("namn:") && !byName.has(normalName(e.name))) byName.set(normalName(e.name), key);
  }
  const out = new Map<string, NetworkActor>();
  for (const e of entries) {
    let key = actorKey(e);
    if (key.startsWith("nr:")) key = byNumber.get(key.slice(3)) ?? key;
    else if (key.startsWith("namn:")) key = byName.get(key.slice(5)) ?? key;
    let actor = out.get(key);
    if (!actor) {
      actor = { key, name: e.name, types: [], organisationId: e.organisationId, orgNumber: e.orgNumber, caseIds: [], contacts: [] };
      out.set(key, actor);
    }
    if (!actor.types.includes(e.type)) actor.types.push(e.type);
    if (!actor.caseIds.includes(e.caseId)) actor.caseIds.push(e.caseId);
    actor.organisationId ??= e.organisationId;
    actor.orgNumber ??= e.orgNumber;
    if (e.contactName || e.email || e.phone) actor.contacts.push({ processActorId: e.processActorId, caseId: e.caseId, contactName: e.contactName, email: e.email, phone: e.phone });
  }
  return [...out.values()].sort((a, b) => a.name.localeCompare(b.name, "sv-SE"));
}

/** The longest texts of a network meeting. */
export const MEETING_LIMITS = { title: 200, place: 300, agenda: 5_000, notes: 20_000 } as const;

export type MeetingProblem = "endsBeforeStart" | "tooLong";

/** A meeting's time is a start and an end on the same or a later moment; a meeting lasts at most 24 hours. */
export function checkMeetingTime(startsAt: Date, endsAt: Date): MeetingProblem | null {
  if (endsAt.getTime() <= startsAt.getTime()) return "endsBeforeStart";
  if (endsAt.getTime() - startsAt.getTime() > 24 * 60 * 60 * 1000) return "tooLong";
  return null;
}

/** Whom an invitation goes to: the addresses among the chosen actors' contacts, each once (case ignored). */
export function invitationAddresses(contacts: ReadonlyArray<{ email: string | null; name: string; processActorId: string }>): Array<{ email: string; name: string; processActorId: string }> {
  const seen = new Set<string>();
  const out: Array<{ email: string; name: string; processActorId: string }> = [];
  for (const c of contacts) {
    const email = c.email?.trim();
    if (!email) continue;
    const key = email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ email, name: c.name, processActorId: c.processActorId });
  }
  return out;
}
