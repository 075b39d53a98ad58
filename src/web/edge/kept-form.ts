/**
 * The query parameter that brings back a form kept across an expired session: the edge sends
 * the user to sign in with `next=<form address>?aterstall=<id>`, and turns the next GET of that
 * address into the kept POST (see http-app.ts).
 */
export const RESTORE_PARAM = "aterstall";
