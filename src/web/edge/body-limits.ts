/**
 * How large a request body each form may send. The edge refuses a larger one with 413 before
 * any action runs. Forms with files get room for their file type's own limit (the action then
 * answers a file just above that limit with its own message); every other form gets the
 * default, and a request that is not from a signed-in session never gets more than the public
 * limit, whatever the path: the large limits are for signed-in users only.
 */
import { MAX_ATTACHMENT_BYTES } from "#src/domain/intake/attachment-policy.ts";
import { MAX_GEOJSON_BYTES } from "#src/domain/intake/area-geometry.ts";
import { MAX_IMPORT_BYTES } from "#src/application/area-index/index.ts";
import { MAX_RECEIPT_BYTES } from "#src/application/execution/index.ts";

const KB = 1024;
const MB = 1024 * KB;

/** Room for the form's other fields and the multipart framing around a file. */
const FORM_ROOM = 256 * KB;

export const DEFAULT_BODY_LIMIT = 256 * KB;
/** The most a request without a signed-in session may send (the public forms). */
export const PUBLIC_BODY_LIMIT = 128 * KB;

const LIMITS: ReadonlyArray<readonly [RegExp, number]> = [
  // Public and account forms: a few short fields.
  [/^\/logga-in$/, 8 * KB],
  [/^\/logga-ut$/, 4 * KB],
  [/^\/sprak$/, 4 * KB],
  [/^\/glomt-losenord$/, 8 * KB],
  [/^\/aterstall-losenord$/, 8 * KB],
  [/^\/registrera(\/bekrafta)?$/, 16 * KB],
  [/^\/inbjudan$/, 16 * KB],
  // The contact form: up to 10,000 characters of message (x6 when URL-encoded at worst).
  [/^\/samverkansstod\/kontakt$/, PUBLIC_BODY_LIMIT],
  // Uploads.
  [/^\/ansokan\/[^/]+\/bilagor$/, MAX_ATTACHMENT_BYTES + FORM_ROOM],
  [/^\/ansokan\/[^/]+\/steg\/[^/]+$/, MAX_GEOJSON_BYTES + 1 * MB],
  [/^\/omraden\/import$/, 20 * MB],
  [/^\/processer\/import$/, 5 * MB],
  [/^\/index\/import$/, MAX_IMPORT_BYTES + FORM_ROOM],
  // The index configuration as JSON text (at most 200,000 characters).
  [/^\/index\/konfiguration$/, 2 * MB],
  // A resident's viewpoint: up to 2,000 characters and a few short answers.
  [/^\/synpunkt\/[^/]+(\/lattlast)?$/, 32 * KB],
  [/^\/arenden\/[^/]+\/process\/synpunkter\/import$/, 5 * MB],
  // A receipt of the budget follow-up (issue 12).
  [/^\/arenden\/[^/]+\/process\/budget\/underlag$/, MAX_RECEIPT_BYTES + FORM_ROOM],
];

/** The largest body the form at `path` takes, for a signed-in session or not. */
export function bodyLimitFor(path: string, fromSession: boolean): number {
  const found = LIMITS.find(([pattern]) => pattern.test(path));
  const limit = found ? found[1] : DEFAULT_BODY_LIMIT;
  return fromSession ? limit : Math.min(limit, PUBLIC_BODY_LIMIT);
}

/** The largest body any form takes: nothing larger is read at all. */
export const MAX_BODY_LIMIT = Math.max(DEFAULT_BODY_LIMIT, ...LIMITS.map(([, limit]) => limit));
