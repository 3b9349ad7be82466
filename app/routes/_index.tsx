import { redirect, type LoaderFunctionArgs } from "@remix-run/node";
import { negotiateLang } from "~/i18n/lang";

// `/` has no page of its own: send the visitor to their language (cookie, browser, then Dutch).
export function loader({ request }: LoaderFunctionArgs) {
  const lang = negotiateLang(request.headers.get("Cookie"), request.headers.get("Accept-Language"));
  return redirect(`/${lang}`, { headers: { Vary: "Cookie, Accept-Language" } });
}
