/** Opens a session for a user who has just proved who they are (a setup link, an invitation). */
import type { Repositories } from "../shared/ports.ts";
import { hashToken, newSecretToken } from "../shared/tokens.ts";

export interface SignedInSession {
  sessionToken: string;
  expiresAt: Date;
  userId: string;
}

export async function openSession(r: Repositories, args: { userId: string; now: Date; idleMinutes: number; ip?: string | null; userAgent?: string | null }): Promise<SignedInSession> {
  const sessionToken = newSecretToken();
  const expiresAt = new Date(args.now.getTime() + args.idleMinutes * 60_000);
  await r.sessions.create({ tokenHash: hashToken(sessionToken), userId: args.userId, createdAt: args.now, expiresAt, userAgent: args.userAgent ?? null, ip: args.ip ?? null });
  return { sessionToken, expiresAt, userId: args.userId };
}
