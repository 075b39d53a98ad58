/**
 * One home for reading an audit entry as a sentence: who did what, and what changed
 * ("Karin Kontaktperson satte anslagsdatum till 2026-12-10 (var: inte satt)."). Every action
 * code written on cases and contact requests has its sentence; an unknown code falls back to a
 * generic sentence, never to the raw data, which only the administrators' full audit log shows.
 */
import type { AuditEntry } from "#src/application/shared/ports.ts";
import { isDecisionOutcome } from "#src/domain/case/decision.ts";
import { CASE_EVENTS, isCaseStatus } from "#src/domain/case/lifecycle.ts";
import { SAMVERKANSSTOD_V1 } from "#src/domain/process-type/samverkansstod.ts";
import { EFFORT_STATUSES, type EffortStatus } from "#src/domain/execution/plan.ts";
import { formatMoney, type Locale, type MessageKey, type Translate } from "#src/text/index.ts";

type Data = Record<string, unknown>;
const asData = (v: unknown): Data => (v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Data) : {});
const str = (v: unknown): string | null => (typeof v === "string" && v.trim() !== "" ? v : typeof v === "number" ? String(v) : null);

/** "Karin Kontaktperson (karin@…)" → "Karin Kontaktperson"; a label without a name stays as it is. */
export function actorName(label: string): string {
  const m = /^(.+?) \([^()\s]+@[^()\s]+\)$/.exec(label.trim());
  return m ? m[1]! : label.trim();
}

// The statuses, outcomes and lifecycle events are the domain's; audit data is read back as unknown JSON, so each is checked.
const CASE_EVENT_NAMES: ReadonlySet<string> = new Set(CASE_EVENTS);
const isEffortStatus = (v: unknown): v is EffortStatus => typeof v === "string" && (EFFORT_STATUSES as readonly string[]).includes(v);

