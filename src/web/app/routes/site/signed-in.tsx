import { Outlet, type LoaderFunctionArgs } from "react-router";
import { requireActor } from "#src/web/app/lib/request.ts";

/** Every page under this layout needs a signed-in user; others are sent to sign in and back. */
export async function loader({ request, context }: LoaderFunctionArgs) {
  requireActor(context, request);
  return null;
}

export default function SignedIn() {
  return <Outlet />;
}
