import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { clearSessionCookie } from "#src/web/edge/cookies.ts";
import { signOutSchema } from "#src/application/auth/index.ts";
import { parseForm } from "#src/web/app/lib/forms.ts";
import { requestMeta, requestState, services } from "#src/web/app/lib/request.ts";

export async function loader(_: LoaderFunctionArgs) {
  // Signing out changes state, so it is a POST; a plain visit goes to the start page.
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const state = requestState(context);
  const svc = services(context);
  const parsed = parseForm(signOutSchema, await request.formData());
  const everywhere = parsed.ok && parsed.data.everywhere;
  let query = "meddelande=utloggad";
  if (state.sessionToken && state.actor) {
    if (everywhere) {
      const ended = await svc.auth.signOutEverywhere(state.actor, requestMeta(context));
      query = `meddelande=utloggad&sessioner=${ended}`;
    } else {
      await svc.auth.signOut(state.sessionToken, requestMeta(context));
    }
  }
  return redirect(`/logga-in?${query}`, { headers: { "Set-Cookie": clearSessionCookie(state.secureCookies) } });
}
