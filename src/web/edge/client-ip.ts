/**
 * The client's address, for per-address limits and the audit log.
 *
 * Each proxy appends the address it received the request from to X-Forwarded-For, so only
 * the entries on the right were written by proxies we run; everything to their left was
 * written by the client and may be forged. With `hops` trusted proxies in front of the app,
 * the entry `hops` places from the right is the address the outermost trusted proxy saw: the
 * client. Without trusted proxies (hops = 0), or when the header has fewer entries than
 * there are proxies (the request did not come through them all), or the entry is not an IP
 * address, the address of the connection itself is used.
 */
import { isIP } from "node:net";

export function clientAddress(forwardedFor: string | null | undefined, socketAddress: string | null, hops: number): string | null {
  if (hops > 0 && forwardedFor) {
    const entries = forwardedFor.split(",").map((e) => e.trim());
    const seen = entries[entries.length - hops];
    if (seen !== undefined && isIP(stripPort(seen)) !== 0) return stripPort(seen);
  }
  return socketAddress;
}

/** "203.0.113.7:51234" and "[2001:db8::1]:443" carry a port some proxies add; the address is what counts. */
function stripPort(entry: string): string {
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(entry);
  if (bracketed) return bracketed[1]!;
  const v4 = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(entry);
  return v4 ? v4[1]! : entry;
}
