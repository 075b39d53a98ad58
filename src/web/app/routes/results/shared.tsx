/** What the resultatfas's pages share: the page's head with the process menu, and a refusal's sentence. */
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { MessageKey } from "#src/text/index.ts";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";
import { PageTitle } from "#src/web/app/ui/page-title.tsx";

export function ResultsFrame({ caseId, title, heading, failed, children }: { caseId: string; title: string; heading: string; failed: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <PageTitle failed={failed} text={`${heading}: ${title}`} />
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${caseId}`}>
          {t("process.backToCase", { title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {heading}
      </h1>
      <ProcessNav caseId={caseId} />
      {children}
    </>
  );
}

/** The sentence for a refusal of the resultatfas's use cases. */
export function resultsRefusal(error: string): MessageKey {
  return error === "invalid" ? "appl.error.form" : (`results.error.${error}` as MessageKey);
}

/** A button that submits its form with an intent (several on one form: save, or save and send). */
export function IntentButton({ intent, children, variant = "primary" }: { intent: string; children: ReactNode; variant?: "primary" | "secondary" }) {
  return (
    <button type="submit" className="ds-button" data-variant={variant} name="intent" value={intent}>
      {children}
    </button>
  );
}
