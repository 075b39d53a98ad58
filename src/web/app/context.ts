/**
 * What the HTTP edge hands every loader and action: the use-case services (wired once in the
 * composition root) and the facts of this request (who is signed in, the CSRF token, the
 * CSP nonce, the language).
 */
import type { ApplyInvitation } from "#src/application/intake/index.ts";
import { createContext } from "react-router";
import type { AdminService } from "#src/application/admin/index.ts";
import type { ApplicationService, ApplicationView } from "#src/application/intake/index.ts";
import type { CoordinationService } from "#src/application/coordination/index.ts";
import type { AuthService } from "#src/application/auth/index.ts";
import type { CasePage, CaseService } from "#src/application/cases/index.ts";
import type { CaseMessagesService } from "#src/application/cases/index.ts";
import type { AssessmentService } from "#src/application/assessment/index.ts";
import type { CommitteeServices, DecisionForCase, HandlingOverview } from "#src/application/committee/index.ts";
import type { ContactRequestService } from "#src/application/outreach/index.ts";
import type { OrganisationService } from "#src/application/organisations/index.ts";
import type { IndexService } from "#src/application/area-index/index.ts";
import type { StartPage } from "#src/application/site/index.ts";
import type { GoalService, ResultService, YearlyReportService } from "#src/application/results/index.ts";
import type { CheckinService } from "#src/application/checkins/index.ts";
import type { CommitteeAdministration } from "#src/application/admin/index.ts";
import type { StaffAdministration } from "#src/application/admin/index.ts";
import type { CityGoals } from "#src/application/admin/index.ts";
import type { FirstRun } from "#src/application/admin/index.ts";
import type { Actor } from "#src/domain/access/actor.ts";
import type { Locale } from "#src/text/index.ts";
import type { MapTiles } from "#src/adapters/config/map-tiles.ts";
import type { BudgetFollowUpService, CommitmentService, ExecutionPlanService } from "#src/application/execution/index.ts";
import type { ActorMapping, CityInitiatedProcesses, PhaseService, ProposalService, WeAskedService } from "#src/application/collaboration/index.ts";
import type { ActivityService, CompilationService, PublicViewpoints, ThemeService, ViewpointService } from "#src/application/dialogue/index.ts";
import type { ActorNetwork, LessonLibrary, ProcessComparison } from "#src/application/learning/index.ts";
import type { JobAdministration } from "#src/application/jobs/index.ts";

export interface SignInLimiter {
  /** Counts one attempt from `key`; false when the key has used up its attempts for now. */
  consume(key: string): Promise<boolean>;
  /** Gives back an attempt that turned out well (a successful sign-in counts for nothing). */
  refund(key: string): Promise<void>;
}

