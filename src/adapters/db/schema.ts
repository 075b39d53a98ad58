/**
 * Kysely table types. Keep in step with the migrations in ./migrations.
 * Geometry columns are read and written through PostGIS functions in raw SQL fragments
 * (ST_AsGeoJSON / ST_GeomFromGeoJSON), so their TypeScript type here is opaque.
 */
import type { ColumnType, Generated, GeneratedAlways, Insertable, Selectable, Updateable } from "kysely";
import type { CaseStatus } from "#src/domain/case/lifecycle.ts";

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
  updated_at: Generated<Date>;
}

export interface StaffCommitteeTable {
  user_id: string;
  committee_id: string;
}

export interface CommitteeProcessTypeTable {
  committee_id: string;
  process_type_code: string;
  created_at: CreatedAt;
}

export interface CityGoalTable {
  id: Generated<string>;
  key: string;
  name_sv: string;
  name_en: Generated<string>;
  description_sv: Generated<string>;
  agenda2030: Generated<string[]>;
  themes: Generated<string[]>;
  position: Generated<number>;
  active: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Generated<Date>;
}

export interface StaffInvitationTable {
  id: Generated<string>;
  token_hash: string;
  email: string;
  name: string;
  role: "kontaktperson" | "handlaggare" | "analytiker" | "administrator";
  organisation_id: string;
  committee_ids: Generated<string[]>;
  invited_by: string | null;
  created_at: CreatedAt;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_user_id: string | null;
  revoked_at: Date | null;
}

