import { Fragment } from "react";
import { Link } from "react-router";
import type { MessageKey } from "#src/text/index.ts";
import { PUBLIC_PAGE } from "#src/web/app/lib/client-code.ts";
import { StandardTextLink } from "#src/web/app/ui/easy-read.tsx";
import { useT } from "#src/web/app/ui/i18n.tsx";

/** Works without JavaScript and ships none; the same for every visitor (kept at the edge). */
export const handle = PUBLIC_PAGE;

const STEPS: ReadonlyArray<{ title: MessageKey; lines: MessageKey[] }> = [
  { title: "easyRead.sv.step1Title", lines: ["easyRead.sv.step1a", "easyRead.sv.step1b", "easyRead.sv.step1c", "easyRead.sv.step1d", "easyRead.sv.step1e", "easyRead.sv.step1f"] },
  { title: "easyRead.sv.step2Title", lines: ["easyRead.sv.step2a", "easyRead.sv.step2b", "easyRead.sv.step2c", "easyRead.sv.step2d"] },
  { title: "easyRead.sv.step3Title", lines: ["easyRead.sv.step3a", "easyRead.sv.step3b"] },
  { title: "easyRead.sv.step4Title", lines: ["easyRead.sv.step4a", "easyRead.sv.step4b", "easyRead.sv.step4c"] },
];
const LOOKS_AT: MessageKey[] = ["easyRead.sv.look1", "easyRead.sv.look2", "easyRead.sv.look3", "easyRead.sv.look4", "easyRead.sv.look5", "easyRead.sv.look6", "easyRead.sv.look7"];
const APPLICATION: MessageKey[] = ["easyRead.sv.application1", "easyRead.sv.application2", "easyRead.sv.application3", "easyRead.sv.application4"];

/** One short line per sentence, as lättläst text is set. */
function Lines({ keys }: { keys: readonly MessageKey[] }) {
  const t = useT();
  return (
    <p className="ds-paragraph sv-easy-read-lines">
      {keys.map((key, i) => (
        <span key={key}>
          {i > 0 && <br />}
          {t(key)}
        </span>
      ))}
    </p>
  );
}

/** /samverkansstod/lattlast: the samverkansstöd explanation in lättläst (LIX ≤ 30, decision 0033). */
export default function SamverkansstodEasyRead() {
  const t = useT();
  return (
    <>
      <title>{`${t("easyRead.sv.title")} – ${t("app.name")}`}</title>
      <h1 className="ds-heading" data-size="xl">
        {t("easyRead.sv.title")}
      </h1>
      <StandardTextLink to="/samverkansstod" />
      <Lines keys={["easyRead.sv.lead1", "easyRead.sv.lead2", "easyRead.sv.lead3", "easyRead.sv.lead4"]} />

      <h2 className="ds-heading" data-size="md">
        {t("easyRead.sv.whoTitle")}
      </h2>
      <Lines keys={["easyRead.sv.who1", "easyRead.sv.whoList"]} />
      <ul className="ds-list">
        <li>{t("easyRead.sv.who.owners")}</li>
        <li>{t("easyRead.sv.who.associations")}</li>
        <li>{t("easyRead.sv.who.companies")}</li>
        <li>{t("easyRead.sv.who.residents")}</li>
      </ul>
      <Lines keys={["easyRead.sv.who2"]} />

      <h2 className="ds-heading" data-size="md">
        {t("easyRead.sv.stepsTitle")}
      </h2>
      <Lines keys={["easyRead.sv.steps"]} />
      {STEPS.map((step) => (
        <Fragment key={step.title}>
          <h3 className="ds-heading" data-size="sm">
            {t(step.title)}
          </h3>
          <Lines keys={step.lines} />
        </Fragment>
      ))}

      <h2 className="ds-heading" data-size="md">
        {t("easyRead.sv.lookTitle")}
      </h2>
      <ul className="ds-list">
        {LOOKS_AT.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>

      <h2 className="ds-heading" data-size="md">
        {t("easyRead.sv.applicationTitle")}
      </h2>
      <Lines keys={APPLICATION} />

      <h2 className="ds-heading" data-size="md">
        {t("easyRead.sv.howTitle")}
      </h2>
      <Lines keys={["easyRead.sv.how1", "easyRead.sv.how2", "easyRead.sv.how3", "easyRead.sv.how4"]} />
      <p className="ds-paragraph">
        <Link to="/samverkansstod/kontakt" className="ds-button" data-variant="primary">
          {t("public.contactLink")}
        </Link>
      </p>

      <h2 className="ds-heading" data-size="md">
        {t("easyRead.sv.accountTitle")}
      </h2>
      <Lines keys={["easyRead.sv.account1", "easyRead.sv.account2", "easyRead.sv.account3"]} />
      <p className="ds-paragraph">
        <Link to="/registrera" className="ds-link">
          {t("register.link")}
        </Link>
      </p>
    </>
  );
}
