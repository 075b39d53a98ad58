/**
 * Wires adapters into use cases. Used by the server's composition root and by integration
 * tests, so both run the same objects.
 */
import { pageLanguages } from "#src/text/resident-catalogues.ts";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { AdminService } from "#src/application/admin/index.ts";
import { AuthService, type AuthConfig } from "#src/application/auth/index.ts";
import { CasePage, CaseService } from "#src/application/cases/index.ts";
import { CaseMessagesService } from "#src/application/cases/index.ts";
import { AssessmentService } from "#src/application/assessment/index.ts";
import { createCommitteeServices } from "#src/application/committee/index.ts";
import { ContactRequestService } from "#src/application/outreach/index.ts";
import { OrganisationService } from "#src/application/organisations/index.ts";
import { ApplicationService, type CaseNumberSource } from "#src/application/intake/index.ts";
import { ApplyInvitation } from "#src/application/intake/index.ts";
import { fileTypeInspector } from "#src/adapters/files/file-inspector.ts";
import { csvTableReader } from "#src/adapters/files/csv-table.ts";
import { CoordinationService } from "#src/application/coordination/index.ts";
import { IndexService } from "#src/application/area-index/index.ts";
import { csvIndicatorReader } from "#src/adapters/index-data/csv.ts";
import { csvWriter } from "#src/adapters/files/csv-writer.ts";
import { officerReportRenderer } from "#src/adapters/documents/officer-report.ts";
import { MailDelivery } from "#src/application/mail/index.ts";
import { CommitteeAdministration } from "#src/application/admin/index.ts";
import { StaffAdministration } from "#src/application/admin/index.ts";
import { CityGoals } from "#src/application/admin/index.ts";
import { FirstRun } from "#src/application/admin/index.ts";
import type { Clock, MailTransport, PasswordHasher, ReminderSweep } from "#src/application/shared/ports.ts";
import { KyselyUnitOfWork } from "#src/adapters/db/repositories.ts";
import { RecentReads } from "#src/application/shared/recent-reads.ts";
import type { SecretBox } from "#src/adapters/crypto/secret-box.ts";
import type { Db } from "#src/adapters/db/connect.ts";
import type { AppServices, DemoSignIn } from "../app/context.ts";
import type { MapTiles } from "#src/adapters/config/map-tiles.ts";
import { StartPage } from "#src/application/site/index.ts";
import { BudgetFollowUpService, CommitmentService, ExecutionPlanService } from "#src/application/execution/index.ts";
import { ActorMapping, CityInitiatedProcesses, PhaseService, ProposalService, WeAskedService } from "#src/application/collaboration/index.ts";
import { ActivityService, CompilationService, PublicViewpoints, ThemeService, ViewpointService } from "#src/application/dialogue/index.ts";
import { swedishText } from "#src/adapters/text/swedish-text.ts";
import { compilationRenderer } from "#src/adapters/documents/compilation.ts";
import { randomSlugs } from "#src/adapters/crypto/public-slug.ts";
import { icsCalendar } from "#src/adapters/documents/calendar.ts";
import { qrCodes } from "#src/adapters/documents/qr-code.ts";
import { GoalService, ResultService, YearlyFollowUpSweep, YearlyReportService } from "#src/application/results/index.ts";
import { plainDocuments } from "#src/adapters/documents/results.ts";
import { followUpReminderText, reportMailText } from "../app/routes/results/mail-text.ts";
import { ActorNetwork, LessonLibrary, ProcessComparison } from "#src/application/learning/index.ts";
import { CheckinReminders, CheckinService } from "#src/application/checkins/index.ts";
import { icsCheckinCalendar } from "#src/adapters/documents/checkin-calendar.ts";
import { checkinReminderText } from "#src/adapters/text/checkin-reminder-text.ts";
import { JobAdministration } from "#src/application/jobs/index.ts";
import type { QueueHooks } from "#src/adapters/db/repositories/jobs.ts";

export const systemClock: Clock = { now: () => new Date() };

/** Keeps mail in the outbox table when no SMTP server is configured. */
export const keepInOutbox: MailTransport = {
  delivers: false,
  async send() {
    throw new Error("No SMTP server is configured; the message stays in the outbox");
  },
};

