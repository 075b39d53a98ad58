import { data, type LoaderFunctionArgs } from "react-router";

/**
 * The HTTP edge's own answers (a refused form, a body too large, the database unreachable)
 * rendered in the app's layout: the edge asks for /_fel/<reason> and sends the page with the
 * refusal's status. The root ErrorBoundary writes the text for each.
 */
const REASONS = { formular: ["csrf", 403], "for-stort": ["too_large", 413], otillganglig: ["unavailable", 503] } as const;

export async function loader({ params }: LoaderFunctionArgs) {
  const found = REASONS[params.reason as keyof typeof REASONS];
  if (!found) throw data(null, { status: 404 });
  throw data({ reason: found[0] }, { status: found[1] });
}

export default function EdgeError() {
  return null;
}
