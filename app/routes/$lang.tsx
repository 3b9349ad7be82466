import type { LoaderFunctionArgs } from "@remix-run/node";
import { Outlet } from "@remix-run/react";
import { requireLang } from "~/i18n/params";

// Every page under /:lang. An unknown first segment ("/de/…") is a 404, not a guess.
export function loader({ params }: LoaderFunctionArgs) {
  requireLang(params);
  return null;
}

export default function LangLayout() {
  return <Outlet />;
}
