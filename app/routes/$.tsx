// Any path that matches no page: the root error boundary shows the 404 in the visitor's language.
export function loader() {
  throw new Response("Not found", { status: 404 });
}

export default function NotFound() {
  return null;
}
