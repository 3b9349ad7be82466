import type { LoaderFunctionArgs } from "@remix-run/node";
import { getHsdsService } from "~/features/directory/hsds-api.server";
import { apiJson, apiNotFound } from "~/features/directory/hsds-response.server";

export async function loader({ params }: LoaderFunctionArgs) {
  const service = await getHsdsService(params.id ?? "");
  return service ? apiJson(service) : apiNotFound();
}
