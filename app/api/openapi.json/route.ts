// GET /api/openapi.json – the OpenAPI 3.1 description of every route, generated from the route objects and their zod schemas
import { openApiDocument } from "@/lib/api/openapi";

export function GET() {
  return Response.json(openApiDocument(), { headers: { "cache-control": "public, max-age=300" } });
}
