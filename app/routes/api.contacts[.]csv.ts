import { contactsCsv } from "~/features/directory/contacts-csv.server";

export async function loader() {
  return new Response(await contactsCsv(), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="nabij-contacten.csv"',
      "Access-Control-Allow-Origin": "*",
      "Cache-Control": "public, max-age=300",
    },
  });
}
