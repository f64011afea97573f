import { openApiDocument } from "@/server/modules/catalogue/openapi-doc";
import { ALERTS_OPENAPI_PATHS } from "@/server/modules/alerts/http";

export const dynamic = "force-static";

const document = { ...openApiDocument, paths: { ...openApiDocument.paths, ...ALERTS_OPENAPI_PATHS } };

export function GET() {
  return Response.json(document, { headers: { "access-control-allow-origin": "*" } });
}
