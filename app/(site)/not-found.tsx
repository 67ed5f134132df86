import { NotFoundMessage } from "@/components/site/not-found-message";

// notFound() in a reading page (unknown article or episode): the (site) layout already draws
// the header and footer around this.
export default function SiteNotFound() {
  return <NotFoundMessage />;
}
