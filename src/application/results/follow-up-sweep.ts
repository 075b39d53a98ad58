/**
 * The yearly follow-up's reminders (a ReminderSweep, run by the job queue): 14 days before a
 * year's follow-up is due, and once when it is overdue, to the users of the group's
 * organisations. The rule is the domain's (dueReminders); each reminder is claimed in the
 * transaction that writes its mail, so it goes once however often the sweep runs.
 */
import { swedishDay } from "#src/domain/dates.ts";
import { dueReminders, type YearlyOccasion } from "#src/domain/results/yearly.ts";
import type { ReminderSweep, UnitOfWork } from "../shared/ports.ts";

/** The mail's words: the web layer's catalogue (src/text/results.ts) makes them. */
export type FollowUpReminderText = (r: { occasion: YearlyOccasion; year: number; dueOn: string; title: string; caseNumber: string | null; link: string; name: string }) => { subject: string; text: string };

export const FOLLOW_UP_REMINDER_KIND = "arsuppfoljning";

export class YearlyFollowUpSweep implements ReminderSweep {
  readonly name = "arsuppfoljning";
  readonly #uow: UnitOfWork;
  readonly #text: FollowUpReminderText;
  readonly #publicUrl: string;
  readonly #nudgeMail: () => void;

  constructor(deps: { uow: UnitOfWork; text: FollowUpReminderText; publicUrl: string; nudgeMail?: () => void }) {
    this.#uow = deps.uow;
    this.#text = deps.text;
    this.#publicUrl = deps.publicUrl.replace(/\/$/, "");
    this.#nudgeMail = deps.nudgeMail ?? (() => {});
  }

  async sweep(now: Date): Promise<number> {
    const today = swedishDay(now);
    const due = await this.#uow.read(async (r) => {
      const candidates = await r.results.followUpCandidates();
      const found = candidates.flatMap((c) => dueReminders({ ...c, running: true }, today).map((d) => ({ ...d, process: c })));
      // Those sent before are left out here, so that a sweep every minute opens no transaction for them; the claim still decides.
      const sent = await r.reminders.sent([FOLLOW_UP_REMINDER_KIND], [...new Set(found.map((d) => d.process.caseId))]);
      return found.filter((d) => !sent.has(`${FOLLOW_UP_REMINDER_KIND}|${d.process.caseId}|${d.year}:${d.occasion}`));
    });
    let written = 0;
    for (const d of due) {
      const occasion = `${d.year}:${d.occasion}`;
      const wrote = await this.#uow.transaction(async (r) => {
        if (!(await r.reminders.claim(FOLLOW_UP_REMINDER_KIND, d.process.caseId, occasion))) return false;
        const recipients = await r.results.groupRecipients([d.process.caseId]);
        const link = `${this.#publicUrl}/arenden/${d.process.caseId}/process/mal`;
        for (const to of recipients) {
          const mail = this.#text({ occasion: d.occasion, year: d.year, dueOn: d.dueOn, title: d.process.title, caseNumber: d.process.caseNumber, link, name: to.name });
          await r.outbox.enqueue({ to: to.email, subject: mail.subject, text: mail.text, relatedEntity: `case:${d.process.caseId}`, at: now });
        }
        await r.audit.append({ actor: null, actorLabel: "system", action: "results.followup.reminder", entityType: "case", entityId: d.process.caseId, after: { year: d.year, occasion: d.occasion, recipients: recipients.length } });
        return true;
      });
      if (wrote) written++;
    }
    if (written) this.#nudgeMail();
    return written;
  }
}
