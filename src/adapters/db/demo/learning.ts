/**
 * Demo data for learning across processes (issue 12): lessons on the demo processes in their
 * resultatfas and closed (from the result report, a yearly follow-up, written by hand), a few
 * more mapped actors so that the network shows the same actor in two processes, and two network
 * meetings — one held, with notes made a lesson, one coming with invitations. Every name and
 * address is INVENTED and says "(demo)".
 */
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";

type Lesson = { source: Database["lesson"]["source"]; title: string; body: string };

const LESSONS: Record<string, Lesson[]> = {
  "Belysning och trygghet i Hyllie (demo)": [
    {
      source: "resultatrapport",
      title: "Belysningen gjorde gångvägarna tryggare (demo)",
      body: "Efter att belysningen längs gångvägarna byttes svarade fler boende i enkäten att de kände sig trygga på kvällen. Det som avgjorde var att boende själva fick peka ut de mörka platserna under trygghetsvandringarna. (demo)",
    },
    {
      source: "manuell",
      title: "Ta med fastighetsägarna från början (demo)",
      body: "Fastighetsägarnas egna resurser kom först när de fick vara med och forma insatserna. Nästa gång bjuder vi in dem redan till den första dialogaktiviteten. (demo)",
    },
  ],
  "Citysamverkan Centrum 2022–2024 (demo)": [
    {
      source: "resultatrapport",
      title: "Handlarna bar evenemangen när föreningen fanns på plats (demo)",
      body: "Föreningarnas volontärer och handlarna delade på arbetet med torgdagarna. När föreningen bildats kunde stadens bidrag trappas ned utan att aktiviteterna minskade. (demo)",
    },
    {
      source: "arsuppfoljning",
      title: "Lekplatserna användes mer än vi trodde (demo)",
      body: "Vid årsuppföljningen 2023 visade räkningarna att de tillfälliga lekplatserna på gågatan användes av många barnfamiljer även på vardagar. Målet om fler besökare utanför helgerna nåddes. (demo)",
    },
  ],
  "Sommargata i Södra innerstaden (demo)": [
    {
      source: "manuell",
      title: "Avstämning varannan vecka höll tidplanen (demo)",
      body: "Korta avstämningar varannan vecka med gruppen gjorde att förseningar upptäcktes tidigt, till exempel när leveransen av sittmöbler drog ut på tiden. (demo)",
    },
  ],
};

/** More mapped actors: the property owners' association is in two processes (deduplicated in the network). */
const ACTORS: Record<string, Array<Pick<Database["process_actor"], "name" | "actor_type" | "role"> & { org_number?: string; contact_name?: string; email?: string; phone?: string }>> = {
  "Citysamverkan Centrum 2022–2024 (demo)": [
    { name: "Fastighetsägare i Sofielund ek. för. (demo)", actor_type: "fastighetsagare", role: "involverad", org_number: "769600-0012", contact_name: "Anna Aktörsson (demo)", email: "aktor@demo.samverka.invalid" },
    { name: "Centrumhandlarna (demo)", actor_type: "foretag", role: "involverad", contact_name: "Lina Lindqvist (demo)", email: "lina@demo.samverka.invalid", phone: "040-000 00 01" },
  ],
  "Belysning och trygghet i Hyllie (demo)": [
    { name: "Föreningen Limhamns torg (demo)", actor_type: "forening", role: "involverad", org_number: "802500-0020", contact_name: "Karin Föreningsdóttir (demo)", email: "forening@demo.samverka.invalid" },
    { name: "Hyllie boendeförening (demo)", actor_type: "boendegrupp", role: "intresserad", email: "hyllie@demo.samverka.invalid" },
  ],
};