export function auditSentence(entry: AuditEntry, t: Translate, locale: Locale): string {
  const who = actorName(entry.actorLabel) || t("auditlog.someone");
  const before = asData(entry.before);
  const after = asData(entry.after);
  const notSet = t("auditlog.notSet");
  const was = (value: string | null) => t("auditlog.was", { before: value ?? notSet });
  const status = (v: unknown) => (isCaseStatus(v) ? t(`internal.${v}`) : notSet);
  const outcome = (v: unknown) => (isDecisionOutcome(v) ? t(`decision.outcome.${v}`).toLowerCase() : t("auditlog.notSet"));
  const money = (v: unknown) => (typeof v === "number" ? formatMoney(v, locale) : notSet);
  const stepTitle = (v: unknown) => {
    const key = str(v) ?? "";
    return SAMVERKANSSTOD_V1.applicationSteps.find((s) => s.key === key)?.title[locale] ?? key;
  };

  const action = entry.action;
  switch (action) {
    case "application.started":
      return t(after.contactRequestId ? "auditlog.application.startedFromRequest" : "auditlog.application.started", { who });
    case "application.saved":
      return t(after.area && !asData(after.area).unchanged ? "auditlog.application.savedArea" : "auditlog.application.saved", { who, step: stepTitle(after.step) });
    case "attachment.added":
      return t("auditlog.attachment.added", { who, file: str(after.filename) ?? "" });
    case "attachment.removed":
      return t("auditlog.attachment.removed", { who, file: str(before.filename) ?? "" });
    case "case.message.meddelande":
    case "case.message.begaran_om_komplettering":
    case "case.message.komplettering":
    case "case.referral.answer":
    case "case.assessment.save":
    case "invitation.co_applicant_accepted":
    case "contact_request.closed":
      if (action === "case.assessment.save") {
        if (before.recommendation !== after.recommendation && after.recommendation)
          return t("auditlog.case.assessment.recommendation", { who, after: outcome(after.recommendation), was: was(before.recommendation ? outcome(before.recommendation) : null) });
        if (entry.before && before.proposedAmountSek !== after.proposedAmountSek)
          return t("auditlog.case.assessment.amount", { who, after: money(after.proposedAmountSek), was: was(typeof before.proposedAmountSek === "number" ? money(before.proposedAmountSek) : null) });
      }
      return t(`auditlog.${action}` as MessageKey, { who });
    case "case.referral.overlamning":
    case "case.referral.yttrande":
      return t(`auditlog.${action}` as MessageKey, { who, committee: str(after.toCommittee) ?? "" });
    case "case.agenda.add":
      return t("auditlog.case.agenda.add", { who, date: str(after.meetsOn) ?? "" });
    case "case.coordinated":
      return t("auditlog.case.coordinated", { who, name: str(asData(after.with).name) ?? "" });
    case "case.decision.record": {
      const vars = { who, paragraph: str(after.paragraph) ?? "", date: str(after.decidedOn) ?? "", outcome: outcome(after.outcome), amount: money(after.grantedAmountSek) };
      if (after.decisionPoint === "insatser") return t("auditlog.case.decision.recordEfforts", vars);
      return t(typeof after.grantedAmountSek === "number" && after.grantedAmountSek > 0 ? "auditlog.case.decision.recordAmount" : "auditlog.case.decision.record", vars);
    }
    case "case.decision.dates": {
      const changes: string[] = [];
      for (const field of ["minutesApprovedOn", "postedOn"] as const) {
        if (before[field] === after[field]) continue;
        changes.push(t(`auditlog.field.${field}`, { after: str(after[field]) ?? notSet, was: was(str(before[field])) }));
      }
      return changes.length ? t("auditlog.case.decision.dates", { who, changes: changes.join(t("auditlog.and")) }) : t("auditlog.case.decision.datesUnchanged", { who });
    }
    case "case.appeal_notice":
      return t("auditlog.case.appeal_notice", { date: str(after.appealPeriodEnds) ?? "" });
    case "case.diarium_registered":
      return t("auditlog.case.diarium_registered", { who, number: str(after.diariumNumber) ?? "", was: was(str(before.diariumNumber)) });
    case "case.contact_person":
      return t("auditlog.case.contact_person", { who, after: str(after.name) ?? t("auditlog.none"), was: was(str(before.name) ?? t("auditlog.none")) });
    case "invitation.co_applicant_created":
      return t("auditlog.invitation.co_applicant_created", { who, organisation: str(after.organisationName) ?? "", email: str(after.email) ?? "" });
    case "contact_request.created":
      return t("auditlog.contact_request.created");
    case "contact_request.meeting_booked":
      return t("auditlog.contact_request.meeting_booked", { who, after: str(after.meetingOn) ?? notSet, was: was(str(before.meetingOn)) });
    case "contact_request.note_added":
      return after.meetingOn ? t("auditlog.contact_request.note_addedMeeting", { who, date: str(after.meetingOn) ?? "" }) : t("auditlog.contact_request.note_added", { who });
    case "contact_request.invited":
      return t("auditlog.contact_request.invited", { who, email: str(after.email) ?? "" });
    case "invitation.apply_accepted":
      return t("auditlog.invitation.apply_accepted", { who, organisation: str(after.organisation) ?? "" });
    case "contact_request.application_started":
      return t("auditlog.contact_request.application_started", { who });
    case "process.phase.change":
      return t("auditlog.process.phase.change", { who, phase: typeof after.to === "string" ? t(`phase.${after.to}` as MessageKey) : notSet });
    case "proposal.effort.add":
    case "proposal.effort.update":
      return t(`auditlog.${action}`, { who, title: str(after.title) ?? "" });
    case "proposal.effort.themes":
    case "proposal.effort.remove":
    case "proposal.budget.add":
    case "proposal.budget.remove":
    case "proposal.milestone.add":
    case "proposal.milestone.remove":
    case "proposal.send":
    case "proposal.ready":
    case "proposal.assess":
      return t(`auditlog.${action}`, { who });
    case "proposal.return":
      return t("auditlog.proposal.return", { who, reason: str(after.reason) ?? "" });
    case "invitation.process_created":
      return t("auditlog.invitation.process_created", { who, organisation: str(after.organisationName) ?? "", count: Array.isArray(after.emails) ? after.emails.length : 1 });
    case "process.city_initiated":
      return t("auditlog.process.city_initiated", { who });
    case "process.actor.added":
    case "process.actor.changed":
      return t(`auditlog.${action}` as MessageKey, { who, name: str(after.name) ?? "" });
    case "process.actor.removed":
      return t("auditlog.process.actor.removed", { who, name: str(before.name) ?? "" });
    case "process.actors.imported":
      return t("auditlog.process.actors.imported", { who, count: typeof after.imported === "number" ? after.imported : 0 });
    case "process.actors.exported":
      return t("auditlog.process.actors.exported", { who });
    case "results.report.save":
    case "results.report.send":
    case "results.report.approve":
    case "results.goals.plan":
    case "results.goal.remove":
    case "results.followup.reminder":
      return t(`auditlog.${action}`, { who, year: str(after.year) ?? "" });
    case "results.report.return":
      return t("auditlog.results.report.return", { who, reason: str(after.reason) ?? "" });
    case "results.indicator.choose":
      return t("auditlog.results.indicator.choose", { who, indicator: str(after.indicator) ?? "" });
    case "results.indicator.remove":
      return t("auditlog.results.indicator.remove", { who, indicator: str(before.indicator) ?? "" });
    case "results.association.upload":
      return t("auditlog.results.association.upload", { who, filename: str(after.filename) ?? "", year: str(after.year) ?? "" });
    case "results.goal.add":
      return t("auditlog.results.goal.add", { who, goal: str(after.goal) ?? "" });
    case "results.followup.add":
      return t("auditlog.results.followup.add", { who, year: str(after.year) ?? "" });
    case "lesson.add":
      return t(after.source === "natverk" ? "auditlog.lesson.addFromNetwork" : "auditlog.lesson.add", { who, title: str(after.title) ?? "" });
    case "network.meeting.plan":
      return t("auditlog.network.meeting.plan", { who, title: str(after.title) ?? "" });
    case "network.meeting.invite":
      return t("auditlog.network.meeting.invite", { who, count: typeof after.count === "number" ? after.count : 0 });
    case "network.meeting.notes":
      return t("auditlog.network.meeting.notes", { who });
    case "checkin.schedule":
      return t("auditlog.checkin.schedule", { who, title: str(after.title) ?? "", count: typeof after.count === "number" ? after.count : 1 });
    case "checkin.move":
    case "checkin.cancel":
    case "checkin.notes":
    case "checkin.agenda.add":
    case "checkin.action.add":
    case "checkin.action.done":
    case "checkin.action.reopen":
      return t(`auditlog.${action}`, { who, title: str(after.title) ?? "" });
    case "checkin.reminder":
    case "checkin.action.reminder":
    case "checkin.action.overdue":
      return t(`auditlog.${action}`, { count: typeof after.recipients === "number" ? after.recipients : 0 });
    case "execution.progress":
      return t("auditlog.execution.progress", { who, title: str(after.title) ?? "", status: isEffortStatus(after.status) ? t(`execution.status.${after.status}`).toLowerCase() : notSet, percent: typeof after.percent === "number" ? after.percent : 0 });
    case "execution.milestone":
      return t("auditlog.execution.milestone", { who, title: str(after.title) ?? "", done: t(after.doneOn ? "auditlog.execution.milestone.done" : "auditlog.execution.milestone.undone") });
    case "execution.change.request":
    case "execution.change.approve":
    case "execution.change.refuse":
      return t(`auditlog.${action}`, { who, title: str(after.title) ?? "" });
    case "execution.change.decide":
      return t("auditlog.execution.change.decide", { who, title: str(after.title) ?? "", reference: str(after.reference) ?? "" });
    case "execution.actual.add":
      return t("auditlog.execution.actual.add", { who, title: str(after.effortTitle) ?? "", amount: money(after.amountSek) });
    case "execution.payment.add":
      return t("auditlog.execution.payment.add", { who, title: str(after.title) ?? "", amount: money(after.amountSek) });
    case "execution.receipt.add":
      return t("auditlog.execution.receipt.add", { who, filename: str(after.filename) ?? "" });
    case "execution.commitment.add":
    case "execution.commitment.update":
      return t(`auditlog.${action}`, { who, department: str(after.department) ?? "" });
    case "job.retry":
      return t("auditlog.job.retry", { who });
  }
  // Status changes: case.<event> from the lifecycle, with the statuses before and after.
  const event = action.startsWith("case.") ? action.slice(5) : "";
  if (CASE_EVENT_NAMES.has(event)) {
    const vars = { who, number: str(after.caseNumber) ?? "", committee: str(after.toCommittee) ?? "", outcome: outcome(after.outcome) };
    const key = (event === "submit" && vars.number ? "auditlog.case.submitNumbered" : `auditlog.case.${event}`) as MessageKey;
    return `${t(key, vars)} ${t("auditlog.statusChange", { from: status(before.status), to: status(after.status) })}`;
  }
  if (entry.entityType === "case") return t("auditlog.generic.case", { who });
  if (entry.entityType === "contact_request") return t("auditlog.generic.contact_request", { who });
  return t("auditlog.generic.other", { who });
}
