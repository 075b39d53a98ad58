import { describe, expect, it } from "vitest";
import { translator } from "#src/text/index.ts";
import { decisionExtractInSwedish, decisionExtractText, officerReportInSwedish, officerReportText } from "./document-text.ts";

describe("the officer's report in the committee's words", () => {
  const sv = officerReportInSwedish();

  it("proposes the decision as the committee service used to write it", () => {
    expect(sv.proposal({ committee: "Tekniska nämnden", title: "Trygga Sofielund", recommendation: "bifall", amountSek: 150000 })).toBe("Tekniska nämnden beviljar samverkansstöd till Trygga Sofielund med 150\u00a0000 kr för dialoginsatser.");
    expect(sv.proposal({ committee: "Tekniska nämnden", title: "Trygga Sofielund", recommendation: "delvis_bifall", amountSek: null })).toBe("Tekniska nämnden beviljar delvis samverkansstöd till Trygga Sofielund.");
    expect(sv.proposal({ committee: "Tekniska nämnden", title: "Trygga Sofielund", recommendation: "avslag", amountSek: null })).toBe("Tekniska nämnden avslår ansökan om samverkansstöd till Trygga Sofielund.");
    expect(sv.proposal({ committee: "Tekniska nämnden", title: "Trygga Sofielund", recommendation: null, amountSek: null })).toBe("Förslag till beslut är ännu inte framtaget.");
  });

  it("describes the boundary, its size and the areas it touches", () => {
    expect(sv.boundary({ given: "drawn", fileName: null, km2: 0.1234, areas: ["Sofielund"] })).toBe("Avgränsningen är ritad på kartan i ansökan och omfattar 0,123 km². Den berör området Sofielund.");
    expect(sv.boundary({ given: "geojson", fileName: "omrade.geojson", km2: 2.5, areas: ["Sofielund", "Möllevången"] })).toBe(
      "Avgränsningen är uppladdad som GeoJSON-fil (omrade.geojson) och omfattar 2,5 km². Den berör områdena Sofielund, Möllevången.",
    );
    expect(sv.boundary({ given: "geojson", fileName: null, km2: null, areas: [] })).toBe("Avgränsningen är uppladdad som GeoJSON-fil.");
    expect(sv.boundary({ given: "areas", fileName: null, km2: null, areas: [] })).toBe("Avgränsningen är stadens områden som valts i ansökan.");
    expect(sv.boundary({ given: "case", fileName: null, km2: null, areas: [] })).toBe("Avgränsningen finns i ärendet.");
    expect(sv.boundary({ given: null, fileName: null, km2: null, areas: ["Sofielund"] })).toBe("Ansökan anger ingen avgränsning av området.");
  });

  it("names the rest as before: ratings, meetings, basis, officers, contributions, the applicant", () => {
    expect(sv.rating("delvis_uppfyllt")).toBe("Delvis uppfyllt");
    expect(sv.rating(null)).toBe("Ej bedömt");
    expect(sv.meeting({ committee: "Tekniska nämnden", body: "arbetsutskott" })).toBe("Tekniska nämndens arbetsutskott");
    expect(sv.meeting({ committee: "Tekniska nämnden", body: "namnd" })).toBe("Tekniska nämnden");
    expect(sv.basis({ title: "Trygga Sofielund", committeeCode: "TN" })).toEqual(["Ansökan om samverkansstöd – Trygga Sofielund", "Kriteriebedömning", "G-Tjänsteskrivelse TN – Trygga Sofielund"]);
    expect([sv.officer("kontaktperson"), sv.officer("handlaggare")]).toEqual(["Kontaktperson", "Handläggare"]);
    expect(sv.contribution({ actor: "Handlarföreningen", moneySek: 50000, resources: "", activities: "Städdag" })).toBe("Handlarföreningen – 50\u00a0000 kr; aktiviteter: Städdag");
    expect(sv.contribution({ actor: "Boende", moneySek: null, resources: "", activities: "" })).toBe("Boende");
    expect(sv.summary({ applicant: null, title: "Trygga Sofielund" })).toBe("Sökande ansöker om samverkansstöd för Trygga Sofielund.");
    expect([sv.assessmentHeading(), sv.opinionHeading("KS"), sv.applicant(), sv.language]).toEqual(["Förvaltningens bedömning", "Yttrande från KS", "Sökande", "sv"]);
  });

  it("has English catalogue entries", () => {
    const en = officerReportText(translator("en"), "en");
    expect(en.language).toBe("en");
    expect(en.proposal({ committee: "The Technical Committee", title: "Safe Sofielund", recommendation: "bifall", amountSek: 150000 })).toMatch(/^The Technical Committee grants collaboration support to Safe Sofielund of SEK\s150,000 for dialogue efforts\.$/);
    expect(en.boundary({ given: "drawn", fileName: null, km2: 1.5, areas: ["Sofielund"] })).toBe("The boundary is drawn on the map in the application and covers 1.5 km². It touches the area Sofielund.");
    expect(en.rating(null)).toBe("Not assessed");
  });
});

describe("the extract of the minutes in the committee's words", () => {
  it("states the decision and how to appeal it as before", () => {
    const sv = decisionExtractInSwedish();
    expect(sv.decision({ committee: "Tekniska nämnden", applicant: "Föreningen Sofielund", title: "Trygga Sofielund", outcome: "bifall", amount: sv.amount(150000) })).toBe(
      "Tekniska nämnden beviljar samverkansstöd till Föreningen Sofielund för Trygga Sofielund med 150\u00a0000 kr för dialoginsatser.",
    );
    expect(sv.decision({ committee: "Tekniska nämnden", applicant: sv.applicant(), title: "Trygga Sofielund", outcome: "delvis_bifall", amount: null })).toBe("Tekniska nämnden beviljar delvis samverkansstöd till sökanden för Trygga Sofielund.");
    expect(sv.decision({ committee: "Tekniska nämnden", applicant: "Föreningen Sofielund", title: "Trygga Sofielund", outcome: "avslag", amount: null })).toBe("Tekniska nämnden avslår ansökan om samverkansstöd från Föreningen Sofielund för Trygga Sofielund.");
    expect(sv.outcome("delvis_bifall")).toBe("Delvis bifall");
    expect(sv.appealHow("Förvaltningsrätten i Malmö")).toBe(
      "Beslutet kan överklagas genom laglighetsprövning enligt 13 kap. kommunallagen. Överklagandet ska ha kommit in till Förvaltningsrätten i Malmö inom tre veckor från den dag då protokollet med beslutet anslogs på stadens anslagstavla.",
    );
  });

  it("has English catalogue entries", () => {
    const en = decisionExtractText(translator("en"), "en");
    expect(en.decision({ committee: "The Technical Committee", applicant: en.applicant(), title: "Safe Sofielund", outcome: "avslag", amount: null })).toBe("The Technical Committee rejects the application for collaboration support from the applicant for Safe Sofielund.");
    expect(en.outcome("bifall")).toBe("Approved");
    expect(en.appealHow("Förvaltningsrätten i Malmö")).toContain("must have reached Förvaltningsrätten i Malmö within three weeks");
  });
});
