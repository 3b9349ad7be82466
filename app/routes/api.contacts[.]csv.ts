import type { LoaderFunctionArgs } from "@remix-run/node";
import { contactsCsvResponse } from "~/features/directory/contacts-csv.server";

export function loader({ request }: LoaderFunctionArgs) {
  return contactsCsvResponse(request);
}
