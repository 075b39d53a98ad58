/**
 * Demo data for the resultatfas and the yearly follow-up (issue 12), on the demo's running
 * processes (./proposals.ts): the process in its utförandefas has goals and a first year followed
 * up; the one in its resultatfas a result report being written, indicators, goals and two years
 * of history; the closed one an approved report, its association's reports, its goals' history
 * and its lesson in the library. All invented, labelled "(demo)" where a person reads it.
 */
import { createHash } from "node:crypto";
import type { Transaction } from "kysely";
import type { Database } from "../schema.ts";
import type { DemoProcess } from "./proposals.ts";

/** A small PDF with one line of text, as an association would upload it. */
function demoPdf(line: string): Uint8Array {
  const text = line.replace(/[()\\]/g, (c) => `\\${c}`);
  const stream = `BT /F1 14 Tf 56 780 Td (${text}) Tj ET`;
  const body = [
    "%PDF-1.4",
    "1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj",
    "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj",
    "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R/Resources<</Font<</F1 5 0 R>>>>>>endobj",
    `4 0 obj<</Length ${stream.length}>>stream\n${stream}\nendstream endobj`,
    "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>endobj",
    "trailer<</Root 1 0 R>>",
    "%%EOF",
  ].join("\n");
  return new Uint8Array(Buffer.from(body, "latin1"));
}

const GOALS = [
  { goal: "Fler känner sig trygga i området på kvällen (demo)", measure: "Andel som svarar att de känner sig trygga i trygghetsenkäten", unit: "%", baseline: 48, target: 65, values: [53, 58] },
  { goal: "Fler barn och unga använder lekplatsen (demo)", measure: "Besökare en vanlig lördag, räknade av föreningen", unit: "antal", baseline: 40, target: 90, values: [55, 72] },
];

const FOLLOW_UPS = [
  { summary: "Belysningen längs gångstråket är tänd och två lekplatsdagar är hållna. Fler rör sig i området på kvällen. (demo)", learned: "Boende vill vara med redan när platserna väljs, inte bara tycka till om färdiga förslag. (demo)" },
  { summary: "Lekplatsen är upprustad efter barnens förslag. Föreningen sköter entrébelysningen. (demo)", learned: "Att föreningen tog ansvar för skötseln gjorde att belysningen faktiskt fortsatte fungera. (demo)" },
];

const REPORT = {
  answer_1: "Gångstråket är upplyst och lekplatsen upprustad efter barnens förslag. Trygghetsenkäten visar att fler känner sig trygga på kvällen, från 48 till 58 procent. (demo)",
  answer_2: "Stadens bidrag på 160 000 kr gick till armaturer (120 000 kr) och material till lekplatsdagarna (40 000 kr). Fastighetsägarföreningen bekostade el och skötsel av entrébelysningen; Föreningen Gården bidrog med cirka 60 timmars ideellt arbete. (demo)",
  answer_3: "Belysningen vid entréerna och att barnen själva fick bestämma över lekplatsen. (demo)",
  answer_4: "Två trygghetsvandringar med boende och fastighetsägare, en pop-up vid centrumet och tre lekplatsdagar med barn och föräldrar. (demo)",
  answer_5: "Fastighetsägarföreningen drev arbetet och ansvarade för belysningen; Föreningen Gården höll i lekplatsdagarna; fritidsgården nådde de unga. (demo)",
  answer_6: "Samverkan gjorde att stadens investering i belysning kombinerades med fastighetsägarnas skötsel, så att förbättringen håller över tid. (demo)",
  answer_7: "Börja med en trygghetsvandring innan något köps in, och bestäm tidigt vem som sköter det som byggs. (demo)",
};

