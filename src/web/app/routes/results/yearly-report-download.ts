import type { LoaderFunctionArgs } from "react-router";
import { documentDownload } from "#src/web/app/lib/document-download.ts";
import { translator } from "#src/text/index.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";
import { yearlyQuery } from "./yearly-report.tsx";
import { yearlyReportCsvRows, yearlyReportDocument, yearlyReportFilename } from "./yearly-report-text.ts";

/**
 * /namnd/arsrapport.csv, .docx and .pdf (with `?ar=` and `?namnd=`): the committee's yearly
 * report as a file, for those who may read the page. The documents are the city's, in Swedish.
 */
export async function loader({ request, context }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const svc = services(context).yearlyReport;
  const view = await svc.report(actor, yearlyQuery(request));
  if (!view) notFound();
  const format = new URL(request.url).pathname.split(".").pop();
  // The city's documents are Swedish, whatever the page's language.
  const t = translator("sv");
  const locale = "sv";
  if (format === "csv") {
    return new Response(svc.csv(yearlyReportCsvRows(view, t, locale)), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${yearlyReportFilename(view, "csv")}"`, "Cache-Control": "no-store" },
    });
  }
  const doc = yearlyReportDocument(view, t, locale, new Date());
  if (format === "docx") return documentDownload({ bytes: await svc.docx(doc), filename: yearlyReportFilename(view, "docx") }, "docx");
  if (format === "pdf") return documentDownload({ bytes: await svc.pdf(doc), filename: yearlyReportFilename(view, "pdf") }, "pdf");
  notFound();
}