export interface SetupLinkTable {
  token_hash: string;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
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
  /** The full text with its secrets, encrypted, for the delivery only (0008). */
  sealed_body: ColumnType<string | null, string | null | undefined, string | null>;
  has_secrets: Generated<boolean>;
  secrets_expire_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
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
  parent_code: string | null;
  import_batch: string | null;
  /** Made by the database from geom (migration 0015): the outline for maps, simplified, as GeoJSON. */
  outline_geojson: GeneratedAlways<string>;
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
  status: CaseStatus;
  geom: Geometry | null;
  granted_amount_sek: number | null;
  started_on: string | null;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
  process_type_id: string | null;
  diarium_number: string | null;
  submitted_at: Date | null;
  submission_key: string | null;
  created_by: string | null;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  /** The day the case was closed or withdrawn (status avslutat); the register's end date. */
  ended_on: ColumnType<string | null, string | null | undefined, string | null>;
  /** The city started the process itself, without an application (migration 0018). */
  city_initiated: Generated<boolean>;
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

export interface ProcessTypeTable {
  id: Generated<string>;
  code: string;
  version: number;
  definition: ColumnType<unknown, string, string>;
  valid_from: string;
  created_at: CreatedAt;
}

export interface CaseNumberSequenceTable {
  committee_id: string;
  year: number;
  last_value: number;
}

export interface ApplicationTable {
  case_id: string;
  answers: ColumnType<Record<string, unknown>, string | undefined, string>;
  area_source: "drawn" | "areas" | "geojson" | null;
  current_step: string | null;
  updated_at: Timestamp;
  area_file_name: string | null;
}

export interface StoredFileTable {
  sha256: string;
  bytes: Uint8Array;
  size_bytes: number;
  created_at: CreatedAt;
}

export interface ApplicationPartyTable {
  case_id: string;
  organisation_id: string;
  role: "huvudsokande" | "medsokande";
  joined_at: CreatedAt;
}

export interface InvitationTable {
  id: Generated<string>;
  token_hash: string;
  case_id: string | null;
  inviting_organisation_id: string;
  invited_by: string;
  email: string;
  organisation_name: string;
  created_at: CreatedAt;
  expires_at: Date;
  accepted_at: Date | null;
  accepted_organisation_id: string | null;
  /** An invitation to apply, from a contact request (0009). */
  contact_request_id: Generated<string | null>;
  submission_key: Generated<string | null>;
}

export interface ContactRequestTable {
  id: Generated<string>;
  created_at: CreatedAt;
  submission_key: string;
  name: string;
  email: string;
  phone: string | null;
  organisation_name: string | null;
  actor_type: string | null;
  area_text: string;
  message: string;
  status: Generated<"ny" | "mote_bokat" | "avslutad">;
  handled_by: string | null;
  handled_at: Date | null;
  meeting_on: string | null;
  case_id: string | null;
}

export interface AttachmentTable {
  id: Generated<string>;
  case_id: string;
  uploaded_by: string | null;
  purpose: Generated<"ansokan" | "komplettering" | "beslut" | "ovrigt">;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  storage_key: string;
  created_at: CreatedAt;
  submission_key: string | null;
}

export interface CaseMessageTable {
  id: Generated<string>;
  case_id: string;
  author_user_id: string;
  kind: "meddelande" | "begaran_om_komplettering" | "komplettering";
  body: string;
  submission_key: string | null;
  created_at: CreatedAt;
}

export interface CaseNoteTable {
  id: Generated<string>;
  case_id: string | null;
  contact_request_id: string | null;
  author_user_id: string;
  meeting_on: string | null;
  body: string;
  submission_key: string | null;
  created_at: CreatedAt;
}

export interface CriteriaAssessmentTable {
  case_id: string;
  process_type_id: string;
  ratings: ColumnType<Record<string, { rating: string | null; justification: string; evidence: string }>, string | undefined, string>;
  recommendation: "bifall" | "delvis_bifall" | "avslag" | null;
  recommendation_text: Generated<string>;
  proposed_amount_sek: number | null;
  assessed_by: string | null;
  updated_at: Timestamp;
}

export interface CommitteeResponsibilityTable {
  committee_id: string;
  theme: string;
  description: Generated<string>;
}

export interface CaseReferralTable {
  id: Generated<string>;
  case_id: string;
  from_committee_id: string;
  to_committee_id: string;
  kind: "overlamning" | "yttrande";
  note: Generated<string>;
  referred_by: string;
  referred_at: CreatedAt;
  answered_at: Date | null;
  answer: string | null;
}

export interface CommitteeMeetingTable {
  id: Generated<string>;
  committee_id: string;
  body: "arbetsutskott" | "namnd";
  meets_on: string;
  created_at: CreatedAt;
}

export interface AgendaItemTable {
  id: Generated<string>;
  meeting_id: string;
  case_id: string;
  /** Which decision the item is for: the application's (ansokan) or the efforts' (insatser); migration 0022. */
  decision_point: Generated<"ansokan" | "insatser">;
  position: number;
  added_by: string | null;
  added_at: CreatedAt;
}

export interface DecisionTable {
  id: Generated<string>;
  case_id: string;
  meeting_id: string | null;
  decision_point: string;
  paragraph: string;
  decided_on: string;
  outcome: "bifall" | "delvis_bifall" | "avslag";
  granted_amount_sek: number | null;
  conditions: Generated<string>;
  recipients: ColumnType<string[], string[] | undefined, string[]>;
  minutes_approved_on: string | null;
  posted_on: string | null;
  recorded_by: string | null;
  created_at: CreatedAt;
}

export interface IndexConfigurationTable {
  id: Generated<string>;
  version: number;
  name: string;
  definition: ColumnType<unknown, string, string>;
  is_active: Generated<boolean>;
  is_demo: Generated<boolean>;
  created_by: string | null;
  created_at: CreatedAt;
}

export interface IndexImportTable {
  id: Generated<string>;
  file_name: string;
  format: "csv" | "jsonstat";
  source: string;
  row_count: number;
  is_demo: Generated<boolean>;
  imported_by: string | null;
  imported_at: CreatedAt;
}

export interface IndicatorValueTable {
  id: ColumnType<number, never, never>;
  area_code: string;
  indicator_key: string;
  year: number;
  value: number | null;
  count: number | null;
  denominator: number | null;
  sex: Generated<string>;
  age_band: Generated<string>;
  disability: Generated<string>;
  source: string;
  imported_at: Timestamp;
  import_id: string;
}

export interface LocalProcessTable {
  id: Generated<string>;
  name: string;
  owner_kind: string;
  owner_name: string;
  contact_name: string | null;
  contact_email: string | null;
  themes: ColumnType<string[], string[] | undefined, string[]>;
  geom: Geometry | null;
  starts_on: string;
  ends_on: string | null;
  status: "planerad" | "pagaende" | "avslutad";
  link: string | null;
  source: Generated<"formular" | "csv">;
  import_batch: string | null;
  submission_key: string | null;
  created_by: string | null;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface LocalProcessAreaTable {
  process_id: string;
  area_id: string;
}

/** A running process's phase changes (migration 0016). */
export interface ProcessPhaseEventTable {
  id: Generated<string>;
  case_id: string;
  event: "samarbete_inleds" | "utforande_inleds" | "resultat_inleds" | "avslutas"
    /** Migration 0018: a process the city started itself. */
    | "stadsinitierad_start";
  from_phase: string;
  to_phase: "samarbete" | "utforande" | "resultat" | "avslutad";
  reason: string | null;
  recorded_by: string | null;
  occurred_at: ColumnType<Date, Date | string | undefined, Date | string>;
}

/** A process's dialogue activity (migration 0017; the words: src/domain/dialogue/vocabulary.ts). */
export interface DialogueActivityTable {
  id: Generated<string>;
  case_id: string;
  title: string;
  activity_type: "workshop" | "vandring" | "popup" | "enkat" | "mote" | "digital";
  description: Generated<string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place_address: string | null;
  place: Geometry | null;
  target_groups: ColumnType<string[], string[] | undefined, string[]>;
  accessibility: Generated<string>;
  languages: ColumnType<string[], string[] | undefined, string[]>;
  /** The last day viewpoints are taken on the public page; null: open while the process is in its samarbetsfas. */
  consultation_ends_on: string | null;
  /** The activity's public address (/synpunkt/<slug>), printed on posters: unguessable, not a secret. */
  public_slug: string;
  participants_total: number | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
  /** The form's key (migration 0019): a double submit creates one activity. */
  submission_key: string | null;
}

/** Participation figures of an activity, by sex, age band and disability (migration 0017). */
export interface ActivityParticipationTable {
  activity_id: string;
  dimension: "kon" | "alder" | "funktionsnedsattning";
  category: string;
  participants: number;
}

/** A resident's viewpoint (synpunkt), anonymous, with its moderation (migration 0017). */
export interface ViewpointTable {
  id: Generated<string>;
  case_id: string;
  activity_id: string | null;
  body: string;
  source: "formular" | "manuell" | "import";
  age_band: string | null;
  sex: "kvinna" | "man" | "annat" | null;
  relations: ColumnType<string[], string[] | undefined, string[]>;
  submission_key: string | null;
  received_at: Timestamp;
  entered_by: string | null;
  hidden_at: Date | null;
  hidden_by: string | null;
  hidden_reason: string | null;
  redacted_at: Date | null;
  redacted_by: string | null;
  redaction_reason: string | null;
  /** The language it is written in, a BCP 47 code (migration 0029). */
  language: Generated<string>;
}

/** The group's proposal of efforts and its steps, with the city's assessment (migration 0022). */
export interface EffortProposalTable {
  case_id: string;
  status: Generated<"utkast" | "inskickat" | "klar_for_namnd" | "beslutat">;
  sent_at: Date | null;
  sent_by: string | null;
  returned_reason: string | null;
  assessment: Generated<string>;
  child_impact: Generated<string>;
  assessed_by: string | null;
  assessed_at: Date | null;
  updated_at: Timestamp;
}

/** A proposed effort (insats), the officer's recommendation and the committee's verdict (migration 0022). */
export interface EffortTable {
  id: Generated<string>;
  seq: GeneratedAlways<number>;
  case_id: string;
  title: string;
  description: Generated<string>;
  responsible: string;
  starts_on: string;
  ends_on: string;
  recommended: boolean | null;
  recommended_city_sek: number | null;
  approved: boolean | null;
  approved_city_sek: number | null;
  submission_key: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

export interface EffortBudgetLineTable {
  id: Generated<string>;
  seq: GeneratedAlways<number>;
  effort_id: string;
  funder: "stad" | "aktor";
  form: "pengar" | "resurs";
  contributor: string;
  description: Generated<string>;
  amount_sek: number | null;
  created_at: CreatedAt;
}

/** The dialogue's themes an effort answers (migration 0022). */
export interface EffortThemeTable {
  effort_id: string;
  theme_id: string;
}

export interface EffortMilestoneTable {
  id: Generated<string>;
  effort_id: string;
  title: string;
  due_on: string;
  created_at: CreatedAt;
}

/** A theme of a process's viewpoints, suggested or added by hand (migration 0021). */
export interface ProcessThemeTable {
  id: Generated<string>;
  case_id: string;
  name: string;
  status: Generated<"forslag" | "godkant" | "avvisat">;
  origin: "forslag" | "person";
  keywords: ColumnType<string[], string[] | undefined, string[]>;
  keyword_stems: ColumnType<string[], string[] | undefined, string[]>;
  merged_into: string | null;
  submission_key: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  decided_by: string | null;
  decided_at: Date | null;
  updated_at: Timestamp;
}

/** A viewpoint tagged with a theme, by the suggestion or by a person (migration 0021). */
export interface ViewpointThemeTable {
  viewpoint_id: string;
  theme_id: string;
  how: "forslag" | "person";
  tagged_by: string | null;
  tagged_at: CreatedAt;
}

/** The areas a register entry's boundary lies in, kept by triggers (migration 0014). */
export interface RegisterEntryAreaTable {
  entry_id: string;
  area_id: string;
}

/** View: every area of a register entry, from its boundary or chosen by name. */
export interface RegisterAreaView {
  entry_id: string;
  area_id: string;
}

export interface CoordinationTable {
  id: Generated<string>;
  case_id: string;
  register_id: string;
  register_kind: "process" | "case";
  how: string;
  recorded_by: string;
  submission_key: string | null;
  created_at: CreatedAt;
}

/** Failed sign-ins per typed address (0007); the key is a SHA-256 of the normalised address. */
export interface SignInFailureTable {
  address_hash: string;
  failures: number;
  locked_until: Date | null;
  updated_at: Timestamp;
}

/** A form's text fields kept when its session had expired (0007). */
export interface PendingSubmissionTable {
  id: Generated<string>;
  user_id: string;
  path: string;
  fields: Json;
  created_at: CreatedAt;
  expires_at: Date;
}

/** A registration waiting for the confirmation link to be followed (0007). */
export interface RegistrationRequestTable {
  token_hash: string;
  email: string;
  organisation_name: string;
  actor_type: string;
  org_number: string | null;
  person_name: string;
  password_hash: string;
  created_at: CreatedAt;
  expires_at: Date;
  used_at: Date | null;
}

/** An actor in a running process's area, mapped by the group and the contact person (migration 0018). */
export interface ProcessActorTable {
  id: Generated<string>;
  case_id: string;
  name: string;
  actor_type: "fastighetsagare" | "foretag" | "forening" | "skola" | "boendegrupp" | "annat";
  role: "involverad" | "intresserad" | "att_na";
  organisation_id: string | null;
  org_number: string | null;
  contact_name: string | null;
  email: string | null;
  phone: string | null;
  reached_how: string | null;
  reached_on: ColumnType<string | null, string | null | undefined, string | null>;
  notes: Generated<string>;
  submission_key: string | null;
  import_batch: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_by: string | null;
  updated_at: Timestamp;
}

/** Reminders sent, so each goes once (migration 0023). */
export interface ReminderSentTable {
  kind: string;
  subject_id: string;
  occasion: string;
  sent_at: CreatedAt;
}

/** The library of lessons across processes (migration 0023). `search` is generated. */
export interface LessonTable {
  id: Generated<string>;
  case_id: string;
  source: "resultatrapport" | "arsuppfoljning" | "natverk" | "manuell";
  title: string;
  body: string;
  phase: string;
  created_by: string | null;
  created_at: CreatedAt;
  search: ColumnType<string, never, never>;
  /** The hand-written lesson's form key (migration 0028). */
  submission_key: ColumnType<string | null, string | null | undefined, string | null>;
}

/** A meeting of the network of actors (migration 0028). */
export interface NetworkMeetingTable {
  id: Generated<string>;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: string;
  agenda: Generated<string>;
  notes: Generated<string>;
  notes_updated_at: Date | null;
  public_slug: string;
  submission_key: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** Who was invited to a network meeting, once per address (migration 0028). */
export interface NetworkInvitationTable {
  meeting_id: string;
  email: string;
  name: string;
  process_actor_id: string | null;
  organisation_id: string | null;
  invited_by: string | null;
  invited_at: CreatedAt;
}

/** A network meeting's notes made a lesson of a process (migration 0028). */
export interface NetworkMeetingLessonTable {
  meeting_id: string;
  case_id: string;
  lesson_id: string;
}

/** The resultatfas and the yearly follow-up (migration 0027). */
export interface ResultReportTable {
  case_id: string;
  status: Generated<"utkast" | "inskickad" | "godkand">;
  answer_1: Generated<string>;
  answer_2: Generated<string>;
  answer_3: Generated<string>;
  answer_4: Generated<string>;
  answer_5: Generated<string>;
  answer_6: Generated<string>;
  answer_7: Generated<string>;
  returned_reason: string | null;
  sent_at: Date | null;
  sent_by: string | null;
  approved_at: Date | null;
  approved_by: string | null;
  updated_by: string | null;
  updated_at: Timestamp;
}

export interface ProcessIndicatorTable {
  case_id: string;
  indicator_key: string;
  chosen_by: string | null;
  chosen_at: Timestamp;
}

export interface AssociationReportTable {
  id: Generated<string>;
  case_id: string;
  year: number;
  kind: "verksamhetsberattelse" | "ekonomisk_berattelse";
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: Timestamp;
  submission_key: string | null;
}

export interface GoalPlanTable {
  case_id: string;
  multi_year: boolean;
  set_by: string | null;
  set_at: Timestamp;
}

export interface ProcessGoalTable {
  id: Generated<string>;
  case_id: string;
  goal: string;
  measure: string;
  unit: string;
  baseline: number;
  target: number;
  target_year: number;
  created_by: string | null;
  created_at: Timestamp;
  submission_key: string | null;
}

export interface YearlyFollowUpTable {
  id: Generated<string>;
  case_id: string;
  year: number;
  summary: string;
  learned: Generated<string>;
  submitted_by: string | null;
  submitted_at: Timestamp;
}

export interface YearlyGoalValueTable {
  follow_up_id: string;
  goal_id: string;
  value: number | null;
}

/** A check-in of a running process (migration 0026). */
export interface CheckinTable {
  id: Generated<string>;
  case_id: string;
  series_id: string | null;
  occurrence: Generated<number>;
  title: string;
  starts_at: Timestamp;
  ends_at: Timestamp;
  place: string | null;
  meeting_link: string | null;
  status: Generated<"planerad" | "installd">;
  sequence: Generated<number>;
  notes: Generated<string>;
  notes_by: string | null;
  notes_at: Timestamp | null;
  submission_key: string | null;
  created_by: string | null;
  created_at: CreatedAt;
  updated_at: Timestamp;
}

/** A point on a check-in's agenda (migration 0026). */
export interface CheckinAgendaItemTable {
  id: Generated<string>;
  seq: GeneratedAlways<number>;
  checkin_id: string;
  body: string;
  added_by: string | null;
  submission_key: string | null;
  created_at: CreatedAt;
}

/** An agreed action of a check-in (migration 0026). */
export interface CheckinActionTable {
  id: Generated<string>;
  seq: GeneratedAlways<number>;
  checkin_id: string;
  case_id: string;
  title: string;
  owner_user_id: string | null;
  owner_name: string | null;
  due_on: ColumnType<string, string, string>;
  done_at: Timestamp | null;
  done_by: string | null;
  submission_key: string | null;
  created_by: string | null;
  created_at: CreatedAt;
}

// ---- the utförandefas (migration 0025) ----

export interface EffortExecutionTable {
  effort_id: string;
  status: Generated<"planerad" | "pagaende" | "klar" | "forsenad" | "installd">;
  percent: Generated<number>;
  note: Generated<string>;
  city_sek_in_force: number | null;
  updated_by: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface EffortMilestoneDoneTable {
  milestone_id: string;
  done_on: string;
  marked_by: string | null;
  marked_at: CreatedAt;
}

export interface ExecutionChangeTable {
  id: Generated<string>;
  case_id: string;
  effort_id: string;
  milestone_id: string | null;
  kind: "belopp" | "datum" | "milstolpe";
  from_sek: number | null;
  to_sek: number | null;
  from_starts_on: string | null;
  to_starts_on: string | null;
  from_ends_on: string | null;
  to_ends_on: string | null;
  reason: string;
  status: "begard" | "kraver_beslut" | "godkand" | "avslagen" | "beslutad_bifall" | "beslutad_avslag";
  requested_by: string | null;
  requested_at: Date;
  settled_by: string | null;
  settled_at: Date | null;
  settled_note: Generated<string>;
  decision_reference: string | null;
  decision_on: string | null;
  submission_key: string | null;
}

export interface ExecutionActualTable {
  id: Generated<string>;
  case_id: string;
  budget_line_id: string;
  amount_sek: number;
  spent_on: string;
  description: string;
  recorded_by: string | null;
  recorded_at: Date;
  submission_key: string | null;
}

export interface ExecutionReceiptTable {
  id: Generated<string>;
  case_id: string;
  budget_line_id: string | null;
  description: Generated<string>;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string | null;
  uploaded_at: Date;
  submission_key: string | null;
}

export interface ExecutionPaymentTable {
  id: Generated<string>;
  case_id: string;
  effort_id: string;
  decision_id: string;
  amount_sek: number;
  paid_on: string;
  note: Generated<string>;
  recorded_by: string | null;
  recorded_at: Date;
  submission_key: string | null;
}

export interface ExecutionCommitmentTable {
  id: Generated<string>;
  case_id: string;
  department: string;
  contribution: string;
  contact_name: Generated<string>;
  contact_email: Generated<string>;
  starts_on: string;
  ends_on: string;
  status: Generated<"planerat" | "pagaende" | "fullgjort" | "installt">;
  created_by: string | null;
  created_at: Date;
  updated_at: Date;
  submission_key: string | null;
}

export interface Database {
  staff_committee: StaffCommitteeTable;
  committee_process_type: CommitteeProcessTypeTable;
  city_goal: CityGoalTable;
  staff_invitation: StaffInvitationTable;
  setup_link: SetupLinkTable;
  sign_in_failure: SignInFailureTable;
  pending_submission: PendingSubmissionTable;
  registration_request: RegistrationRequestTable;
  local_process: LocalProcessTable;
  local_process_area: LocalProcessAreaTable;
  register_entry_area: RegisterEntryAreaTable;
  process_phase_event: ProcessPhaseEventTable;
  dialogue_activity: DialogueActivityTable;
  activity_participation: ActivityParticipationTable;
  viewpoint: ViewpointTable;
  effort_proposal: EffortProposalTable;
  effort: EffortTable;
  effort_budget_line: EffortBudgetLineTable;
  effort_milestone: EffortMilestoneTable;
  effort_theme: EffortThemeTable;
  process_theme: ProcessThemeTable;
  viewpoint_theme: ViewpointThemeTable;
  register_area: RegisterAreaView;
  coordination: CoordinationTable;
  index_configuration: IndexConfigurationTable;
  index_import: IndexImportTable;
  indicator_value: IndicatorValueTable;
  process_type: ProcessTypeTable;
  case_number_sequence: CaseNumberSequenceTable;
  application: ApplicationTable;
  stored_file: StoredFileTable;
  application_party: ApplicationPartyTable;
  invitation: InvitationTable;
  contact_request: ContactRequestTable;
  attachment: AttachmentTable;
  case_message: CaseMessageTable;
  case_note: CaseNoteTable;
  criteria_assessment: CriteriaAssessmentTable;
  committee_responsibility: CommitteeResponsibilityTable;
  case_referral: CaseReferralTable;
  committee_meeting: CommitteeMeetingTable;
  agenda_item: AgendaItemTable;
  decision: DecisionTable;
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
  process_actor: ProcessActorTable;
  reminder_sent: ReminderSentTable;
  lesson: LessonTable;
  result_report: ResultReportTable;
  process_indicator: ProcessIndicatorTable;
  association_report: AssociationReportTable;
  goal_plan: GoalPlanTable;
  process_goal: ProcessGoalTable;
  yearly_follow_up: YearlyFollowUpTable;
  yearly_goal_value: YearlyGoalValueTable;
  network_meeting: NetworkMeetingTable;
  network_invitation: NetworkInvitationTable;
  network_meeting_lesson: NetworkMeetingLessonTable;
  checkin: CheckinTable;
  checkin_agenda_item: CheckinAgendaItemTable;
  checkin_action: CheckinActionTable;
  effort_execution: EffortExecutionTable;
  effort_milestone_done: EffortMilestoneDoneTable;
  execution_change: ExecutionChangeTable;
  execution_actual: ExecutionActualTable;
  execution_receipt: ExecutionReceiptTable;
  execution_payment: ExecutionPaymentTable;
  execution_commitment: ExecutionCommitmentTable;
}

export type AppUserRow = Selectable<AppUserTable>;
export type NewAuditEvent = Insertable<AuditEventTable>;
export type MailOutboxRow = Selectable<MailOutboxTable>;
export type CollaborationCaseUpdate = Updateable<CollaborationCaseTable>;
