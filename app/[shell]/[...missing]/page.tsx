import { notFound } from "next/navigation";

// Every page URL is rewritten under /standard or /elder by proxy.ts, so an unknown path lands here
// and gets the site's own 404 page inside the layout (rendered per request, like other errors).
export const dynamic = "force-dynamic";

export default function MissingPage() {
  notFound();
}
