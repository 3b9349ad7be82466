import type { LoaderFunctionArgs } from "@remix-run/node";
import { listHsdsServices } from "~/features/directory/hsds-api.server";
import { apiList } from "~/features/directory/hsds-response.server";

export const loader = ({ request }: LoaderFunctionArgs) => apiList(request, (params) => listHsdsServices(params));
