/**
 * The one way an organisation is invited by e-mail: a secret link (only its hash is stored) in
 * a mail whose link is kept as a secret of the outbox (never shown in the outbox view nor in any
 * log, and dropped when the invitation expires). Used for co-applicants of an application and
 * members of an organisation (OrganisationService.invite), and for the actors the city invites
 * into a process it started itself (collaboration). Accepting goes through /inbjudan either way.
 * Runs inside the caller's transaction; the caller checks who may invite and audits.
 */
import type { Actor } from "#src/domain/access/actor.ts";
import type { Repositories } from "../shared/ports.ts";
import { hashToken, newSecretToken } from "../shared/tokens.ts";

export interface InvitationMailText {
  subject(invitingOrganisation: string): string;
  body(args: { inviter: string; invitingOrganisation: string; caseTitle: string | null; link: string; days: number }): string;
}

export interface InvitationToSend {
  inviter: Actor;
  /** The case the invited organisation becomes a party to; null: a member of the inviter's organisation. */
  caseId: string | null;
  caseTitle: string | null;
  email: string;
  organisationName: string;
  text: InvitationMailText;
  days: number;
  publicUrl: string;
  now: Date;
}

export async function sendInvitation(r: Repositories, i: InvitationToSend): Promise<{ invitationId: string }> {
  const token = newSecretToken();
  const expiresAt = new Date(i.now.getTime() + i.days * 86_400_000);
  const invitationId = await r.outreach.createInvitation({
    tokenHash: hashToken(token),
    caseId: i.caseId,
    invitingOrganisationId: i.inviter.organisationId,
    invitedBy: i.inviter.userId,
    email: i.email,
    organisationName: i.organisationName,
    expiresAt,
  });
  const base = i.publicUrl.endsWith("/") ? i.publicUrl : `${i.publicUrl}/`;
  const link = new URL(`inbjudan?token=${encodeURIComponent(token)}`, base).toString();
  await r.outbox.enqueue({
    to: i.email,
    subject: i.text.subject(i.inviter.organisationName),
    text: i.text.body({ inviter: i.inviter.name, invitingOrganisation: i.inviter.organisationName, caseTitle: i.caseTitle, link, days: i.days }),
    secrets: [link],
    secretsExpireAt: expiresAt,
    relatedEntity: `invitation:${invitationId}`,
    at: i.now,
  });
  return { invitationId };
}