export async function seedResultsDemo(trx: Transaction<Database>, processes: DemoProcess[]): Promise<void> {
  for (const p of processes) {
    if (!p.started || !["utforande", "resultat", "avslutad"].includes(p.phase)) continue;
    const startYear = Number(p.started.slice(0, 4));
    const by = p.recordedBy;
    // Goals at the start, and the years followed up (the process's first years).
    await trx.insertInto("goal_plan").values({ case_id: p.caseId, multi_year: true, set_by: by, set_at: `${p.started}T09:00:00+01:00` }).execute();
    const goalIds: string[] = [];
    for (const g of GOALS) {
      const row = await trx
        .insertInto("process_goal")
        .values({ case_id: p.caseId, goal: g.goal, measure: g.measure, unit: g.unit, baseline: g.baseline, target: g.target, target_year: startYear + 2, created_by: by, created_at: `${p.started}T10:00:00+01:00` })
        .returning("id")
        .executeTakeFirstOrThrow();
      goalIds.push(row.id);
    }
    const years = p.phase === "utforande" ? 1 : 2;
    for (let i = 0; i < years; i++) {
      const year = startYear + i;
      const f = await trx
        .insertInto("yearly_follow_up")
        .values({ case_id: p.caseId, year, summary: FOLLOW_UPS[i]!.summary, learned: FOLLOW_UPS[i]!.learned, submitted_by: by, submitted_at: `${year + 1}-01-24T14:00:00+01:00` })
        .returning("id")
        .executeTakeFirstOrThrow();
      await trx
        .insertInto("yearly_goal_value")
        .values(GOALS.map((g, j) => ({ follow_up_id: f.id, goal_id: goalIds[j]!, value: g.values[i]! })))
        .execute();
    }
    if (p.phase === "utforande") continue;

    // Indicators of the area index, chosen at the start.
    await trx
      .insertInto("process_indicator")
      .values(["deltagande_fritidsaktivitet", "valdeltagande"].map((indicator_key) => ({ case_id: p.caseId, indicator_key, chosen_by: by, chosen_at: `${p.started}T11:00:00+01:00` })))
      .execute();

    if (p.phase === "resultat") {
      // A report being written: the first three answers so far.
      await trx.insertInto("result_report").values({ case_id: p.caseId, status: "utkast", answer_1: REPORT.answer_1, answer_2: REPORT.answer_2, answer_3: REPORT.answer_3, updated_by: by, updated_at: new Date() }).execute();
      continue;
    }

    // The closed process: an approved report, the association's reports, and its lesson.
    const endYear = startYear + 2;
    const approvedAt = new Date(`${endYear}-12-20T10:00:00+01:00`);
    await trx
      .insertInto("result_report")
      .values({ case_id: p.caseId, status: "godkand", ...REPORT, sent_at: new Date(`${endYear}-12-10T10:00:00+01:00`), sent_by: by, approved_at: approvedAt, approved_by: by, updated_by: by, updated_at: approvedAt })
      .execute();
    const reports = [
      { year: startYear, kind: "verksamhetsberattelse" as const, name: `Verksamhetsberättelse ${startYear} (demo).pdf` },
      { year: startYear + 1, kind: "verksamhetsberattelse" as const, name: `Verksamhetsberättelse ${startYear + 1} (demo).pdf` },
      { year: startYear + 1, kind: "ekonomisk_berattelse" as const, name: `Ekonomisk berättelse ${startYear + 1} (demo).pdf` },
    ];
    for (const r of reports) {
      const bytes = demoPdf(r.name.replace(/\.pdf$/, ""));
      const sha256 = createHash("sha256").update(bytes).digest("hex");
      await trx.insertInto("stored_file").values({ sha256, bytes: Buffer.from(bytes), size_bytes: bytes.byteLength }).onConflict((oc) => oc.column("sha256").doNothing()).execute();
      await trx
        .insertInto("association_report")
        .values({ case_id: p.caseId, year: r.year, kind: r.kind, filename: r.name, media_type: "application/pdf", size_bytes: bytes.byteLength, sha256, uploaded_by: by, uploaded_at: `${r.year + 1}-03-15T10:00:00+01:00` })
        .execute();
    }
    await trx.insertInto("lesson").values({ case_id: p.caseId, source: "resultatrapport", title: "Citysamverkan Centrum 2022–2024 (demo)", body: REPORT.answer_7, phase: "resultat", created_by: by, created_at: approvedAt }).execute();
  }
}
