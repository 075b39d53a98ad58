import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { publicViewpointSchema } from "#src/application/dialogue/index.ts";
import type { MessageKey } from "#src/text/index.ts";
import { parseForm, type FormFailure } from "#src/web/app/lib/forms.ts";
import { pageLanguageCode } from "#src/web/app/lib/page-language-server.ts";
import { withLanguage } from "#src/web/app/lib/page-language.ts";
import { notFound, requestState, services } from "#src/web/app/lib/request.ts";
import { spamCheck, STARTED_FIELD } from "#src/web/app/lib/spam-guard.ts";

/**
 * The loader and action of an activity's public page, shared by /synpunkt/:slug and its
 * Lättläst version /synpunkt/:slug/lattlast: the same checks and the same use case, each page
 * with its own address for the thanks.
 */

/** The form's name of the submission key. */
const NAMES = { submissionKey: "submission_key" };

/** The activity, and while it takes viewpoints, the form's values; `?tack=1` the thanks after sending. */
export async function loadPublicViewpoint({ request, context, params }: LoaderFunctionArgs) {
  const slug = params.slug ?? "";
  const page = await services(context).publicViewpoints.page(slug);
  if (!page) notFound();
  const state = requestState(context);
  // A fresh key and stamp per rendered form, from the request state (never made here: the page is kept).
  return { ...page, slug, thanks: new URL(request.url).searchParams.get("tack") === "1", submissionKey: state.formKey, started: state.formTime.issue() };
}

/**
 * The checks, cheapest first: the trap field (answered as sent, nothing stored), the minimum
 * time, the limits per client address and per activity (in memory: the address is never
 * stored), then the use case's own (open today, the text's links and repeats). A refusal keeps
 * what was typed and says what to do. `page` is the page's address below /synpunkt/:slug ("" or
 * "/lattlast"), where the thanks are shown. The standard page is offered in the resident languages
 * (`?sprak=ar`, kept on the way to the thanks, and recorded with the viewpoint); the Lättläst page is
 * Swedish.
 */
export async function submitPublicViewpoint({ request, context, params }: ActionFunctionArgs, page: "" | "/lattlast"): Promise<FormFailure | Response> {
  const slug = params.slug ?? "";
  const form = await request.formData();
  const state = requestState(context);
  const thanks = page === "" ? withLanguage(`/synpunkt/${slug}?tack=1`, state.language) : `/synpunkt/${slug}${page}?tack=1`;
  const language = page === "" ? pageLanguageCode(state) : "sv";
  const svc = services(context);
  const { verdict, started, values } = spamCheck(form, state, svc.contactMinFillSeconds);
  if (verdict === "trap") return redirect(thanks);
  const parsed = parseForm(publicViewpointSchema, form, { names: NAMES });
  if (!parsed.ok) return parsed;
  const lists = { relations: form.getAll("relations").map(String) };
  const refuse = (field: string, message: MessageKey, extra: Record<string, string> = {}): FormFailure => ({ ok: false, errors: { [field]: message }, values: { ...values, ...extra }, lists });
  // Sent again with the same stamp, the form passes once the time has gone by.
  if (verdict === "too_fast") return refuse("form", "vp.error.tooFast", { [STARTED_FIELD]: started });
  if (!(await svc.viewpointLimiter.consume(`ip:${state.ip ?? "unknown"}`))) return refuse("form", "vp.error.rateLimited");
  if (!(await svc.viewpointActivityLimiter.consume(`activity:${slug}`))) return refuse("form", "vp.error.activityBusy");
  // Only the request id goes with it: the viewpoint is anonymous.
  const result = await svc.publicViewpoints.submit(slug, { ...parsed.data, language }, { requestId: state.requestId });
  if (!result.ok) {
    if (result.error === "not_found") notFound();
    if (result.error === "closed") return refuse("form", "vp.error.closed");
    if (result.error === "invalid") return refuse("form", "vp.error.form");
    return refuse("body", `vp.error.${result.error}`);
  }
  return redirect(thanks);
}
