// The demo publication's identity: the settings a new database starts with (the name comes
// from PUBLICATION_NAME). Admins change them afterwards; nothing reads these values again.
export const publication = {
  tagline: "China and the Global South",
  description: "Independent news and analysis on China's ties with Africa, Asia, Latin America and the Middle East.",
  timeZone: "America/New_York",
  language: "en",
  logoUrl: null,
  socialLinks: [],
};
