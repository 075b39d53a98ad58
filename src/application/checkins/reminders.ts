/**
 * The check-ins' reminder sweep (issue 12): reads the current check-ins and actions, asks the
 * domain's schedule (`reminderOccasions`, src/domain/checkins/checkin.ts) which reminders are
 * due now, and for each not yet sent claims it in the reminder log and writes its mail to the
 * outbox, one mail to each recipient — the group's users and the city's side (the contact person,
 * and whoever scheduled the check-in; for an action also its owner) — with an audit entry, in one
 * transaction per reminder. The job queue runs it every minute and at start-up, so a reminder due
 * while the server was down goes when it is back; the log makes it go once however often it runs.
 * A moved check-in is reminded at its new time (the occasion names the time); a cancelled one,
 * and anything of a closed process, not at all. The mail says what, when and where, and links to
 * the check-in's page; it carries no secret (the page asks the reader to sign in).
 */
import { actionReminderHorizon, checkinReminderHorizon, reminderOccasions } from "#src/domain/checkins/checkin.ts";
import type { ReminderSweep, UnitOfWork } from "../shared/ports.ts";
import { checkinLink } from "./checkins.ts";
import type { CheckinReminderText } from "./ports.ts";

export class CheckinReminders implements ReminderSweep {
  readonly name = "avstamningar";
  readonly #uow: UnitOfWork;
  readonly #text: CheckinReminderText;
  readonly #publicUrl: string;
  readonly #nudgeMail: () => void;

  constructor(deps: { uow: UnitOfWork; text: CheckinReminderText; publicUrl: string; nudgeMail?: () => void }) {
    this.#uow = deps.uow;
    this.#text = deps.text;
    this.#publicUrl = deps.publicUrl;
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
  }

  async sweep(now: Date): Promise<number> {
    const { checkins, actions, sent } = await this.#uow.read(async (r) => {
      const checkins = await r.checkins.checkinsForReminders(now, checkinReminderHorizon(now));
      const actions = await r.checkins.actionsForReminders(actionReminderHorizon(now));
      // Those sent before are left out here, so that a sweep every minute opens no transaction for them; the claim still decides.
      return { checkins, actions, sent: await r.reminders.sent(["avstamning", "atgard"], [...checkins.map((c) => c.id), ...actions.map((a) => a.id)]) };
    });
    const due = reminderOccasions({ checkins, actions }, now).filter((d) => !sent.has(`${d.kind}|${d.subjectId}|${d.occasion}`));
    const checkinById = new Map(checkins.map((c) => [c.id, c]));
    const actionById = new Map(actions.map((a) => [a.id, a]));
    let written = 0;
    for (const reminder of due) {
      const mails: Array<{ to: string; subject: string; text: string }> = [];
      let caseId = "";
      if (reminder.kind === "avstamning") {
        const c = checkinById.get(reminder.subjectId)!;
        caseId = c.caseId;
        const subject = this.#text.checkinSubject({ processTitle: c.processTitle, startsAt: c.startsAt });
        const text = this.#text.checkinBody({ processTitle: c.processTitle, caseNumber: c.caseNumber, title: c.title, startsAt: c.startsAt, endsAt: c.endsAt, place: c.place, meetingLink: c.meetingLink, agenda: c.agenda, link: checkinLink(this.#publicUrl, c.caseId, c.id) });
        for (const to of c.recipients) mails.push({ to, subject, text });
      } else {
        const a = actionById.get(reminder.subjectId)!;
        caseId = a.caseId;
        const overdue = reminder.reason === "action_overdue";
        const subject = this.#text.actionSubject({ processTitle: a.processTitle, title: a.title, dueOn: a.dueOn, overdue });
        const text = this.#text.actionBody({ processTitle: a.processTitle, caseNumber: a.caseNumber, title: a.title, ownerName: a.ownerName, dueOn: a.dueOn, overdue, link: checkinLink(this.#publicUrl, a.caseId, a.checkinId) });
        for (const to of a.recipients) mails.push({ to, subject, text });
      }
      const wrote = await this.#uow.transaction(async (r) => {
        // A check-in cancelled or moved since the sweep read it is not reminded at the time it had.
        if (reminder.kind === "avstamning") {
          const c = checkinById.get(reminder.subjectId)!;
          const current = await r.checkins.find(c.caseId, c.id, { forUpdate: true });
          if (!current || current.status !== "planerad" || current.startsAt.getTime() !== c.startsAt.getTime()) return false;
        }
        if (!(await r.reminders.claim(reminder.kind, reminder.subjectId, reminder.occasion))) return false;
        for (const mail of mails) await r.outbox.enqueue({ ...mail, relatedEntity: `case:${caseId}`, at: now });
        await r.audit.append({
          actor: null,
          actorLabel: "system",
          action: reminder.kind === "avstamning" ? "checkin.reminder" : reminder.reason === "action_overdue" ? "checkin.action.overdue" : "checkin.action.reminder",
          entityType: reminder.kind === "avstamning" ? "checkin" : "checkin_action",
          entityId: reminder.subjectId,
          after: { caseId, occasion: reminder.occasion, recipients: mails.length },
        });
        return true;
      });
      if (wrote) written++;
    }
    if (written > 0) this.#nudgeMail();
    return written;
  }
}