export interface ServiceDeps {
  db: Db;
  hasher: PasswordHasher;
  clock?: Clock;
  transport: MailTransport;
  /** Seals the secrets of mail (reset and invitation links) for its delivery; used only when the transport delivers. */
  mailSecrets?: SecretBox;
  auth?: Partial<AuthConfig>;
  publicUrl: string;
  demoSignIns?: DemoSignIn[] | null;
  nudgeMail?: () => void;
  signInAttemptsPerIp?: number;
  contactRequestsPerIp?: number;
  contactMinFillSeconds?: number;
  caseNumberSource?: CaseNumberSource;
  mapTiles?: MapTiles | null;
  /** Viewpoints a client address may give on the public pages per hour (default 30: a pop-up shares a network). */
  viewpointsPerIp?: number;
  /** Viewpoints one activity takes from the public page per hour (default 600). */
  viewpointsPerActivity?: number;
  /** The running job queue (src/adapters/jobs/job-queue.ts): mail becomes a job in its transaction. Tests leave it out unless they run the queue. */
  queue?: QueueHooks;
}

/** A limiter in memory, per process: `consume` takes one point, `refund` gives one back. */
function memoryLimiter(points: number, seconds: number) {
  const limiter = new RateLimiterMemory({ points, duration: seconds });
  return {
    async consume(key: string) {
      try {
        await limiter.consume(key);
        return true;
      } catch {
        return false;
      }
    },
    async refund(key: string) {
      await limiter.reward(key, 1).catch(() => {});
    },
  };
}

/** What the server process runs beside the pages: mail delivery and the features' reminder sweeps. */
export interface BackgroundServices {
  mailDelivery: MailDelivery;
  recentReads: RecentReads;
  /** Every feature's reminder sweep; the job queue runs them (src/adapters/jobs/). */
  reminderSweeps: ReminderSweep[];
}

