/**
 * Demo check-ins (issue 12) on the demo processes in their utförandefas, resultatfas and closed:
 * check-ins held with notes and agreed actions (one of them overdue, one done, one open), a
 * monthly series to come, and for the closed process its last check-in, read-only. Times are set
 * from the day the demo is loaded, so the demo always has something coming. All invented and
 * labelled "(demo)" like the rest of the demo data.
 */
import { randomUUID } from "node:crypto";
import type { Transaction } from "kysely";
import { addDays } from "#src/domain/case/appeal.ts";
import { swedishDay } from "#src/domain/dates.ts";
import { stockholmMoment } from "#src/domain/dialogue/activity.ts";
import type { Database } from "../schema.ts";

interface DemoAction {
  title: string;
  owner: "grupp" | "kontakt" | string;
  dueIn: number;
  done?: boolean;
}

interface DemoCheckin {
  title: string;
  /** Days from the day the demo is loaded (negative: held). */
  day: number;
  start: string;
  end: string;
  place: string | null;
  meetingLink?: string;
  agenda: string[];
  notes?: string;
  actions?: DemoAction[];
  seriesOf?: number;
  cancelled?: boolean;
}

const PLANS: Record<"utforande" | "resultat" | "avslutad", DemoCheckin[]> = {
  utforande: [
    {
      title: "Uppstartsmöte för genomförandet (demo)",
      day: -63,
      start: "09:00",
      end: "10:30",
      place: "Fastighets- och gatukontoret, Östergatan 12, rum Sommar (demo)",
      agenda: ["Nämndens beslut och vad det innebär", "Tidplan för insatserna", "Hur vi håller avstämningar"],
      notes:
        "Vi gick igenom beslutet: belysningen och lekplatsdagarna är beviljade, konstprojektet inte. Gruppen tar fram en plan för lekplatsdagarna. Fastighetsägarna undersöker vilka entréer som behöver belysning först. (demo)",
      actions: [
        { title: "Ta fram en lista över entréer som behöver belysning (demo)", owner: "grupp", dueIn: -45, done: true },
        { title: "Skicka kontaktuppgifter till gatukontorets belysningsansvariga (demo)", owner: "kontakt", dueIn: -50, done: true },
      ],
    },
    {
      title: "Avstämning om belysningen (demo)",
      day: -28,
      start: "15:00",
      end: "16:00",
      place: null,
      meetingLink: "https://mote.example.invalid/sommargata-demo",
      agenda: ["Läget i beställningen av armaturer", "Första lekplatsdagen: vem gör vad?", "Budgeten hittills"],
      notes:
        "Armaturerna är beställda men leveransen är försenad två veckor. Första lekplatsdagen hålls som planerat; föreningen Gården ansvarar för programmet. Budgeten följer planen. (demo)",
      actions: [
        { title: "Boka lokal och fika till lekplatsdagen (demo)", owner: "grupp", dueIn: -10 },
        { title: "Fråga leverantören om nytt leveransdatum (demo)", owner: "Per Persson, Belysningsbolaget (demo)", dueIn: 5 },
        { title: "Återkomma om tillstånd för tillfällig belysning (demo)", owner: "kontakt", dueIn: 12 },
      ],
    },
    {
      title: "Månadsavstämning (demo)",
      day: 9,
      start: "10:00",
      end: "11:00",
      place: "Mötesrummet i föreningslokalen, Bergsgatan 20 (demo)",
      agenda: ["Belysningen: leverans och montering", "Lekplatsdagen: hur gick det?", "Nästa steg"],
      seriesOf: 3,
    },
  ],
  resultat: [
    {
      title: "Avstämning efter sista insatsen (demo)",
      day: -40,
      start: "13:00",
      end: "14:30",
      place: "Hyllie bibliotek, grupprum 2 (demo)",
      agenda: ["Belysningen är klar: vad säger de boende?", "Ekonomin: utfall mot budget"],
      notes: "Belysningen är på plats i hela stråket. Boende har hört av sig och säger att det känns tryggare på kvällen. Utfallet ligger 8 000 kr under budget. (demo)",
      actions: [
        { title: "Sammanställa kvitton och fakturor till den ekonomiska berättelsen (demo)", owner: "grupp", dueIn: -20, done: true },
        { title: "Ta fram trygghetsmätningens siffror för området (demo)", owner: "kontakt", dueIn: -14, done: true },
      ],
    },
    {
      title: "Genomgång av resultatrapporten (demo)",
      day: 16,
      start: "14:00",
      end: "15:30",
      place: "Hyllie bibliotek, grupprum 2 (demo)",
      agenda: ["Utkastet till resultat- och effektmätningen", "Verksamhetsberättelsen", "Lärdomar att dela med andra processer"],
      actions: [{ title: "Skriva utkast till svaren på de sju frågorna (demo)", owner: "grupp", dueIn: 12 }],
    },
  ],
  avslutad: [
    {
      title: "Sista avstämningen (demo)",
      day: -420,
      start: "10:00",
      end: "11:30",
      place: "Stadshuset, rum 3 (demo)",
      agenda: ["Resultatrapporten", "Avslut av processen"],
      notes: "Rapporten är godkänd. Gruppen fortsätter samarbetet i egen regi och deltar i kontaktpersonens nätverk. (demo)",
      actions: [{ title: "Skicka in verksamhetsberättelsen (demo)", owner: "grupp", dueIn: -410, done: true }],
    },
  ],
};

