/**
 * Demo actor mappings (issue 11): a few invented actors in the demo processes in their
 * samarbetsfas and utförandefas, one of them linked to a demo organisation registered in
 * Samverka. Every name, address and number is INVENTED and says "(demo)".
 */
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";

type DemoActor = { name: string; type: Database["process_actor"]["actor_type"]; role: Database["process_actor"]["role"]; orgNumber?: string; contactName?: string; email?: string; phone?: string; reachedHow?: string; reachedOn?: string };

const MAPPINGS: Record<string, DemoActor[]> = {
  "Dialog om parkstråket i Rosengård (demo)": [
    { name: "Boendenätverket Rosengård (demo)", type: "boendegrupp", role: "involverad", contactName: "Omar Osman (demo)", email: "omar@demo.samverka.invalid", reachedHow: "Möte", reachedOn: "2026-03-10" },
    { name: "Rosengårds skola (demo)", type: "skola", role: "intresserad", contactName: "Rektor (demo)", phone: "040-000 00 10", reachedHow: "Telefon", reachedOn: "2026-04-02" },
    { name: "Bostadsbolaget (demo)", type: "fastighetsagare", role: "att_na" },
    { name: "Kiosken vid parken (demo)", type: "foretag", role: "att_na", reachedHow: "Brev" },
  ],
  "Sommargata i Södra innerstaden (demo)": [
    { name: "Fastighetsägare i Sofielund ek. för. (demo)", type: "fastighetsagare", role: "involverad", orgNumber: "769600-0012", contactName: "Anna Aktörsson (demo)", email: "aktor@demo.samverka.invalid", reachedHow: "Möte", reachedOn: "2025-05-20" },
    { name: "Föreningen Sommargatan (demo)", type: "forening", role: "involverad", reachedHow: "Möte", reachedOn: "2025-06-01" },
  ],
};

export async function loadActorDemoData(trx: Transaction<Database>, contactUserId: string): Promise<void> {
  for (const [title, actors] of Object.entries(MAPPINGS)) {
    const found = await trx.selectFrom("collaboration_case").select("id").where("title", "=", title).where("is_demo", "=", true).executeTakeFirst();
    if (!found) continue;
    for (const a of actors) {
      const linked = a.orgNumber ? await trx.selectFrom("organisation").select("id").where("org_number", "=", a.orgNumber).executeTakeFirst() : undefined;
      await trx
        .insertInto("process_actor")
        .values({
          case_id: found.id,
          name: a.name,
          actor_type: a.type,
          role: a.role,
          organisation_id: linked?.id ?? null,
          org_number: a.orgNumber ?? null,
          contact_name: a.contactName ?? null,
          email: a.email ?? null,
          phone: a.phone ?? null,
          reached_how: a.reachedHow ?? null,
          reached_on: a.reachedOn ?? null,
          created_by: contactUserId,
          updated_by: contactUserId,
        })
        .execute();
    }
  }
}
