import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireEditorPage } from "~/features/editor/guard.server";
import { csvDownloadResponse } from "~/features/directory/contacts-csv.server";
import { allServiceIds } from "~/features/editor/import.server";
import { todayInAmsterdam } from "~/features/calendar/today";

// The whole directory as a spreadsheet, archived services included: the same columns as
// /api/contacts.csv, so it can be edited and imported again. Streamed (features/directory/contacts-csv.server.ts).
export async function loader({ request }: LoaderFunctionArgs) {
  await requireEditorPage(request);
  return csvDownloadResponse(request, allServiceIds, {
    "Content-Disposition": `attachment; filename="nabij-directory-${todayInAmsterdam()}.csv"`,
    "Cache-Control": "no-store",
  });
}
