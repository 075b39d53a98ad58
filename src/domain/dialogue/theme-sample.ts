/**
 * A Swedish test sample with known themes, to measure how well the suggested themes
 * (./themes.ts) agree with what a person would say the comments are about. Invented, short,
 * realistic comments as residents write them on a form or a sticky note: varied wording,
 * inflections and compounds ("lampor", "belysningen", "mörkt på kvällen", "gatlyktor").
 *
 * `THEME_SAMPLE`: 60 comments, 12 on each of 5 themes. `HELD_OUT_SAMPLE`: 20 more, 4 on each,
 * written after the method was settled and never used to choose its settings.
 */
export const SAMPLE_THEMES = ["belysning", "lekplats", "trafik", "skrap", "gronska"] as const;
export type SampleTheme = (typeof SAMPLE_THEMES)[number];

export interface SampleComment {
  theme: SampleTheme;
  text: string;
}

const of = (theme: SampleTheme, texts: string[]): SampleComment[] => texts.map((text) => ({ theme, text }));

export const THEME_SAMPLE: readonly SampleComment[] = [
  ...of("belysning", [
    "Det är alldeles för mörkt i parken på kvällen, vi behöver fler lampor.",
    "Belysningen längs gångvägen är trasig sedan i höstas.",
    "Sätt upp gatlyktor vid busshållplatsen, jag känner mig otrygg när det är mörkt.",
    "Lamporna vid tunneln blinkar och slocknar hela tiden.",
    "Mer ljus på cykelvägen genom parken skulle göra den tryggare på vintern.",
    "Mörka hörn bakom skolan borde lysas upp bättre.",
    "Bättre belysning på torget, det är nästan kolsvart efter klockan fem.",
    "Jag undviker stigen på kvällarna för att den är helt mörk.",
    "Byt ut de gamla lamporna mot starkare LED-lampor.",
    "Gatubelysningen fungerar inte på Rosengårdsvägen.",
    "Otryggt att gå hem i mörkret, det saknas ljus vid parkeringen.",
    "Fler lyktstolpar längs promenadstråket vore bra, det är mörkt där.",
  ]),
  ...of("lekplats", [
    "Lekplatsen är sliten och gungorna är trasiga.",
    "Barnen behöver en större lekplats med klätterställning.",
    "Bygg en plaskdamm för barnen till sommaren.",
    "Sandlådan på lekplatsen är full av glas.",
    "Mina barn saknar något att leka med i parken, det finns bara en rutschkana.",
    "Fler gungor och en linbana skulle göra lekparken roligare.",
    "Det behövs staket runt lekplatsen så att små barn inte springer ut på gatan.",
    "Lekredskapen är gamla och farliga för barn.",
    "Önskar en lekplats för de minsta barnen med mjukt underlag.",
    "Klätterställningen borde vara högre för större barn.",
    "Skugga vid lekparken behövs, barnen bränner sig på rutschkanan på sommaren.",
    "En lekplats där barn med funktionsnedsättning också kan leka.",
  ]),
  ...of("trafik", [
    "Bilarna kör alldeles för fort på gatan utanför skolan.",
    "Vi behöver ett övergångsställe vid korsningen.",
    "Farthinder på Amiralsgatan skulle minska hastigheten.",
    "Cykelbanan tar slut mitt i korsningen, det är livsfarligt.",
    "Sänk hastigheten till 30 km/h i bostadsområdet.",
    "Bilar parkerar på cykelbanan hela tiden.",
    "Trafiken är för tung, lastbilar kör genom området varje morgon.",
    "Det är svårt att korsa vägen med barnvagn, bilarna stannar inte.",
    "Fler cykelställ och en säker cykelväg till centrum.",
    "Mopeder kör på gångbanan i hög fart.",
    "Övergångsstället vid busshållplatsen behöver trafikljus.",
    "Bilisterna kör mot rött vid korsningen, någon kommer att bli påkörd.",
  ]),
  ...of("skrap", [
    "Det ligger skräp överallt i parken efter helgerna.",
    "Papperskorgarna är alltid överfulla.",
    "Fler soptunnor längs promenaden, folk slänger skräpet på marken.",
    "Det är smutsigt vid återvinningsstationen, soporna ligger utanför.",
    "Städa parken oftare, det är fullt av fimpar och burkar.",
    "Hundbajs överallt på gräsmattan, fler hundlatrinkärl behövs.",
    "Nedskräpningen vid torget har blivit värre.",
    "Grovsopor dumpas i buskarna bakom husen.",
    "Töm papperskorgarna oftare på sommaren.",
    "Krossat glas och plastpåsar ligger kvar på gångvägen i veckor.",
    "Klotter och skräp gör att området känns otryggt och skitigt.",
    "En städdag med de boende skulle hjälpa mot allt skräp.",
  ]),
  ...of("gronska", [
    "Plantera fler träd längs gatan, det är bara asfalt.",
    "Vi vill ha mer grönska och blommor på torget.",
    "Parken behöver fler bänkar att sitta på i skuggan av träden.",
    "Gräsmattan är nertrampad, så in nytt gräs.",
    "Odlingslotter för de boende vore fantastiskt.",
    "Rabatterna med blommor har försvunnit, ta tillbaka dem.",
    "Träden i parken har huggits ner, plantera nya.",
    "Gröna ytor att vila på saknas i området.",
    "Fler buskar och planteringar skulle göra gatan trevligare.",
    "Sittplatser och grönt bland husen skulle få folk att stanna.",
    "Gör om parkeringen till en park med träd och gräs.",
    "Pollinerande blommor och en äng i stället för klippt gräsmatta.",
  ]),
];

export const HELD_OUT_SAMPLE: readonly SampleComment[] = [
  ...of("belysning", [
    "Cykelstråket saknar ljus och känns obehagligt när det skymmer.",
    "Två av lamporna vid porten har varit släckta i månader.",
    "Mer belysning vid tunneln under järnvägen.",
    "Det är becksvart mellan husen på kvällarna.",
  ]),
  ...of("lekplats", [
    "Gungan för små barn är sönder.",
    "Lekplatsen behöver bänkar för föräldrarna och en ny sandlåda.",
    "Barn i området har ingenstans att leka.",
    "En ny klätterställning och rutschkana till lekparken.",
  ]),
  ...of("trafik", [
    "Bilarna kör fort förbi förskolan.",
    "Det behövs en cykelbana längs huvudgatan.",
    "Korsningen vid affären är farlig att gå över.",
    "Farthinder behövs, ingen håller hastigheten.",
  ]),
  ...of("skrap", [
    "Papperskorgen vid busshållplatsen svämmar över.",
    "Skräp och fimpar runt bänkarna.",
    "Någon måste städa bort soporna bakom butiken.",
    "Det är så smutsigt i tunneln.",
  ]),
  ...of("gronska", [
    "Fler träd och blommor skulle göra gatan vackrare.",
    "Anlägg en liten park med gräs.",
    "Odling på innergårdarna vore härligt.",
    "Plantera buskar som skydd mot vägen.",
  ]),
];
