import { connection } from "next/server";
import { ReferenceArticle } from "../article";

// Rendered on every request, with nothing else to do: the framework's floor for a dynamic page.
export default async function DynamicPage() {
  await connection();
  return <ReferenceArticle kind="dynamic" />;
}
