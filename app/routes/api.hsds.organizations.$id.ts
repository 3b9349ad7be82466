import type { LoaderFunctionArgs } from "@remix-run/node";
import { getHsdsOrganization } from "~/features/directory/hsds-api.server";
import { apiJson, apiNotFound } from "~/features/directory/hsds-response.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const organization = await getHsdsOrganization(params.id ?? "");
  return organization ? apiJson(organization) : apiNotFound();
}
