/**
 * Samverkansstöd, version 1: the model Tekniska nämnden sent on consultation in 2020 (seed 002),
 * with the application items the consultation answers asked for (purpose and city goals,
 * contributions, evidence base, children and young people).
 */
import type { ProcessTypeDefinition } from "./definition.ts";

export const SAMVERKANSSTOD_V1: ProcessTypeDefinition = {
  code: "samverkansstod",
  version: 1,
  name: { sv: "Samverkansstöd", en: "Collaboration support" },
  ownerCommitteeCode: "TN",
  phases: ["forsta_kontakt", "initiering", "samarbete", "utforande", "resultat", "avslutad"],
  criteria: [
    {
      key: "blandad_grupp",
      text: {
        sv: "En blandad grupp av aktörer har ett förslag på hur de kan utveckla ett område tillsammans med Malmö stad genom Tekniska nämnden.",
        en: "A mixed group of actors has a proposal for how they can develop an area together with the City of Malmö through the Technical Committee.",
      },
    },
    {
      key: "upparbetade_samarbeten",
      text: {
        sv: "Det finns upparbetade samarbeten mellan olika aktörer med förtroendekapital och de som bor/verkar i området.",
        en: "There are established collaborations between actors with the trust of those who live or work in the area.",
      },
    },
    {
      key: "resurser",
      text: {
        sv: "Aktörerna har möjlighet att avsätta pengar, resurser eller ansvara för aktiviteter.",
        en: "The actors can set aside money or resources, or take responsibility for activities.",
      },
    },
    {
      key: "mervarden",
      text: {
        sv: "Samverkansförslaget bidrar till mervärden som de enskilda aktörerna inte kan uppnå på egen hand.",
        en: "The proposal adds value that the actors could not achieve on their own.",
      },
    },
    {
      key: "underlag",
      text: {
        sv: "Det finns underlag från boende/verksamma/besökare om vilka och vems behov man har utgått från när förslaget togs fram.",
        en: "There is evidence from residents, workers or visitors of whose needs the proposal starts from.",
      },
    },
    {
      key: "demokratiska_principer",
      text: {
        sv: "Processen och förslaget utgår från demokratiska principer.",
        en: "The process and the proposal are based on democratic principles.",
      },
    },
  ],
  applicationSteps: [
    { key: "omrade", title: { sv: "Området", en: "The area" } },
    { key: "aktorer", title: { sv: "Aktörerna", en: "The actors" } },
    { key: "forslaget", title: { sv: "Förslaget", en: "The proposal" } },
    { key: "underlag", title: { sv: "Underlag och barn", en: "Evidence and children" } },
  ],
  applicationFields: [
    { key: "title", step: "omrade", kind: "text", required: true, label: { sv: "Namn på samverkansprocessen", en: "Name of the collaboration process" } },
    {
      key: "area",
      step: "omrade",
      kind: "area",
      required: true,
      label: { sv: "Områdets fysiska avgränsning", en: "The area's physical boundary" },
      hint: { sv: "Rita området på kartan, välj ett eller flera av stadens områden eller ladda upp en GeoJSON-fil.", en: "Draw the area on the map, choose one or more of the city's areas or upload a GeoJSON file." },
    },
    { key: "area_description", step: "omrade", kind: "longtext", required: true, label: { sv: "Beskrivning av området", en: "Description of the area" }, hint: { sv: "Till exempel gata, torg eller kvarter, och hur området används i dag.", en: "For example a street, square or block, and how the area is used today." } },
    { key: "actors_in_area", step: "aktorer", kind: "longtext", required: true, label: { sv: "Vilka aktörer finns i området?", en: "Which actors are in the area?" }, hint: { sv: "Företag, verksamheter, föreningar, boendegrupper.", en: "Companies, businesses, associations, resident groups." } },
    { key: "interested_actors", step: "aktorer", kind: "longtext", required: true, label: { sv: "Vilka aktörer är redan intresserade av att samverka?", en: "Which actors are already interested in collaborating?" } },
    { key: "contributions", step: "aktorer", kind: "contributions", required: true, label: { sv: "Vad kan varje aktör bidra med?", en: "What can each actor contribute?" }, hint: { sv: "Pengar, resurser eller ansvar för aktiviteter.", en: "Money, resources or responsibility for activities." } },
    { key: "challenges", step: "forslaget", kind: "longtext", required: true, label: { sv: "Vilka utmaningar och möjligheter har området i dag, utifrån aktörernas perspektiv?", en: "Which challenges and opportunities does the area have today, from the actors' perspective?" } },
    { key: "added_value", step: "forslaget", kind: "longtext", required: true, label: { sv: "Vilket mervärde kan idén bidra till?", en: "What added value can the idea bring?" } },
    { key: "purpose", step: "forslaget", kind: "longtext", required: true, label: { sv: "Syfte", en: "Purpose" } },
    { key: "city_goals", step: "forslaget", kind: "goals", required: true, label: { sv: "Vilka av stadens mål bidrar förslaget till?", en: "Which of the city's goals does the proposal serve?" } },
    { key: "evidence_basis", step: "underlag", kind: "longtext", required: true, label: { sv: "Vad bygger förslaget på?", en: "What is the proposal based on?" }, hint: { sv: "Vems behov ni utgått från (boende, verksamma, besökare) och hur ni har samlat in dem.", en: "Whose needs you started from (residents, workers, visitors) and how you gathered them." } },
    { key: "children_impact", step: "underlag", kind: "longtext", required: true, label: { sv: "Hur påverkas barn och unga?", en: "How are children and young people affected?" }, hint: { sv: "Barnkonsekvensanalys i korthet: hur berörs barn och unga, och hur har de fått komma till tals?", en: "A short child impact analysis: how are children and young people affected, and how have they been heard?" } },
  ],
  decisionPoints: [
    { key: "ansokan", phase: "initiering", committeeCode: "TN", text: { sv: "Beslut om samverkansstöd och belopp för dialoginsatser", en: "Decision on collaboration support and the amount for dialogue efforts" } },
    { key: "insatser", phase: "samarbete", committeeCode: "TN", text: { sv: "Beslut om insatser, aktiviteter och tidsplan", en: "Decision on efforts, activities and timeline" } },
  ],
  // docs/decisions/0028-execution-plan-changes-and-payments.md
  changeThresholds: { cityAmountPercent: 10, cityAmountSek: 50_000, dateMonths: 3 },
};
