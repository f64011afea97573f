import { openApiDocument } from "@/server/modules/catalogue/openapi-doc";
import { ALERTS_OPENAPI_PATHS } from "@/server/modules/alerts/http";
import { ENVIRONMENT_OPENAPI_PATHS } from "@/server/modules/environment/open-data";
import { TRANSPORT_OPENAPI_PATHS } from "@/server/modules/transport/open-data";

export const dynamic = "force-static";

/** The catalogue's document plus the paths of the sections' open data (预警, 智慧交通, 智慧环保). */
const document = {
  ...openApiDocument,
  paths: { ...openApiDocument.paths, ...ALERTS_OPENAPI_PATHS, ...TRANSPORT_OPENAPI_PATHS, ...ENVIRONMENT_OPENAPI_PATHS },
};

export function GET() {
  return Response.json(document, { headers: { "access-control-allow-origin": "*" } });
}
