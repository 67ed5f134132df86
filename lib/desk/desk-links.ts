// Addresses of desk pages that other parts of the desk link to, in one place.

export const deskLinks = {
  home: "/admin",
  newArticle: "/admin/articles/new",
  article: (id: string) => `/admin/articles/${id}`,
  newEpisode: "/admin/episodes/new",
  episode: (id: string) => `/admin/episodes/${id}`,
  picks: "/admin/picks",
  briefs: "/admin/briefs",
  people: "/admin/people",
  person: (id: string) => `/admin/people/${id}`,
  settings: "/admin/settings",
  sections: "/admin/settings/sections",
  audit: "/admin/audit",
};
