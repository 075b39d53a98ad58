/**
 * Demo viewpoints (issue 11): about 25 residents' viewpoints on a demo dialogue activity, with
 * varied themes (lighting and safety, the playground, greenery, traffic, litter) and some from
 * children and young people, as the public form, entry by hand and an import would leave them.
 * Everything here is INVENTED, like the rest of the demo set (src/adapters/db/demo-data.ts); the
 * viewpoints belong to a demo activity of a demo process, both named "(demo)". The texts carry
 * no "(demo)" of their own: they are what the suggested themes are read from.
 */
import type { Kysely, Transaction } from "kysely";
import type { AgeBand, AreaRelation, Sex, ViewpointSource } from "#src/domain/dialogue/vocabulary.ts";
import type { Database } from "../schema.ts";

/** The public address of the demo dialogue activity (made by the activities' demo data). */
export const DEMO_ACTIVITY_SLUG = "demolekplats2026";

type Demo = [body: string, ageBand: AgeBand | null, sex: Sex | null, relations: AreaRelation[], source: ViewpointSource];

const VIEWPOINTS: Demo[] = [
  ["Gångvägen genom parken är alldeles för mörk på kvällarna. Jag tar en omväg för att slippa gå där.", "30_49", "kvinna", ["bor"], "formular"],
  ["Fler lampor längs stråket mot busshållplatsen, det känns otryggt när det är mörkt.", "50_64", "kvinna", ["bor", "arbetar"], "formular"],
  ["Belysningen vid tunneln under vägen är trasig sedan i höstas.", "20_29", "man", ["bor"], "formular"],
  ["Jag vill ha en större klätterställning och en linbana!", "0_12", null, ["bor"], "manuell"],
  ["Gungorna är alltid upptagna. Fler gungor, gärna en stor fågelbo-gunga.", "0_12", "kvinna", ["bor"], "manuell"],
  ["Lekplatsen behöver skugga på sommaren. Sanden blir jättevarm och det finns inga träd.", "30_49", "kvinna", ["bor"], "formular"],
  ["Staketet runt lekplatsen är trasigt och de små springer rakt ut mot cykelbanan.", "30_49", "man", ["bor"], "formular"],
  ["Det behövs en plats för oss som är för gamla för lekplatsen, typ en basketplan eller parkour.", "13_19", "man", ["bor"], "manuell"],
  ["Bänkar där man kan sitta och prata på kvällen utan att bli bortjagad.", "13_19", "kvinna", ["bor", "besoker"], "formular"],
  ["Fler träd och blommor längs stråket. Det är väldigt grått och blåsigt.", "65_", "kvinna", ["bor"], "formular"],
  ["Plantera fruktträd och bärbuskar som alla får plocka från.", "30_49", null, ["bor"], "import"],
  ["Gräsmattan vid dammen är jättefin, spara den och sätt ut fler bänkar där.", "65_", "man", ["bor"], "import"],
  ["En odlingslott eller pallkragar för oss som bor i lägenhet vore underbart.", "50_64", "kvinna", ["bor"], "formular"],
  ["Bilarna kör alldeles för fort på Rosengårdsvägen. Farthinder vid övergångsstället, tack.", "30_49", "man", ["bor", "arbetar"], "formular"],
  ["Det är svårt att ta sig över vägen till skolan. Vi behöver ett övergångsställe med ljus.", "0_12", null, ["bor"], "manuell"],
  ["Cyklister och gående krockar nästan på stråket. Dela upp det i en cykelbana och en gångbana.", "20_29", "kvinna", ["arbetar"], "formular"],
  ["Fler cykelställ vid affärerna, nu står cyklarna överallt.", "50_64", "man", ["arbetar"], "import"],
  ["Det ligger skräp överallt efter helgerna. Fler papperskorgar och tätare tömning.", "30_49", "kvinna", ["bor"], "formular"],
  ["Papperskorgarna vid lekplatsen är alltid överfulla och fåglarna drar ut skräpet.", "65_", "kvinna", ["bor"], "formular"],
  ["Vi kan ordna en skräpplockardag med skolan om kommunen lånar ut tänger och säckar.", "13_19", null, ["besoker"], "manuell"],
  ["Hundbajs på gräsmattan där barnen leker. Sätt upp fler hundlatriner.", "30_49", "man", ["bor"], "import"],
  ["Ett café eller en kiosk i parken skulle göra att fler är ute och att det känns tryggare.", "20_29", "annat", ["bor"], "formular"],
  ["Det är bra att ni frågar oss. Ordna gärna fler träffar på kvällstid så att fler kan komma.", "50_64", null, ["bor"], "formular"],
  ["Toaletter i parken! Det finns ingenstans att gå med små barn.", "30_49", "kvinna", ["besoker"], "formular"],
  ["Skylta på fler språk vid lekplatsen, många här läser inte svenska.", null, null, [], "import"],
];

/** Inserts the demo viewpoints on the activity, received over the weeks before `until`. */
export async function loadViewpointDemoData(db: Kysely<Database> | Transaction<Database>, args: { activityId: string; caseId: string; until?: Date }): Promise<number> {
  const until = (args.until ?? new Date()).getTime();
  const rows = VIEWPOINTS.map(([body, ageBand, sex, relations, source], i) => ({
    case_id: args.caseId,
    activity_id: args.activityId,
    body,
    source,
    age_band: ageBand,
    sex,
    relations,
    received_at: new Date(until - (VIEWPOINTS.length - i) * 9 * 3_600_000),
  }));
  await db.insertInto("viewpoint").values(rows).execute();
  return rows.length;
}

/** The demo viewpoints, on the demo activity if the demo set has one (harmless without). */
export async function loadViewpointDemoDataIfActivity(db: Kysely<Database> | Transaction<Database>): Promise<void> {
  const activity = await db.selectFrom("dialogue_activity").select(["id", "case_id"]).where("public_slug", "=", DEMO_ACTIVITY_SLUG).executeTakeFirst();
  if (!activity) return;
  const has = await db.selectFrom("viewpoint").select("id").where("activity_id", "=", activity.id).limit(1).executeTakeFirst();
  if (!has) await loadViewpointDemoData(db, { activityId: activity.id, caseId: activity.case_id });
}
