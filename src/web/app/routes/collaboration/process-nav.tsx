import { NavLink } from "react-router";
import type { MessageKey } from "#src/text/index.ts";
import { useT } from "#src/web/app/ui/i18n.tsx";

/**
 * The parts of a running process, each a page under /arenden/:caseId/process: one list, so each
 * page of the process shows the same way to the others. A part adds its entry here.
 */
export const PROCESS_SECTIONS: readonly { path: string; label: MessageKey }[] = [
  { path: "", label: "processNav.phases" },
  { path: "aktorer", label: "processNav.actors" },
  { path: "parter", label: "processNav.parties" },
  { path: "aktiviteter", label: "processNav.activities" },
  { path: "synpunkter", label: "processNav.viewpoints" },
  { path: "teman", label: "processNav.themes" },
  { path: "sammanstallning", label: "processNav.compilation" },
  { path: "forslag", label: "processNav.proposal" },
  { path: "vi-fragade", label: "processNav.weAsked" },
  { path: "plan", label: "processNav.plan" },
  { path: "avstamningar", label: "processNav.checkins" },
  { path: "budget", label: "processNav.budget" },
  { path: "ataganden", label: "processNav.commitments" },
  { path: "indikatorer", label: "processNav.indicators" },
  { path: "mal", label: "processNav.goals" },
  { path: "rapporter", label: "processNav.associationReports" },
  { path: "resultat", label: "processNav.results" },
  { path: "lardomar", label: "processNav.lessons" },
];

/** The process's own menu; the page being shown is marked with aria-current by NavLink. */
export function ProcessNav({ caseId }: { caseId: string }) {
  const t = useT();
  return (
    <nav aria-label={t("processNav.label")} className="sv-process-nav">
      <ul className="sv-process-nav__list">
        {PROCESS_SECTIONS.map((s) => (
          <li key={s.path}>
            <NavLink className="ds-link" end to={`/arenden/${caseId}/process${s.path ? `/${s.path}` : ""}`}>
              {t(s.label)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
