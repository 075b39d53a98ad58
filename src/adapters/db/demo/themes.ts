/**
 * Demo data for the themes and the compilation (issue 11): in the demo process in its
 * samarbetsfas (the one with the dialogue activity `demolekplats2026`, else "Dialog om
 * parkstråket i Rosengård (demo)"), the suggestion is run over its viewpoints and the suggested
 * themes are accepted — all but the smallest, which is left as a suggestion so the demo shows
 * both — so the compilation has content. Harmless without viewpoints: then nothing is made.
 *
 * Until the viewpoints' own demo data is there (it is another part of issue 11), a process with
 * no viewpoints at all gets a few invented ones here, so the themes have something to work on;
 * once that demo data has put viewpoints on the process (it runs first), none are added.
 */
import type { Kysely } from "kysely";
import { suggestThemes } from "#src/domain/dialogue/themes.ts";
import { swedishText } from "../../text/swedish-text.ts";
import { themeRepository } from "../repositories/themes.ts";
import type { Database } from "../schema.ts";

const DEMO_PROCESS = "Dialog om parkstråket i Rosengård (demo)";
const DEMO_ACTIVITY_SLUG = "demolekplats2026";

/** Invented viewpoints (demo), with the optional answers varied. */
const STAND_IN: Array<[string, string | null, string[]]> = [
  ["Det är för mörkt i parkstråket på kvällen, fler lampor behövs.", "30_49", ["bor"]],
  ["Belysningen vid gångtunneln är trasig och jag går en omväg när det är mörkt.", "50_64", ["bor"]],
  ["Sätt upp lampor längs cykelvägen, det känns otryggt i mörkret.", "20_29", ["besoker"]],
  ["Mörkt och otryggt vid busshållplatsen på kvällarna.", "13_19", ["bor"]],
  ["Lekplatsen är sliten och gungorna är trasiga.", null, ["bor"]],
  ["Vi barn vill ha en större lekplats med klätterställning.", "0_12", []],
  ["En lekplats för de minsta barnen med staket runt.", "30_49", ["bor"]],
  ["Bygg en linbana och fler gungor på lekplatsen.", "0_12", []],
  ["Det ligger skräp överallt i parken efter helgerna.", "65_", ["bor"]],
  ["Papperskorgarna är fulla och skräpet blåser ut på gräset.", null, ["arbetar"]],
  ["Fler papperskorgar och städning oftare, det är mycket skräp.", "20_29", ["arbetar"]],
  ["Skräp och glas vid bänkarna gör att barnen inte kan leka där.", "30_49", []],
  ["Fler bänkar i skuggan under träden.", "65_", ["bor"]],
  ["Plantera träd och blommor längs parkstråket.", null, []],
  ["Sittplatser och bänkar där man kan träffas.", "50_64", ["besoker"]],
  ["En plats för unga att hänga på, med tak och bänkar.", "13_19", ["bor"]],
];

/** Runs after the rest of the demo data, in its transaction. */
export async function loadThemesDemo(trx: Kysely<Database>, contactPersonId: string): Promise<void> {
  const byActivity = await trx.selectFrom("dialogue_activity").select("case_id").where("public_slug", "=", DEMO_ACTIVITY_SLUG).executeTakeFirst();
  const byTitle = byActivity ? undefined : await trx.selectFrom("collaboration_case").select("id").where("title", "=", DEMO_PROCESS).where("is_demo", "=", true).executeTakeFirst();
  const caseId = byActivity?.case_id ?? byTitle?.id;
  if (!caseId) return;
  const any = await trx.selectFrom("viewpoint").select("id").where("case_id", "=", caseId).limit(1).executeTakeFirst();
  if (!any)
    await trx
      .insertInto("viewpoint")
      .values(STAND_IN.map(([body, ageBand, relations], i) => ({ case_id: caseId, body, source: "manuell" as const, age_band: ageBand, relations, received_at: new Date(Date.UTC(2026, 8, 12, 15, i)) })))
      .execute();

  const repo = themeRepository(trx);
  const text = swedishText();
  const viewpoints = await repo.visibleViewpoints(caseId);
  const suggestions = suggestThemes(viewpoints.map((v) => ({ id: v.id, tokens: text.analyse(v.body) })));
  const at = new Date();
  for (const [i, s] of suggestions.entries()) {
    const { id } = await repo.insertTheme({ caseId, name: s.name, status: "forslag", origin: "forslag", keywords: s.keywords, stems: s.stems, createdBy: contactPersonId, submissionKey: null, at });
    await repo.tag(id, s.viewpointIds, "forslag", null, at);
    // All but the smallest are accepted; it is left for a person to decide on.
    if (i < suggestions.length - 1) await repo.decide(id, { status: "godkant" }, contactPersonId, at);
  }
}