const day = (offsetDays: number, time: string) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${d}T${time}:00+01:00`);
};

export async function loadLearningDemoData(trx: Transaction<Database>, contactUserId: string): Promise<void> {
  const cases = await trx.selectFrom("collaboration_case").select(["id", "title", "phase"]).where("is_demo", "=", true).execute();
  const byTitle = new Map(cases.map((c) => [c.title, c]));
  for (const [title, lessons] of Object.entries(LESSONS)) {
    const c = byTitle.get(title);
    if (!c) continue;
    await trx
      .insertInto("lesson")
      .values(lessons.map((l) => ({ case_id: c.id, source: l.source, title: l.title, body: l.body, phase: l.source === "arsuppfoljning" ? "utforande" : c.phase, created_by: l.source === "manuell" ? contactUserId : null })))
      .execute();
  }
  for (const [title, actors] of Object.entries(ACTORS)) {
    const c = byTitle.get(title);
    if (!c) continue;
    for (const a of actors) {
      const linked = a.org_number ? await trx.selectFrom("organisation").select("id").where("org_number", "=", a.org_number).executeTakeFirst() : undefined;
      await trx
        .insertInto("process_actor")
        .values({ case_id: c.id, name: a.name, actor_type: a.actor_type, role: a.role, organisation_id: linked?.id ?? null, org_number: a.org_number ?? null, contact_name: a.contact_name ?? null, email: a.email ?? null, phone: a.phone ?? null, created_by: contactUserId })
        .execute();
    }
  }
  // A meeting held a month ago, with notes that became a lesson of the process in Hyllie.
  const held = await trx
    .insertInto("network_meeting")
    .values({
      title: "Nätverksträff: trygghet och belysning (demo)",
      starts_at: day(-30, "17:30"),
      ends_at: day(-30, "19:30"),
      place: "Stadshuset, sal 3 (demo)",
      agenda: "1. Erfarenheter från trygghetsvandringarna\n2. Belysning – vad gjorde skillnad?\n3. Nästa träff",
      notes: "Deltagarna från Hyllie och Centrum delade erfarenheter av trygghetsvandringar. Belysningen var den insats som flest lyfte fram; att boende själva pekade ut platserna gav förtroende. Föreningarna vill låna varandras lokaler för möten. (demo)",
      notes_updated_at: day(-29, "09:00"),
      public_slug: "demonatverk01",
      created_by: contactUserId,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const invited = await trx.selectFrom("process_actor").select(["id", "email", "name", "contact_name", "organisation_id"]).where("email", "in", ["aktor@demo.samverka.invalid", "forening@demo.samverka.invalid", "lina@demo.samverka.invalid"]).execute();
  const once = [...new Map(invited.map((a) => [a.email!, a])).values()];
  if (once.length > 0) await trx.insertInto("network_invitation").values(once.map((a) => ({ meeting_id: held.id, email: a.email!, name: a.contact_name ?? a.name, process_actor_id: a.id, organisation_id: a.organisation_id, invited_by: contactUserId }))).execute();
  const hyllie = byTitle.get("Belysning och trygghet i Hyllie (demo)");
  if (hyllie) {
    const lesson = await trx
      .insertInto("lesson")
      .values({ case_id: hyllie.id, source: "natverk", title: "Från nätverksträffen: boende pekar ut platserna (demo)", body: "Att boende själva pekade ut de mörka platserna under trygghetsvandringarna gav förtroende för belysningsinsatsen, både i Hyllie och i Centrum. (demo)", phase: hyllie.phase, created_by: contactUserId })
      .returning("id")
      .executeTakeFirstOrThrow();
    await trx.insertInto("network_meeting_lesson").values({ meeting_id: held.id, case_id: hyllie.id, lesson_id: lesson.id }).execute();
  }
  // A meeting in three weeks, not yet with invitations.
  await trx
    .insertInto("network_meeting")
    .values({ title: "Nätverksträff: att bilda en förening (demo)", starts_at: day(21, "17:00"), ends_at: day(21, "19:00"), place: "Sofielunds folkets hus (demo)", agenda: "1. Varför en förening?\n2. Erfarenheter från Citysamverkan Centrum\n3. Frågor", public_slug: "demonatverk02", created_by: contactUserId })
    .execute();
}
