import { sql, type Kysely } from "kysely";

/**
 * Mail that carries a secret (a reset, invitation or setup link) keeps it apart from the text
 * staff can see:
 *
 * - `body_text` is the copy staff see (the outbox page, exports): each secret replaced by a
 *   placeholder.
 * - `sealed_body` is the full text for the delivery to the recipient, AES-256-GCM-encrypted
 *   with a key derived from an instance secret (src/adapters/crypto/secret-box.ts). It is
 *   wiped (null) once the mail is sent, when delivery gives up, and when the secret expires.
 * - `has_secrets` marks a mail whose text lacks something: without its sealed text it is
 *   never sent (the recipient would get a mail with a hidden link).
 * - `secrets_expire_at`: when the secret can no longer be used (the link's expiry).
 *
 * Mail stored before this migration kept its links in `body_text`, readable by staff at
 * /utkorg. Every link carrying a token there is hidden now, and the mail marked so that it is
 * never sent without its link. (The placeholder is written out here, not imported, so that this
 * migration does the same on every database whatever the code says later.)
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table mail_outbox
      add column sealed_body text,
      add column has_secrets boolean not null default false,
      add column secrets_expire_at timestamptz,
      add constraint mail_outbox_sealed_has_secrets check (sealed_body is null or has_secrets)`.execute(db);
  await hideStoredLinks(db);
}

/** Hides every link with a token in mail stored before secrets were kept apart (any database type: the migration's, or a test's typed one). */
export async function hideStoredLinks(db: Kysely<any>): Promise<number> {
  const result = await sql`
    update mail_outbox
       set body_text = regexp_replace(body_text, ${LINK_WITH_TOKEN}, ${PLACEHOLDER}, 'gi'),
           has_secrets = true,
           sealed_body = null
     where body_text ~* ${LINK_WITH_TOKEN}`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

const LINK_WITH_TOKEN = String.raw`https?://\S*[?&]token=\S*`;
const PLACEHOLDER = "[länk dold – skickas bara till mottagaren]";
