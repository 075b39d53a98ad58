import { notFound } from "#src/web/app/lib/request.ts";

export async function loader() {
  notFound();
}

export default function NotFound() {
  return null;
}
