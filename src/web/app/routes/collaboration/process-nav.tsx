import { NavLink } from "react-router";
import type { MessageKey } from "#src/text/index.ts";
import { useT } from "#src/web/app/ui/i18n.tsx";

/** The process's parts fall in three groups, in the order the process goes. */
export const PROCESS_GROUPS = ["samarbete", "utforande", "resultat"] as const;
export type ProcessGroup = (typeof PROCESS_GROUPS)[number];

const GROUP_LABELS: Record<ProcessGroup, MessageKey> = {
  samarbete: "processNav.group.samarbete",
  utforande: "processNav.group.utforande",
  resultat: "processNav.group.resultat",
};

/**
 * The parts of a running process, each a page under /arenden/:caseId/process: one list, so each
 * page of the process shows the same way to the others. A part adds its entry here, in its group.
 */
export const PROCESS_SECTIONS: readonly { path: string; label: MessageKey; group: ProcessGroup }[] = [
  { path: "", label: "processNav.phases", group: "samarbete" },
  { path: "aktorer", label: "processNav.actors", group: "samarbete" },
  { path: "parter", label: "processNav.parties", group: "samarbete" },
  { path: "aktiviteter", label: "processNav.activities", group: "samarbete" },
  { path: "synpunkter", label: "processNav.viewpoints", group: "samarbete" },
  { path: "teman", label: "processNav.themes", group: "samarbete" },
  { path: "sammanstallning", label: "processNav.compilation", group: "samarbete" },
  { path: "forslag", label: "processNav.proposal", group: "samarbete" },
  { path: "vi-fragade", label: "processNav.weAsked", group: "samarbete" },
  { path: "plan", label: "processNav.plan", group: "utforande" },
  { path: "avstamningar", label: "processNav.checkins", group: "utforande" },
  { path: "budget", label: "processNav.budget", group: "utforande" },
  { path: "ataganden", label: "processNav.commitments", group: "utforande" },
  { path: "indikatorer", label: "processNav.indicators", group: "resultat" },
  { path: "mal", label: "processNav.goals", group: "resultat" },
  { path: "rapporter", label: "processNav.associationReports", group: "resultat" },
  { path: "resultat", label: "processNav.results", group: "resultat" },
  { path: "lardomar", label: "processNav.lessons", group: "resultat" },
];

/**
 * The process's own menu, a labelled row per group (19 parts in one row read as a wall of links);
 * the page being shown is marked with aria-current by NavLink.
 */
export function ProcessNav({ caseId }: { caseId: string }) {
  const t = useT();
  return (
    <nav aria-label={t("processNav.label")} className="sv-process-nav">
      {PROCESS_GROUPS.map((g) => (
        <div key={g} className="sv-process-nav__group">
          <span className="sv-process-nav__group-label" id={`process-nav-${g}`}>
            {t(GROUP_LABELS[g])}
          </span>
          <ul className="sv-process-nav__list" aria-labelledby={`process-nav-${g}`}>
            {PROCESS_SECTIONS.filter((s) => s.group === g).map((s) => (
              <li key={s.path}>
                <NavLink className="ds-link" end to={`/arenden/${caseId}/process${s.path ? `/${s.path}` : ""}`}>
                  {t(s.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </nav>
  );
}
