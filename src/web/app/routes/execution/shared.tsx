import type { ReactNode } from "react";
import { Link } from "react-router";
import type { Phase } from "#src/domain/case/phase.ts";
import type { MessageKey } from "#src/text/index.ts";
import { useT } from "#src/web/app/ui/i18n.tsx";
import { ProcessNav } from "../collaboration/process-nav.tsx";

/** The frame of the execution pages: back to the process, the heading, the process menu, and a word when the plan has not begun or the process is closed. */
export function ExecutionFrame(props: { caseId: string; title: string; heading: string; phase: Phase; started: boolean; children: ReactNode }) {
  const t = useT();
  return (
    <>
      <p className="ds-paragraph">
        <Link className="ds-link" to={`/arenden/${props.caseId}/process`}>
          {t("execution.backToProcess", { title: props.title })}
        </Link>
      </p>
      <h1 className="ds-heading" data-size="lg">
        {props.heading}
      </h1>
      <ProcessNav caseId={props.caseId} />
      {props.phase === "avslutad" && <p className="ds-paragraph">{t("execution.readOnly")}</p>}
      {props.started ? props.children : <p className="ds-paragraph">{t("execution.notStarted")}</p>}
    </>
  );
}

/** A use case's refusal as the message for the form. */
export function refusalKey(error: string): MessageKey {
  const known = ["closed", "wrong_status", "needs_decision", "below_paid", "no_decision", "invalid", "transition", "percent", "noteTooLong"];
  return (known.includes(error) ? `execution.error.${error === "percent" ? "percent" : error}` : "execution.error.invalid") as MessageKey;
}
