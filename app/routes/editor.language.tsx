import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { requireSameOrigin } from "~/features/editor/guard.server";
import { safeEditorPath } from "~/features/editor/origin";
import { isLang, langCookie } from "~/i18n/lang";

// The editors' area has no language in its path: this sets the same language cookie the guide
// sets, then goes back. Allowed when signed out (the sign-in page has the switch too), but only
// from a page of this app.
export async function loader() {
  return redirect("/editor");
}

export async function action({ request }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const form = await request.formData();
  const lang = form.get("lang");
  const next = safeEditorPath(form.get("next"), "/editor", { allowLogin: true });
  if (!isLang(lang)) return redirect(next);
  return redirect(next, { headers: { "Set-Cookie": langCookie(lang) } });
}
