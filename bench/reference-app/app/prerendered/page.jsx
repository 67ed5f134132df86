import { ReferenceArticle } from "../article";

// Rendered once at build time and served from Next.js's cache: the framework's fastest path.
export const dynamic = "force-static";

export default function PrerenderedPage() {
  return <ReferenceArticle kind="prerendered" />;
}
