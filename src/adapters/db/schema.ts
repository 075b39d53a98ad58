/**
 * Kysely table types. Keep in step with the migrations in ./migrations.
 * Geometry columns are read and written through PostGIS functions in raw SQL fragments
 * (ST_AsGeoJSON / ST_GeomFromGeoJSON), so their TypeScript type here is opaque.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type CreatedAt = ColumnType<Date, Date | string | undefined, never>;
type Geometry = ColumnType<unknown, unknown, unknown>;
type Json = ColumnType<unknown, string | null, string | null>;

export interface CommitteeTable {
  id: Generated<string>;
  code: string;
  name_sv: string;
  name_en: string;
  has_working_committee: Generated<boolean>;
  created_at: CreatedAt;
}

export interface OrganisationTable {
  id: Generated<string>;
  name: string;
  kind: "aktor" | "stad";
  actor_type: string | null;
  org_number: string | null;
  committee_id: string | null;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
}

export interface AppUserTable {
  id: Generated<string>;
  email: string;
  name: string;
  role: "aktor" | "kontaktperson" | "handlaggare" | "analytiker" | "administrator";
  organisation_id: string;
  password_hash: string;
  locale: Generated<"sv" | "en">;
  failed_sign_ins: Generated<number>;
  locked_until: Date | null;
  disabled_at: Date | null;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
}

export interface UserSessionTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Date;
  user_agent: string | null;
  ip: string | null;
}

export interface PasswordResetTable {
  token_hash: string;
  user_id: string;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

export interface AuditEventTable {
  id: ColumnType<number, never, never>;
  occurred_at: CreatedAt;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  entity_type: string;
  entity_id: string;
  organisation_id: string | null;
  before: Json;
  after: Json;
  ip: string | null;
  request_id: string | null;
}

export interface MailOutboxTable {
  id: Generated<string>;
  created_at: CreatedAt;
  to_address: string;
  subject: string;
  body_text: string;
  status: Generated<"pending" | "sent" | "failed" | "kept">;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  last_error: string | null;
  sent_at: Date | null;
  related_entity: string | null;
}

export interface AreaTable {
  id: Generated<string>;
  code: string;
  name: string;
  geom: Geometry;
  valid_from: string;
  valid_to: string | null;
  source: string;
  is_invented: Generated<boolean>;
  created_at: CreatedAt;
}

export interface CollaborationCaseTable {
  id: Generated<string>;
  case_number: string | null;
  title: string;
  summary: Generated<string>;
  applicant_organisation_id: string | null;
  committee_id: string;
  contact_person_id: string | null;
  phase: "forsta_kontakt" | "initiering" | "samarbete" | "utforande" | "resultat" | "avslutad";
  status: string;
  geom: Geometry | null;
  granted_amount_sek: number | null;
  started_on: string | null;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface CaseAreaTable {
  case_id: string;
  area_id: string;
}

export interface InstanceSecretTable {
  name: string;
  value: string;
  created_at: CreatedAt;
}

export interface Database {
  instance_secret: InstanceSecretTable;
  committee: CommitteeTable;
  organisation: OrganisationTable;
  app_user: AppUserTable;
  user_session: UserSessionTable;
  password_reset: PasswordResetTable;
  audit_event: AuditEventTable;
  mail_outbox: MailOutboxTable;
  area: AreaTable;
  collaboration_case: CollaborationCaseTable;
  case_area: CaseAreaTable;
}

export type AppUserRow = Selectable<AppUserTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;
export type MailOutboxRow = Selectable<MailOutboxTable>;
export type CollaborationCaseUpdate = Updateable<CollaborationCaseTable>;
