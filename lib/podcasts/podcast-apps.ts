// "Add to app" links for a feed address, in the URL schemes the common podcast apps register.
// A reader taps one on their phone and the app subscribes; elsewhere they copy the address.

export interface PodcastAppLink {
  app: string;
  href: string;
}

export function podcastAppLinks(feedUrl: string): PodcastAppLink[] {
  const bare = feedUrl.replace(/^https?:\/\//, "");
  return [
    { app: "Apple Podcasts", href: `podcast://${bare}` },
    { app: "Overcast", href: `overcast://x-callback-url/add?url=${encodeURIComponent(feedUrl)}` },
    { app: "Pocket Casts", href: `pktc://subscribe/${bare}` },
    { app: "Castro", href: `castro://subscribe/${bare}` },
    { app: "AntennaPod", href: `antennapod-subscribe://${bare}` },
    { app: "Podcast Addict", href: `podcastaddict://${bare}` },
  ];
}
