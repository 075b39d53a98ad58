import { describe, expect, it } from "vitest";
import { followUpReminderText, reportMailText } from "./mail-text.ts";

const hostile = "Parken <script>alert(1)</script> {year}";

describe("the resultatfas's mail", () => {
  it("reminds of the yearly follow-up with its due date, the link, and the process's name as it was typed", () => {
    const soon = followUpReminderText("sv")({ occasion: "snart", year: 2026, dueOn: "2027-01-31", title: hostile, caseNumber: "TN-2026-00001", link: "https://samverka.test/x", name: "Bo" });
    expect(soon.subject).toBe(`Påminnelse: årsuppföljning för 2026 – ${hostile} (TN-2026-00001)`);
    expect(soon.text).toContain("senast 31 januari 2027");
    expect(soon.text).toContain("https://samverka.test/x");
    const late = followUpReminderText("en")({ occasion: "forsenad", year: 2026, dueOn: "2027-01-31", title: "P", caseNumber: null, link: "l", name: "Bo" });
    expect(late.subject).toBe("The yearly follow-up for 2026 is overdue – P");
  });

  it("tells each side of the report's step, with the reason when sent back", () => {
    const text = reportMailText("sv");
    const returned = text({ event: "returned", title: "P", caseNumber: null, link: "l", name: "Bo", reason: "Beskriv pengarna." });
    expect(returned.subject).toBe("Resultatrapporten behöver kompletteras – P");
    expect(returned.text).toContain("Beskriv pengarna.");
    for (const event of ["sent", "returned", "approved"] as const) {
      const m = text({ event, title: "P", caseNumber: "TN-1", link: "l", name: "Bo", reason: "r" });
      expect(`${m.subject}${m.text}`).not.toMatch(/[{}]/);
    }
  });
});
