// The settings form's fields, read back into the shape lib/settings validates. Social links
// arrive as numbered pairs (`socialLinks.0.label`, `socialLinks.0.url`); rows left empty are
// dropped. Pure.

export const SOCIAL_LINK_ROWS_EXTRA = 2;

export function settingsFromForm(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  const rows = new Set<number>();
  for (const key of form.keys()) {
    const match = /^socialLinks\.(\d{1,2})\.(label|url)$/.exec(key);
    if (match) rows.add(Number(match[1]));
  }
  const socialLinks = [...rows]
    .sort((a, b) => a - b)
    .map((row) => ({ label: text(`socialLinks.${row}.label`), url: text(`socialLinks.${row}.url`).trim() }))
    .filter((link) => link.label.trim() || link.url);
  const logoUrl = text("logoUrl").trim();
  return {
    name: text("name"),
    tagline: text("tagline"),
    description: text("description"),
    timeZone: text("timeZone"),
    language: text("language"),
    logoUrl: logoUrl || null,
    socialLinks,
  };
}
