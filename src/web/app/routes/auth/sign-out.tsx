import { redirect, type ActionFunctionArgs, type LoaderFunctionArgs } from "react-router";
import { clearSessionCookie } from "#src/web/edge/cookies.ts";
import { requestMeta, requestState, services } from "#src/web/app/lib/request.ts";

export async function loader(_: LoaderFunctionArgs) {
  // Signing out changes state, so it is a POST; a plain visit goes to the start page.
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const state = requestState(context);
  const svc = services(context);
  const formData = await request.formData();
  let query = "meddelande=utloggad";
  if (state.sessionToken && state.actor) {
    if (formData.get("everywhere") === "yes") {
      const ended = await svc.auth.signOutEverywhere(state.actor, requestMeta(context));
      query = `meddelande=utloggad&sessioner=${ended}`;
    } else {
      await svc.auth.signOut(state.sessionToken, requestMeta(context));
    }
  }
  return redirect(`/logga-in?${query}`, { headers: { "Set-Cookie": clearSessionCookie(state.secureCookies) } });
}