export interface AppServices {
  auth: AuthService;
  /** The signed-in start page's view, by role. */
  startPage: StartPage;
  cases: CaseService;
  /** The case page's view: the case with the application, the decision and the next steps plugged in. */
  casePage: CasePage<ApplicationView, DecisionForCase, HandlingOverview>;
  messages: CaseMessagesService;
  admin: AdminService;
  assessment: AssessmentService;
  /** Routing, handling, meetings, decisions, the officer's report, the contact person: one small service each. */
  committee: CommitteeServices;
  contactRequests: ContactRequestService;
  organisations: OrganisationService;
  applications: ApplicationService;
  /** Accepting the city's invitation to apply (from a contact request). */
  applyInvitation: ApplyInvitation;
  coordination: CoordinationService;
  /** The running process's phases and their history (issue 11). */
  processPhases: PhaseService;
  /** The process's dialogue activities, their participation, posters and calendar files (issue 11). */
  activities: ActivityService;
  /** The group's proposal of efforts and the city's assessment of it. */
  proposals: ProposalService;
  /** The themes of a process's viewpoints (issue 11). */
  themes: ThemeService;
  /** The compilation of a process's dialogue, as a page and as documents (issue 11). */
  compilation: CompilationService;
  /** "Vi frågade, ni sa, vi gör": the dialogue's themes and what the proposal and decision do about them. */
  weAsked: WeAskedService;
  /** The actor mapping of a running process (issue 11). */
  actorMapping: ActorMapping;
  /** Processes the city starts itself, and the organisations it invites into them (issue 11). */
  cityProcesses: CityInitiatedProcesses;
  index: IndexService;
  /** Committees, staff, the city's goals and the first run. */
  administration: {
    committees: CommitteeAdministration;
    staff: StaffAdministration;
    goals: CityGoals;
    firstRun: FirstRun;
  };
  signInLimiter: SignInLimiter;
  /** Contact requests per client address and hour (the public form). */
  contactLimiter: SignInLimiter;
  /** Mails that anyone can cause to an address they type (receipts, registration mails), per address and hour. */
  recipientLimiter: SignInLimiter;
  /** A contact form sent sooner than this after it was shown is asked to be sent again (0 = off). */
  contactMinFillSeconds: number;
  mailDelivers: boolean;
  nudgeMail(): void;
  demoSignIns: DemoSignIn[] | null;
  /** The base map under the maps (MAP_TILES_URL), or null: the city's areas alone. */
  mapTiles: MapTiles | null;
  /** Residents' viewpoints on an activity's public page (issue 11). */
  publicViewpoints: PublicViewpoints;
  /** The group's viewpoints: the list, entry, import and moderation (issue 11). */
  viewpoints: ViewpointService;
  /** Viewpoints from the public page per client address and hour, in memory (the address is never stored). */
  viewpointLimiter: SignInLimiter;
  /** Viewpoints from the public page per activity and hour, in memory. */
  viewpointActivityLimiter: SignInLimiter;
  /** The resultatfas: the result report, indicators, association reports, the closing (issue 12). */
  results: ResultService;
  /** A multi-year process's goals and yearly follow-up (issue 12). */
  yearlyFollowUp: GoalService;
  /** The committees' yearly report (issue 12). */
  yearlyReport: YearlyReportService;
  /** The library of lessons across processes (issue 12). */
  lessons: LessonLibrary;
  /** Processes side by side (issue 12). */
  comparison: ProcessComparison;
  /** The network of actors and its meetings (issue 12). */
  actorNetwork: ActorNetwork;
  /** Check-ins with the group: schedule, agenda, notes, agreed actions, calendar files (issue 12). */
  checkins: CheckinService;
  /** The utförandefas's plan: progress, milestones, changes (issue 12). */
  executionPlan: ExecutionPlanService;
  /** The budget follow-up: actual costs, receipts, the city's payments (issue 12). */
  budgetFollowUp: BudgetFollowUpService;
  /** Other departments' and city companies' commitments to processes (issue 12). */
  commitments: CommitmentService;
  /** The job queue as administrators see it: counts, failed jobs, "Försök igen" (/admin/jobb). */
  jobs: JobAdministration;
}

export interface DemoSignIn {
  role: Actor["role"];
  email: string;
  password: string;
  name: string;
}

export interface RequestState {
  actor: Actor | null;
  sessionToken: string | null;
  csrfToken: string;
  nonce: string;
  locale: Locale;
  /**
   * The page language asked for with `?sprak=` (a built-in or resident language's code, checked
   * by the edge), or null. Only the resident pages heed it (src/web/app/lib/page-language.ts).
   */
  language: string | null;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  secureCookies: boolean;
  /** A time stamp signed with the server's key, to tell when a form was shown (a spam check). */
  formTime: FormTime;
  /** A fresh random key for this request's form (a UUID): the same form posted twice creates one record. */
  formKey: string;
  /** Errors thrown in loaders and actions (reported by entry.server's handleError), for the edge to read. */
  serverErrors: unknown[];
}

export interface FormTime {
  /** A signed stamp of now, for a hidden field. */
  issue(): string;
  /** Seconds since a stamp this server issued for this browser; null when it is not one. */
  secondsSince(stamp: string | null | undefined): number | null;
}

export const servicesContext = createContext<AppServices>();
export const requestContext = createContext<RequestState>();
