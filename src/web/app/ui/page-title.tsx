/**
 * The one home of a page's <title>: "<page> – Samverka", and, after a failed submit, "Fel: "
 * in front, so a screen reader user hears at once that the form came back with errors (WCAG
 * 3.3.1). Every page with a form renders its title through this component.
 */
import type { Translate } from "#src/text/index.ts";
import { useT } from "./i18n.tsx";

export function pageTitle(text: string, failed: boolean, t: Translate): string {
  return `${failed ? t("common.errorTitlePrefix") : ""}${text} – ${t("app.name")}`;
}

export function PageTitle({ text, failed = false }: { text: string; failed?: boolean | undefined }) {
  const t = useT();
  return <title>{pageTitle(text, failed, t)}</title>;
}
