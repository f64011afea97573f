import { openApiDocument } from "@/server/modules/catalogue/openapi-doc";

export const dynamic = "force-static";

export function GET() {
  return Response.json(openApiDocument, { headers: { "access-control-allow-origin": "*" } });
}