export async function loadCheckinDemoData(trx: Transaction<Database>, contactPersonId: string, now: Date = new Date()): Promise<void> {
  const today = swedishDay(now);
  for (const phase of ["utforande", "resultat", "avslutad"] as const) {
    const process = await trx.selectFrom("collaboration_case").select(["id", "applicant_organisation_id"]).where("is_demo", "=", true).where("phase", "=", phase).orderBy("created_at").executeTakeFirst();
    if (!process) continue;
    const groupUser = process.applicant_organisation_id
      ? await trx.selectFrom("app_user").select("id").where("organisation_id", "=", process.applicant_organisation_id).where("role", "=", "aktor").orderBy("created_at").executeTakeFirst()
      : undefined;
    for (const plan of PLANS[phase]) {
      const seriesId = plan.seriesOf ? randomUUID() : null;
      for (let occurrence = 1; occurrence <= (plan.seriesOf ?? 1); occurrence++) {
        const day = addDays(today, plan.day + 28 * (occurrence - 1));
        const held = plan.day < 0;
        const startsAt = stockholmMoment(day, plan.start)!;
        const row = await trx
          .insertInto("checkin")
          .values({
            case_id: process.id,
            series_id: seriesId,
            occurrence,
            title: plan.title,
            starts_at: startsAt,
            ends_at: stockholmMoment(day, plan.end)!,
            place: plan.place,
            meeting_link: plan.meetingLink ?? null,
            notes: plan.notes ?? "",
            notes_by: plan.notes ? contactPersonId : null,
            notes_at: plan.notes ? new Date(startsAt.getTime() + 86_400_000) : null,
            created_by: contactPersonId,
            created_at: new Date(startsAt.getTime() - 21 * 86_400_000),
            updated_at: held ? new Date(startsAt.getTime() + 86_400_000) : now,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        for (const [i, body] of plan.agenda.entries())
          await trx
            .insertInto("checkin_agenda_item")
            .values({ checkin_id: row.id, body, added_by: i === plan.agenda.length - 1 && groupUser ? groupUser.id : contactPersonId })
            .execute();
        if (occurrence > 1) continue;
        for (const a of plan.actions ?? []) {
          const ownerUser = a.owner === "grupp" ? (groupUser?.id ?? null) : a.owner === "kontakt" ? contactPersonId : null;
          const due = addDays(today, a.dueIn);
          await trx
            .insertInto("checkin_action")
            .values({
              checkin_id: row.id,
              case_id: process.id,
              title: a.title,
              owner_user_id: ownerUser,
              owner_name: ownerUser ? null : a.owner === "grupp" || a.owner === "kontakt" ? "Gruppen (demo)" : a.owner,
              due_on: due,
              done_at: a.done ? stockholmMoment(addDays(due, -1), "16:00")! : null,
              done_by: a.done ? (ownerUser ?? contactPersonId) : null,
              created_by: contactPersonId,
            })
            .execute();
        }
      }
    }
  }
}
