import { notFound } from "../../lib/request.ts";

export async function loader() {
  notFound();
}

export default function NotFound() {
  return null;
}
