import type { SeedAuthor } from "./types";

// Invented correspondents for the demo publication. Any resemblance to real people is unintended.
export const authors: SeedAuthor[] = [
  {
    slug: "halima-mwangaza",
    name: "Halima Mwangaza",
    location: "Nairobi",
    bio: "Halima Mwangaza covers East Africa and the Gulf's growing economic ties with the continent. She spent eight years on the business desk of a Nairobi daily, specialising in public debt, infrastructure finance and the budget documents most people skip.",
  },
  {
    slug: "dimas-arkananta",
    name: "Dimas Arkananta",
    location: "Jakarta",
    bio: "Dimas Arkananta reports on Southeast Asia and on the overland trade routes of Central Asia. Before moving to Jakarta he was based in Almaty for three years, writing about rail freight, energy and the Caspian region.",
  },
  {
    slug: "marina-quintanilha",
    name: "Marina Quintanilha",
    location: "São Paulo",
    bio: "Marina Quintanilha writes about Latin America's commodity trade, central banking and the mining frontier. She has reported from the Andean salt flats, the soy belt of Mato Grosso and the investment conferences of the Gulf.",
  },
];
