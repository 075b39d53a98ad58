import { describe, expect, it } from "vitest";
import { translator } from "#src/text/index.ts";
import { appealMail, contactPersonMail, decisionMail } from "./mail-text.ts";

const decided = {
  label: "TN-2026-00042",
  committee: "Tekniska nämnden",
  paragraph: "§ 278",
  decidedOn: "2026-12-14",
  outcome: "bifall" as const,
  grantedAmountSek: 150000,
  conditions: "Redovisning senast 2027-12-31.",
  court: "Förvaltningsrätten i Malmö",
  link: "https://samverka.test/arenden/1",
};

describe("the decision mail", () => {
  it("reads in Swedish word for word as the committee service used to write it", () => {
    const mail = decisionMail(translator("sv"), "sv");
    expect(mail.subject("TN-2026-00042")).toBe("Beslut i TN-2026-00042");
    expect(mail.body(decided)).toBe(
      [
        "Hej!",
        "",
        "Tekniska nämnden har beslutat om er ansökan om samverkansstöd (TN-2026-00042) den 2026-12-14, § 278.",
        "",
        "Beslut: Bifall.",
        "Beviljat belopp för dialoginsatser: 150\u00a0000 kr.",
        "",
        "Villkor: Redovisning senast 2027-12-31.",
        "",
        "Så överklagar ni beslutet: beslutet kan överklagas genom laglighetsprövning (kommunallagen 13 kap.). Överklagandet ska ha kommit in inom tre veckor från den dag då protokollet med beslutet anslogs på stadens anslagstavla. Skicka överklagandet till Förvaltningsrätten i Malmö. Sista dagen att överklaga visas på ärendets sida när protokollet har anslagits.",
        "",
        "Läs mer i ärendet: https://samverka.test/arenden/1",
      ].join("\n"),
    );
  });

  it("leaves out the amount and the conditions when there are none, and names a case without a number", () => {
    const mail = decisionMail(translator("sv"), "sv");
    expect(mail.subject(null)).toBe("Beslut i ert ärende");
    const body = mail.body({ ...decided, label: null, outcome: "avslag", grantedAmountSek: null, conditions: "" });
    expect(body).toContain("samverkansstöd (ert ärende) den 2026-12-14, § 278.\n\nBeslut: Avslag.\n\nSå överklagar ni beslutet:");
    expect(body).not.toContain("Beviljat belopp");
    expect(body).not.toContain("Villkor");
  });

  it("keeps the applicant's text as it is, even with braces in it", () => {
    const body = decisionMail(translator("sv"), "sv").body({ ...decided, conditions: "Villkor {link} och {court}" });
    expect(body).toContain("Villkor: Villkor {link} och {court}");
  });

  it("has an English catalogue entry, in English", () => {
    const mail = decisionMail(translator("en"), "en");
    expect(mail.subject("TN-2026-00042")).toBe("Decision in TN-2026-00042");
    expect(mail.subject(null)).toBe("Decision in your case");
    const body = mail.body(decided);
    expect(body).toContain("Decision: Approved.");
    expect(body).toMatch(/Amount granted for dialogue efforts: SEK\s150,000\./);
    expect(body).toContain("Send the appeal to Förvaltningsrätten i Malmö.");
    expect(body).not.toMatch(/Hej|Beslut:|överklagar/);
  });
});

describe("the appeal and contact person mails", () => {
  it("read the catalogue in either language", () => {
    const args = { label: "TN-2026-00042", committee: "Tekniska nämnden", paragraph: "§ 278", decidedOn: "2026-12-14", postedOn: "2026-12-18", previousPostedOn: "2026-12-16", lastDay: "2027-01-08", court: "Förvaltningsrätten i Malmö", link: "https://samverka.test/arenden/1" };
    expect(appealMail(translator("sv"), "sv").body(args)).toContain("Sista dag att överklaga beslutet är 8 januari 2027.");
    expect(appealMail(translator("sv"), "sv").body(args)).toContain("(det var 16 december 2026)");
    expect(appealMail(translator("en"), "en").body(args)).toContain("The last day to appeal the decision is 8 January 2027.");
    expect(contactPersonMail(translator("sv")).subject("TN-2026-00042")).toBe("Du är kontaktperson för TN-2026-00042");
    expect(contactPersonMail(translator("en")).body({ label: "TN-2026-00042", title: "Sofielund", assignedBy: "Hanna", link: "https://x.test" })).toContain("Hanna has made you the contact person");
  });
});
