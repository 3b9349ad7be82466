import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { getDb } from "#db/database.server";
import { requireEditorAction } from "~/features/editor/guard.server";
import { clearSessionCookie, deleteSession, readSessionToken } from "~/features/editor/sessions.server";

// Sign out: a POST only (a link could be triggered by another site or a prefetch).
export async function loader() {
  return redirect("/editor");
}

export async function action({ request }: ActionFunctionArgs) {
  await requireEditorAction(request);
  const token = await readSessionToken(request);
  if (token) await deleteSession(getDb(), token);
  return redirect("/editor/login?signedOut=1", { headers: { "Set-Cookie": await clearSessionCookie(request) } });
}
