// The demo publication's sections, in navigation order: the world regions it covers.
export const sections = [
  { slug: "africa", label: "Africa" },
  { slug: "southeast-asia", label: "Southeast Asia" },
  { slug: "latin-america", label: "Latin America" },
  { slug: "middle-east", label: "Middle East" },
  { slug: "central-asia", label: "Central Asia" },
  { slug: "south-asia", label: "South Asia" },
] as const;
