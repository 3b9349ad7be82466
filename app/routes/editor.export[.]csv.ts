import type { LoaderFunctionArgs } from "@remix-run/node";
import { getDb } from "#db/database.server";
import { requireEditorPage } from "~/features/editor/guard.server";
import { exportAllCsv } from "~/features/editor/import.server";
import { todayInAmsterdam } from "~/features/editor/overdue";

// The whole directory as a spreadsheet, archived services included: the same columns as
// /api/contacts.csv, so it can be edited and imported again.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireEditorPage(request);
  const csv = await exportAllCsv(getDb());
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="nabij-directory-${todayInAmsterdam()}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
