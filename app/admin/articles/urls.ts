// Where the article desk's pages live, and the fixed messages they show after a redirect
// (`?notice=` / `?error=` carry a code, never text: lib/page-messages.ts).

export const ARTICLE_NOTICES = {
  deleted: "The draft is deleted.",
  restored: "The revision is restored, as a new revision. The history keeps every earlier one.",
} as const;

export const ARTICLE_ERRORS = {
  missing: "There is no such article or revision.",
  changed: "Someone saved this article after you opened this page, so nothing was done. Look at it again, then try again.",
  "restore-invalid":
    "That revision can’t be restored as it stands: the article is published or scheduled, and the revision lacks something readers need (a standfirst, text or an author). Open the editor to fix it.",
  "not-a-draft": "Only drafts that were never published can be deleted. Unpublish the article instead.",
} as const;

type Message = { notice: keyof typeof ARTICLE_NOTICES } | { error: keyof typeof ARTICLE_ERRORS } | Record<string, never>;

function withMessage(path: string, message: Message): string {
  const [key, value] = Object.entries(message)[0] ?? [];
  return key ? `${path}?${key}=${value}` : path;
}

export const articleListUrl = (message: Message = {}) => withMessage("/admin/articles", message);
export const articleEditorUrl = (id: string, message: Message = {}) => withMessage(`/admin/articles/${id}`, message);
export const articleHistoryUrl = (id: string, message: Message = {}) => withMessage(`/admin/articles/${id}/history`, message);
