import { redirect, type ActionFunctionArgs } from "react-router";
import { localeCookie } from "#src/web/edge/cookies.ts";
import { isLocale } from "#src/text/index.ts";
import { requestState, safeNext } from "#src/web/app/lib/request.ts";

export async function loader() {
  return redirect("/");
}

export async function action({ request, context }: ActionFunctionArgs) {
  const formData = await request.formData();
  const locale = formData.get("locale");
  const state = requestState(context);
  const back = safeNext(new URL(request.headers.get("referer") ?? "/", request.url).pathname, "/");
  if (!isLocale(locale)) return redirect(back);
  return redirect(back, { headers: { "Set-Cookie": localeCookie(locale, state.secureCookies) } });
}