export function createServices(deps: ServiceDeps): AppServices & BackgroundServices {
  // Mail that is only kept in the outbox never leaves, so its secrets are not stored at all.
  // Reads over the whole register, kept until the next change (application/shared/recent-reads.ts).
  const recentReads = new RecentReads({ maxAgeMs: 30_000 });
  const uow = new KyselyUnitOfWork(deps.db, { mailSecrets: deps.transport.delivers ? deps.mailSecrets : undefined, onCommit: () => recentReads.changed(), ...(deps.queue ? { queue: deps.queue } : {}) });
  const clock = deps.clock ?? systemClock;
  const sessionIdleMinutes = deps.auth?.sessionIdleMinutes ?? 120;
  const invitationDays = 14;
  const organisations = new OrganisationService({ uow, hasher: deps.hasher, clock, config: { sessionIdleMinutes, invitationDays, publicUrl: deps.publicUrl }, nudgeMail: () => deps.nudgeMail?.() });
  const applications = new ApplicationService({
    uow,
    clock,
    files: fileTypeInspector,
    config: { caseNumberSource: deps.caseNumberSource ?? "samverka", publicUrl: deps.publicUrl, processTypeCode: "samverkansstod" },
    nudgeMail: () => deps.nudgeMail?.(),
  });
  const index = new IndexService({ uow, clock, csv: csvIndicatorReader, csvWriter });
  const coordination = new CoordinationService({ uow, clock, tables: csvTableReader, needs: index, recentReads });
  const committee = createCommitteeServices({ uow, clock, publicUrl: deps.publicUrl, nudgeMail: () => deps.nudgeMail?.(), renderer: officerReportRenderer });
  // The case page shows parts of the features that build on cases; they are plugged in here.
  const casePage = new CasePage({
    uow,
    index,
    parts: {
      application: (actor, caseId) => applications.view(actor, caseId),
      decision: (actor, caseId) => committee.decisions.decisionForCase(actor, caseId),
      handling: (actor, caseId) => committee.handling.handlingOverview(actor, caseId),
    },
  });
  const cases = new CaseService({ uow, index });
  const admin = new AdminService({ uow, clock });
  const contactRequests = new ContactRequestService({ uow, clock, nudgeMail: () => deps.nudgeMail?.(), invitation: { days: invitationDays, publicUrl: deps.publicUrl } });
  const firstRun = new FirstRun({ uow, clock, hasher: deps.hasher, config: { publicUrl: deps.publicUrl, sessionIdleMinutes } });
  const compilation = new CompilationService({ uow, clock, text: swedishText(), renderer: compilationRenderer("sv") });
  // Each feature with reminders adds its sweep here.
  const reminderSweeps: ReminderSweep[] = [];
  reminderSweeps.push(new YearlyFollowUpSweep({ uow, text: followUpReminderText("sv"), publicUrl: deps.publicUrl, nudgeMail: () => deps.nudgeMail?.() }));
  reminderSweeps.push(new CheckinReminders({ uow, text: checkinReminderText("sv"), publicUrl: deps.publicUrl, nudgeMail: () => deps.nudgeMail?.() }));
  return {
    startPage: new StartPage({ sources: { cases, areas: admin, contactRequests, setup: firstRun }, processTypeCode: "samverkansstod" }),
    auth: new AuthService({
      uow,
      hasher: deps.hasher,
      clock,
      config: { sessionIdleMinutes, sessionAbsoluteHours: 12, resetLinkMinutes: 60, publicUrl: deps.publicUrl, ...deps.auth },
    }),
    cases,
    casePage,
    messages: new CaseMessagesService({ uow, clock, publicUrl: deps.publicUrl, nudgeMail: () => deps.nudgeMail?.() }),
    admin,
    assessment: new AssessmentService({ uow, clock, coordination }),
    committee,
    contactRequests,
    organisations,
    applications,
    applyInvitation: new ApplyInvitation({ uow, organisations, applications }),
    index,
    coordination,
    mailDelivery: new MailDelivery({ uow, transport: deps.transport, clock }),
    processPhases: new PhaseService({ uow, clock }),
    proposals: new ProposalService({ uow, clock }),
    themes: new ThemeService({ uow, clock, text: swedishText() }),
    compilation,
    weAsked: new WeAskedService({ uow, compilation }),
    activities: new ActivityService({ uow, clock, slugs: randomSlugs, calendar: icsCalendar, qr: qrCodes, publicUrl: deps.publicUrl }),
    actorMapping: new ActorMapping({ uow, clock, tables: csvTableReader, csvWriter }),
    cityProcesses: new CityInitiatedProcesses({
      uow,
      clock,
      config: { caseNumberSource: deps.caseNumberSource ?? "samverka", processTypeCode: "samverkansstod", publicUrl: deps.publicUrl, invitationDays },
      nudgeMail: () => deps.nudgeMail?.(),
    }),
    recentReads,
    reminderSweeps,
    executionPlan: new ExecutionPlanService({ uow, clock }),
    budgetFollowUp: new BudgetFollowUpService({ uow, clock, files: fileTypeInspector, csvWriter }),
    commitments: new CommitmentService({ uow, clock }),
    administration: {
      committees: new CommitteeAdministration({ uow, clock }),
      staff: new StaffAdministration({ uow, clock, hasher: deps.hasher, config: { publicUrl: deps.publicUrl, sessionIdleMinutes }, nudgeMail: () => deps.nudgeMail?.() }),
      goals: new CityGoals({ uow, clock }),
      firstRun,
    },
    mailDelivers: deps.transport.delivers,
    nudgeMail: deps.nudgeMail ?? (() => {}),
    demoSignIns: deps.demoSignIns ?? null,
    mapTiles: deps.mapTiles ?? null,
    signInLimiter: memoryLimiter(deps.signInAttemptsPerIp ?? 30, 15 * 60),
    contactLimiter: memoryLimiter(deps.contactRequestsPerIp ?? 10, 60 * 60),
    recipientLimiter: memoryLimiter(3, 60 * 60),
    contactMinFillSeconds: deps.contactMinFillSeconds ?? 3,
    publicViewpoints: new PublicViewpoints({ uow, clock, languages: pageLanguages().map((l) => l.code) }),
    viewpoints: new ViewpointService({ uow, clock, tables: csvTableReader, languages: pageLanguages().map((l) => l.code) }),
    viewpointLimiter: memoryLimiter(deps.viewpointsPerIp ?? 30, 60 * 60),
    viewpointActivityLimiter: memoryLimiter(deps.viewpointsPerActivity ?? 600, 60 * 60),
    results: new ResultService({ uow, clock, files: fileTypeInspector, documents: plainDocuments, mail: { text: reportMailText("sv"), publicUrl: deps.publicUrl, nudge: () => deps.nudgeMail?.() } }),
    yearlyFollowUp: new GoalService({ uow, clock }),
    yearlyReport: new YearlyReportService({ uow, clock, csvWriter, documents: plainDocuments }),
    lessons: new LessonLibrary({ uow, clock }),
    comparison: new ProcessComparison({ uow, clock, csvWriter }),
    actorNetwork: new ActorNetwork({ uow, clock, slugs: randomSlugs, calendar: icsCalendar, publicUrl: deps.publicUrl, nudgeMail: () => deps.nudgeMail?.() }),
    checkins: new CheckinService({ uow, clock, calendar: icsCheckinCalendar, publicUrl: deps.publicUrl, mail: { text: checkinReminderText("sv"), nudge: () => deps.nudgeMail?.() } }),
    jobs: new JobAdministration({ uow, clock }),
  };
}
