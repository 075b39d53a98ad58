import type { LoaderFunctionArgs } from "react-router";
import { documentDownload } from "#src/web/app/lib/document-download.ts";
import { notFound, requireActor, services } from "#src/web/app/lib/request.ts";

/** The compilation of the process's dialogue (sammanställning) as PDF. */
export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const actor = requireActor(context, request);
  const file = await services(context).compilation.compilationFile(actor, params.caseId ?? "", "pdf");
  if (!file) notFound();
  return documentDownload(file, "pdf");
}
