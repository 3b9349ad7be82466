import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { isTextSize, safeBackPath, textSizeCookie } from "~/ui/aids/text-size";

// POST /text-size (size, back): remember the text size and go back to the page. Works without JS.
export async function action({ request }: ActionFunctionArgs) {
  const form = await request.formData();
  const size = form.get("size");
  const back = safeBackPath(form.get("back"));
  if (!isTextSize(size)) return redirect(back, 303);
  return redirect(back, { status: 303, headers: { "Set-Cookie": textSizeCookie(size), "Cache-Control": "no-store" } });
}

// Opened by hand: nothing to choose here, go to the start page.
export function loader() {
  return redirect("/", 303);
}
