import type { SeedEpisode, SeedTranscriptSegment } from "./types";

// "Southbound", the publication's twice-weekly podcast. All speakers and dialogue are invented.

/** One line of dialogue: who speaks, and what they say. */
type Line = readonly [speaker: string, text: string];

/** Spoken length of a line: roughly 300 ms per word plus a beat, kept within 6–12 seconds. */
function lengthMs(text: string): number {
  const words = text.split(/\s+/).filter(Boolean).length;
  const raw = Math.round((1000 + words * 300) / 10) * 10;
  return Math.min(12000, Math.max(6000, raw));
}

/** Lays lines end to end from 0 ms, so segments are contiguous and ordered. */
function timeline(lines: readonly Line[]): SeedTranscriptSegment[] {
  let offset = 0;
  return lines.map(([speaker, text]) => {
    const startMs = offset;
    offset += lengthMs(text);
    return { startMs, endMs: offset, speaker, text };
  });
}

/** Builds an episode and checks that the stated duration matches its last segment. */
function episode(meta: Omit<SeedEpisode, "segments">, lines: readonly Line[]): SeedEpisode {
  const segments = timeline(lines);
  const expected = Math.ceil(segments[segments.length - 1].endMs / 1000);
  if (meta.durationSeconds !== expected) {
    throw new Error(`Episode ${meta.number}: durationSeconds is ${meta.durationSeconds}, segments end at ${expected}s`);
  }
  return { ...meta, segments };
}

const HOST = "Samira Tedesco";
const HALIMA = "Halima Mwangaza";
const DIMAS = "Dimas Arkananta";
const MARINA = "Marina Quintanilha";
const AIGERIM = "Aigerim Sadykova";
const VALENTINA = "Valentina Arrieta";
const HAMAD = "Hamad Al-Qasimi";

const episode1: Line[] = [
  [
    HOST,
    "Welcome to Southbound, the twice-weekly podcast about China and the Global South. I'm Samira Tedesco, and this is our very first episode.",
  ],
  [
    HOST,
    "Today we're talking about debt, specifically the loans African governments took from Chinese lenders over the past fifteen years, and what happens when the repayment bills arrive.",
  ],
  [
    HOST,
    "My guest is Halima Mwangaza, who reports for us from Nairobi and has spent most of this year reading budget documents that very few people read. Halima, welcome.",
  ],
  [HALIMA, "Thanks, Samira. I should warn listeners that I now have strong opinions about footnotes in parliamentary reports."],
  [
    HOST,
    "We'll get to the footnotes. First, set the scene for me. What are we actually talking about when we say Chinese loans to Africa?",
  ],
  [
    HALIMA,
    "Mostly we mean lending from Chinese policy banks for railways, roads, power plants and ports, much of it signed between about 2010 and 2018. There are commercial loans too, but the big infrastructure tickets came from state institutions.",
  ],
  [
    HOST,
    "And the popular story is that this lending was a trap, that Beijing lent recklessly in order to seize assets. Does your reporting support that?",
  ],
  [
    HALIMA,
    "Not really. I haven't found a single case where a port or a railway was handed over because of missed payments. What I have found is something more mundane and, honestly, more interesting.",
  ],
  [HOST, "Which is what, exactly? Give me the mundane version, because I suspect that's where the real story lives."],
  [
    HALIMA,
    "Quiet renegotiation. Governments go to Beijing, explain that they cannot meet the schedule, and come home with longer maturities and a few years without principal payments.",
  ],
  [HOST, "How many countries have done this, as far as you can tell from the documents you've been reading?"],
  [
    HALIMA,
    "I can document at least five since early 2025. There are probably more, because some of these changes only surface when a creditor mentions them in its own annual report.",
  ],
  [HOST, "That's remarkable. A government changes the terms of a billion-dollar obligation and its own parliament doesn't hear about it?"],
  [
    HALIMA,
    "In one case, that is exactly what happened. Members of a public accounts committee found out from a footnote, which is where my obsession began.",
  ],
  [HOST, "Let's talk about why finance ministers like this route. What does it give them that an IMF programme doesn't?"],
  [
    HALIMA,
    "Speed, mostly, and discretion. There are no public conditions about subsidies or civil service wages, and no months of committee meetings with other creditors.",
  ],
  [HOST, "But nothing in sovereign finance comes free. So what's the catch for the borrowing government?"],
  [
    HALIMA,
    "The catch is that stretching a loan doesn't make it smaller. If the interest rate on the extended part goes up, and in some cases it did, the total cost barely moves.",
  ],
  [
    HOST,
    "You mentioned that one country's debt fell by less than four percent in present value terms. For the non-economists listening, what does that mean?",
  ],
  [
    HALIMA,
    "It means that if you add up everything they'll pay and adjust for time, they saved very little. The relief is about when they pay, not how much.",
  ],
  [HOST, "So what we're describing is a cash-flow solution rather than a solvency solution."],
  [
    HALIMA,
    "Exactly, and for a government facing an election or a drought, cash flow can matter more than anything on a long-term spreadsheet.",
  ],
  [HOST, "Tell me about the currency piece, because I found this part surprising. Some of these loans are being converted into yuan?"],
  [
    HALIMA,
    "Yes, three of the five included a partial conversion from dollars to renminbi. On paper that's attractive when dollar interest rates are high and dollars are expensive to buy.",
  ],
  [HOST, "And off paper? What does that conversion look like once a treasury actually has to make the payments?"],
  [
    HALIMA,
    "Most of these countries don't earn much renminbi. They sell coffee, tea, copper or cut flowers, usually priced in dollars, so they still have to acquire yuan somehow.",
  ],
  [HOST, "Could central bank swap lines with China fill that gap, at least in the short term?"],
  [
    HALIMA,
    "Partly, and a few African central banks have them. But a swap line is a short-term liquidity tool, and using it to service long-term debt raises its own questions.",
  ],
  [HOST, "Let's step back to the lenders. Why would Chinese institutions prefer extensions over writing down debt?"],
  [
    HALIMA,
    "Accepting losses would create a precedent, and it would show up as a hit on their balance sheets. Extensions keep the loans classified as performing, which matters a great deal to a state bank.",
  ],
  [
    HOST,
    "There's also the multilateral dimension. The G20 Common Framework was supposed to bring China and Western creditors to the same table.",
  ],
  [
    HALIMA,
    "It was, and in a few cases it did, but it has been slow. Going bilateral is partly a vote of no confidence in that process, from both the debtors and the lenders.",
  ],
  [HOST, "Is there any pressure inside these countries to make the deals more transparent?"],
  [
    HALIMA,
    "There is. In one parliament, opposition members have tabled a motion requiring any change to an external loan above fifty million dollars to be reported within thirty days.",
  ],
  [HOST, "Do you think a motion like that has a realistic chance of passing?"],
  [
    HALIMA,
    "It has support from some members of the ruling party, which is unusual. Debt is one of the few issues where backbenchers on both sides feel they were kept in the dark.",
  ],
  [HOST, "How do civil society groups see all this? I imagine they're not thrilled about footnote diplomacy."],
  [
    HALIMA,
    "Budget watchdogs are frustrated, but they're also careful. Several told me they don't want the conversation to become anti-China, because Western bondholders have been tough negotiators too.",
  ],
  [HOST, "That's an important nuance. The Eurobond market is not exactly famous for its generosity."],
  [
    HALIMA,
    "No, and several countries are paying double-digit yields on their bonds. The Chinese loans, even after renegotiation, are often cheaper than what the market charges.",
  ],
  [HOST, "So where does this leave us in five years? What should listeners be watching for?"],
  [
    HALIMA,
    "Watch the early 2030s. A lot of deferred principal is scheduled to fall due then, and if commodity prices are weak at the same time, we could see a second round of talks.",
  ],
  [HOST, "And presumably a second round of footnotes for you to dig through."],
  [HALIMA, "Presumably, and I'll be reading them. My hope is that next time the parliaments read them before I do."],
  [
    HOST,
    "Halima, thank you. Your full investigation into these renegotiations will be published on our site soon, and the transcript of this episode is free for everyone.",
  ],
  [HALIMA, "Thank you, Samira. It was a real pleasure to be part of the very first show."],
  [
    HOST,
    "That's it for this edition of Southbound. We're back on Friday with a conversation about railways, ferries and the long way from China to Europe.",
  ],
];

const episode2: Line[] = [
  [
    HOST,
    "This is Southbound, I'm Samira Tedesco, and today we're following freight overland, from the Chinese border across Central Asia and over the Caspian Sea.",
  ],
  [
    HOST,
    "I'm joined by our Jakarta correspondent Dimas Arkananta, who spent three years based in Almaty before moving to Southeast Asia. Hello, Dimas.",
  ],
  [DIMAS, "Hi, Samira. Almaty in winter and Jakarta in the rainy season, so I've experienced both extremes of commuting."],
  [
    HOST,
    "And we're also joined from Almaty by Aigerim Sadykova, a transport analyst at the Silk Road Logistics Monitor. Aigerim, welcome to the show.",
  ],
  [AIGERIM, "Thank you for having me. I'm happy to talk about ferries for as long as you'll let me."],
  [HOST, "Dimas, let's start with geography. When people say Middle Corridor, what route are they describing?"],
  [
    DIMAS,
    "It starts with rail across Kazakhstan from the Chinese border, then a ferry over the Caspian to Azerbaijan, then rail through Georgia to Turkey or to ports on the Black Sea.",
  ],
  [HOST, "And why has that particular route become so popular with shippers since 2022?"],
  [
    DIMAS,
    "Because the main overland route between China and Europe ran through Russia, and after the invasion of Ukraine many European shippers and insurers grew nervous about using it.",
  ],
  [HOST, "Aigerim, how much cargo are we actually talking about on the corridor today?"],
  [
    AIGERIM,
    "Volumes have grown several times over since 2021, which sounds dramatic. But we started from a small base, and it is still a fraction of what moves by sea or through the northern route.",
  ],
  [HOST, "Dimas wrote that the weakest link isn't the railway at all, it's the water in the middle. Aigerim, would you agree with him?"],
  [
    AIGERIM,
    "Completely. The rail sections can be upgraded step by step, but the Caspian crossing depends on a small fleet of ferries, and many of them are older than I am.",
  ],
  [HOST, "There's an environmental problem too, isn't there? I understand the Caspian is actually shrinking."],
  [
    AIGERIM,
    "Water levels in the northern part have been falling, which makes some port approaches shallower. Ships have to carry less cargo or wait for the right conditions, and both add cost.",
  ],
  [
    DIMAS,
    "When I visited the port at Aktau, a driver told me he once waited eleven days for a container that had already crossed three thousand kilometres of steppe in under a week.",
  ],
  [HOST, "That's a striking contrast. What is Kazakhstan doing to shorten those waits?"],
  [
    AIGERIM,
    "It's building a new container hub and ordering more vessels, and some of that has Chinese participation. The difficulty is that shipyards have long queues and you cannot hurry steel.",
  ],
  [HOST, "Dimas, how does Beijing see this corridor? Is it fair to call it a Chinese project?"],
  [
    DIMAS,
    "Not really, and that surprised me. Chinese logistics companies use it and invest in terminals, but officials are careful not to describe it as an alternative to Russia.",
  ],
  [HOST, "Why do you think Chinese officials are so cautious about the framing?"],
  [
    DIMAS,
    "Because Russia is an important partner, and Beijing doesn't want to be seen helping Europe route around it. So the corridor is treated as insurance, one option among several.",
  ],
  [
    AIGERIM,
    "I would add that Kazakhstan also avoids choosing. Our officials describe the corridor as a meeting point for Chinese, European and Turkish interests, not as a front line.",
  ],
  [HOST, "The European Union has pledged funding for transport in Central Asia. Is that money actually arriving?"],
  [
    AIGERIM,
    "Some of it is, mostly as studies and loans for specific sections. Europe is good at announcing frameworks, and slower with the concrete that actually goes into the ground.",
  ],
  [
    HOST,
    "Let me bring in a comparison, because Dimas has also covered the railway through Laos. Dimas, what do the two routes have in common?",
  ],
  [
    DIMAS,
    "Both are attempts by a landlocked country to turn geography into income. Laos and Kazakhstan each want to be more than a pipe that other people's goods pass through.",
  ],
  [HOST, "On that measure, is either of them succeeding so far?"],
  [
    DIMAS,
    "Laos is struggling more, because its debt burden is heavy and it lacks domestic cargo. Thai fruit fills the trains, but Lao factories are still mostly plans on a map.",
  ],
  [HOST, "Tell me about the fruit, because I know listeners loved that detail in your Laos article."],
  [
    DIMAS,
    "Refrigerated containers of durian leave near Vientiane and reach Kunming in about thirty hours. By road that used to take four or five days, and the fruit often arrived tired.",
  ],
  [
    AIGERIM,
    "Kazakhstan has a similar ambition with grain. Some of our wheat now goes east by rail to China, and traders want mills near the border so we sell flour rather than only the harvest.",
  ],
  [HOST, "Let's talk about paperwork, which I'm told is the real enemy of every freight forwarder."],
  [
    AIGERIM,
    "It truly is. A container on the Middle Corridor crosses several customs regimes and rail operators, and a single document covering the entire journey is still rare.",
  ],
  [HOST, "Are the new digital customs systems making a real difference yet?"],
  [
    AIGERIM,
    "At some borders, yes. Electronic declarations have cut waiting times noticeably. But if one country in the chain still requires stamped paper, the whole journey moves at that speed.",
  ],
  [
    DIMAS,
    "In Laos, joint inspection with Chinese quarantine officers has reduced border waits for priority goods to under an hour. Less favoured cargo can still sit for days, though.",
  ],
  [HOST, "Aigerim, if you were advising a shipper today, would you recommend the Middle Corridor?"],
  [
    AIGERIM,
    "For some cargo, yes, especially time-sensitive goods that cannot go through Russia. But I would tell them to plan for delays at the Caspian and to keep a backup route ready.",
  ],
  [HOST, "What would have to happen for you to drop that warning?"],
  [
    AIGERIM,
    "Reliable ferry schedules, with enough vessels that a container crosses within a day or two of arriving. That one improvement would matter more than any new railway.",
  ],
  [HOST, "Dimas, last question for you. Which of these two railways will look smarter in ten years?"],
  [
    DIMAS,
    "Ask me again in ten years. Honestly, I think Kazakhstan has more options, while Laos has bet more of its national balance sheet on a single line.",
  ],
  [HOST, "A cautious answer from a correspondent who has ridden both trains."],
  [DIMAS, "I've learned that railways reward patience, and so does journalism about them."],
  [HOST, "Aigerim Sadykova and Dimas Arkananta, thank you both for joining Southbound."],
  [AIGERIM, "Thank you, Samira, and greetings to everyone listening from the steppe."],
  [
    HOST,
    "Full transcripts of this episode are available to subscribers, along with Dimas's reporting from Laos and Kazakhstan. We'll be back on Tuesday.",
  ],
];

const episode3: Line[] = [
  [
    HOST,
    "Welcome to Southbound. I'm Samira Tedesco, and this week we're heading to South America to talk about lithium, money and the long reach of Chinese demand.",
  ],
  [HOST, "With me from São Paulo is our correspondent Marina Quintanilha. Marina, it's good to have you on the show."],
  [MARINA, "Good to be here, Samira. I'll apologise in advance for the sound of the traffic outside my window."],
  [HOST, "And from Buenos Aires, Valentina Arrieta, a mining analyst at Andes Minerals Watch. Valentina, thank you for joining us."],
  [VALENTINA, "Thank you for the invitation. It's a good week to talk about lithium, because prices moved again."],
  [HOST, "Let's begin there. Marina, for people who have never seen one, what does a lithium salt flat look like?"],
  [
    MARINA,
    "Imagine a white desert at four thousand metres, completely flat, with a sky so blue it looks painted. Underneath that crust is brine, salty groundwater that carries the lithium.",
  ],
  [HOST, "And three countries share this region. Why do they always get grouped together as a triangle?"],
  [
    MARINA,
    "Because the richest flats sit where Argentina, Bolivia and Chile meet. Geologically it's one story, but politically it's three entirely different ones.",
  ],
  [HOST, "Valentina, give us the short version of each country's approach to the metal."],
  [
    VALENTINA,
    "Chile is moving toward state majority control through partnerships. Argentina lets provinces and private companies lead. Bolivia keeps the state firmly in charge and brings in foreign firms as technology partners.",
  ],
  [HOST, "And Chinese companies have managed to get involved in all three of those systems?"],
  [
    VALENTINA,
    "In all three, and that's what makes them unusual. They've adjusted to each set of rules instead of insisting on one model, which many Western miners were unwilling to do.",
  ],
  [HOST, "Before we started recording, you said they price in delays that would frighten a listed Western company. Can you unpack that?"],
  [
    VALENTINA,
    "A company reporting to shareholders every quarter struggles to justify five years of permits and lawsuits. A battery maker that needs raw material for a factory in Sichuan thinks in decades.",
  ],
  [
    MARINA,
    "And the parent companies are often vertically integrated, so the lithium feeds their own cathode and cell plants. The price of the raw material matters less than the security of supply.",
  ],
  [HOST, "Let's talk about the communities near the salt flats. What are their main concerns?"],
  [
    VALENTINA,
    "Water, above all. Traditional extraction evaporates enormous amounts of brine in ponds, in one of the driest places on earth, where herders rely on springs and wetlands.",
  ],
  [
    MARINA,
    "I met a woman in Jujuy whose family has kept llamas near the same lagoon for generations. She asked me a simple question: who measured the water before the companies arrived?",
  ],
  [HOST, "And did anyone actually take those baseline measurements?"],
  [
    MARINA,
    "In some places, yes, but rarely independently. That's one reason courts in Argentina's northwest have been receiving petitions demanding proper consultation.",
  ],
  [HOST, "Valentina, there's a lot of talk about new technologies that use less water. Are they real?"],
  [
    VALENTINA,
    "Direct lithium extraction is real in the laboratory and in pilot plants. At commercial scale, in these specific brines, the jury is still out, and anyone who says otherwise is selling something.",
  ],
  [
    MARINA,
    "Chinese firms have an edge in testing it, because they've worked with low-grade brines on the Qinghai plateau at home. That experience transfers surprisingly well to the Andes.",
  ],
  [HOST, "Now, prices. Lithium went through a boom and a crash. How has that changed the balance of power?"],
  [
    VALENTINA,
    "When prices were high, governments could demand local processing and higher royalties. After the crash, companies regained leverage, and several projects paused expansion.",
  ],
  [HOST, "So the producer countries lost bargaining power just as they were learning how to use it."],
  [VALENTINA, "That's a fair summary, and it's frustrating for officials who spent years designing industrial policy around the boom."],
  [
    HOST,
    "Marina, I want to pivot to money. You've also been reporting on central bank swap lines with China. What's the connection to lithium?",
  ],
  [
    MARINA,
    "The connection is that trade with China keeps growing, but almost all of it is still priced in dollars. Swap lines are one way governments prepare for a day when that might change.",
  ],
  [HOST, "Explain a swap line for listeners who have never had to think about one."],
  [
    MARINA,
    "It's an agreement where two central banks promise to exchange their currencies up to a limit. A bank in Latin America can receive renminbi for its own currency and reverse the trade later.",
  ],
  [HOST, "And in your article you noted that these renewals are announced almost apologetically."],
  [
    MARINA,
    "Late on a Friday, four sentences, no press conference. Drawing on a line looks like distress, so the safest thing is to make the whole arrangement sound boring.",
  ],
  [
    VALENTINA,
    "From the mining side, I can tell you almost no lithium contracts are settled in yuan. The buyers are Chinese, but the invoices are in dollars, and nobody is in a hurry to change that.",
  ],
  [HOST, "Why not, if both sides trade so much with China already?"],
  [
    VALENTINA,
    "Hedging is expensive, and the renminbi market in Buenos Aires is thin. A treasurer who saves a little on conversion can lose much more on an unhedged swing.",
  ],
  [HOST, "Marina, is there any scenario in which regional settlement in yuan really takes off?"],
  [
    MARINA,
    "A sharp dollar shortage could push it, as it did at times in Argentina. Otherwise I expect slow growth, perhaps a doubling over five years from a very small base.",
  ],
  [HOST, "Let's close on the triangle. Could the three countries coordinate, something like an OPEC for lithium?"],
  [
    VALENTINA,
    "Politicians like that phrase, but I don't see it happening. The legal systems are too different, and each government wants its own deals.",
  ],
  [
    MARINA,
    "What might be realistic is shared environmental data, a common way of measuring water in the basins. That alone would strengthen every community negotiating with a company.",
  ],
  [HOST, "That sounds modest, but it could change how every negotiation in the region is conducted."],
  [VALENTINA, "Modest goals are the ones that survive changes of government here. The grand plans tend to disappear after each election."],
  [HOST, "Valentina Arrieta and Marina Quintanilha, thank you both very much."],
  [MARINA, "Thank you, Samira. The traffic outside has finally calmed down, just in time for goodbyes."],
  [HOST, "This has been Southbound. The full transcript is available to subscribers, and we'll be back on Friday with a trip to the Gulf."],
];

const episode4: Line[] = [
  [
    HOST,
    "You're listening to Southbound. I'm Samira Tedesco, and today we're in the Gulf, where Chinese solar panels and sovereign wealth funds are reshaping economic ties.",
  ],
  [
    HOST,
    "My colleague Halima Mwangaza is back with us. She's been reporting on Gulf energy deals, many of which connect directly to Africa. Welcome back, Halima.",
  ],
  [HALIMA, "Good to return, Samira. Last time it was debt and this time it's sunshine, which is a far more cheerful subject."],
  [HOST, "Also joining us from Abu Dhabi is Hamad Al-Qasimi, an energy economist at the Gulf Power Markets Institute. Hamad, welcome."],
  [HAMAD, "Thank you. It's about forty degrees here today, so the subject feels very relevant."],
  [
    HOST,
    "Hamad, let's start with the headline number. A solar tender this autumn came in at just over one US cent per kilowatt-hour. How cheap is that?",
  ],
  [
    HAMAD,
    "It's among the lowest prices for new electricity anywhere in the world. Gas-fired generation in most markets costs several times that, even before you count swings in fuel prices.",
  ],
  [HOST, "What combination of factors makes a price like that possible?"],
  [
    HAMAD,
    "Extraordinary sunlight, cheap land, state buyers with excellent credit and low financing costs. Then add module prices that collapsed because China built far more factories than the world needs.",
  ],
  [
    HALIMA,
    "And developers who have done this many times. The Gulf has a small group of companies that know how to build gigawatt-scale solar on schedule, which lowers the risk premium.",
  ],
  [HOST, "Halima, you spoke to Chinese manufacturers for your piece. How do they feel about selling at these prices?"],
  [
    HALIMA,
    "Conflicted. They need the volume, because their home market is in a brutal price war, but several admitted privately that margins on these contracts are razor thin or even negative.",
  ],
  [HOST, "Hamad, you warned that contracts priced at the bottom of a cycle carry risks. What could go wrong?"],
  [
    HAMAD,
    "If module prices rise before the panels are bought, a developer could be stuck with a tariff that no longer covers costs. That's when you see delays, renegotiations or quiet cancellations.",
  ],
  [HOST, "Have we seen that sort of unravelling in the region before?"],
  [
    HAMAD,
    "In other markets, yes, particularly after earlier record bids. The Gulf has been better at delivering, but no one should assume the cycle has been abolished.",
  ],
  [HOST, "Let's talk about factories. Gulf governments want manufacturing, not just imports. Halima, how is that going?"],
  [
    HALIMA,
    "Plants have been announced in Saudi Arabia, the UAE and Oman, mostly for modules, with a few promising to make wafers or even polysilicon. Many of them are partnerships with Chinese firms.",
  ],
  [HOST, "And part of the appeal is that trade barriers elsewhere make a different country of origin valuable."],
  [
    HALIMA,
    "Right. Panels made in China face duties in the United States and scrutiny in Europe. A factory in the Gulf might offer a different label, although trade lawyers doubt it will be that simple.",
  ],
  [
    HAMAD,
    "Rules of origin are the whole game. If the cells and wafers still come from China, American authorities may treat Gulf assembly as a transit point rather than real manufacturing.",
  ],
  [
    HOST,
    "Let's widen the frame to the money side. Halima, you and Marina wrote about Gulf sovereign funds investing in China. What's driving that?",
  ],
  [
    HALIMA,
    "A mix of diversification at home and opportunity abroad. Gulf funds use stakes in Chinese companies to persuade them to build locally, and Chinese stocks have been relatively cheap.",
  ],
  [HOST, "But there's also steady pressure coming from Washington on those same funds."],
  [
    HALIMA,
    "Constant pressure, especially on technology. Access to advanced American chips is linked to commitments about Chinese partners, so funds now sort their China deals into safe and sensitive categories.",
  ],
  [
    HAMAD,
    "From the energy side, the sensitive list is shorter. Panels and batteries are mostly seen as commercial goods, although grid software and control systems are starting to attract questions.",
  ],
  [HOST, "That's interesting. Why would something like grid software be considered sensitive?"],
  [
    HAMAD,
    "Because it touches critical infrastructure. If a foreign supplier can update the software that balances a national grid, security agencies will want to know who holds the keys.",
  ],
  [HOST, "Let's talk about batteries, which seem to be the next big thing in these tenders."],
  [
    HAMAD,
    "They're essential. Cheap daytime power is only half a solution, because peak demand in the Gulf arrives in the evening, when air conditioners are still running and the sun has set.",
  ],
  [
    HALIMA,
    "And Chinese battery makers dominate that market too. Their lithium iron phosphate systems have dropped in price as fast as panels, so combined solar and storage bids now compete with gas.",
  ],
  [HOST, "So Chinese supply chains are present all the way from the panel to the battery to the cables."],
  [
    HALIMA,
    "Often, yes, and that's the dependency question Gulf planners are wrestling with. They want the low prices, but they also want some of the industry and the jobs to stay in the region.",
  ],
  [HOST, "Halima, you report from Nairobi. Why does this Gulf story matter to African readers?"],
  [
    HALIMA,
    "Because Gulf developers are now bidding on solar projects across East and North Africa, often with Chinese contractors. The same partnership model is being exported south.",
  ],
  [HOST, "Does that partnership bring the same rock-bottom prices to African projects?"],
  [
    HALIMA,
    "Not the same, because financing costs are higher and state utilities are weaker buyers. But the gap is narrowing, and that's a real change from five years ago.",
  ],
  [
    HAMAD,
    "I'd add that Gulf funds can provide the patient equity African projects struggle to find. If that combines with cheap Chinese hardware, the economics improve quickly.",
  ],
  [HOST, "Hamad, what should listeners watch for over the next year?"],
  [
    HAMAD,
    "Watch whether the announced Gulf factories actually begin production, and at what cost. Announcements are easy; a working polysilicon plant in the desert is a very different achievement.",
  ],
  [HOST, "And Halima, what will you be tracking from Nairobi in the coming months?"],
  [
    HALIMA,
    "I'll be following the first Gulf-backed solar parks in East Africa, and whether the power they produce reaches homes and businesses or just improves a utility's balance sheet.",
  ],
  [
    HOST,
    "Before we go, a quick note of thanks to the listeners who wrote in after our first episode on debt. Your questions are shaping future shows.",
  ],
  [
    HALIMA,
    "Some of them were wonderfully technical. One listener asked about present value calculations in more detail than my editor ever has.",
  ],
  [HOST, "Halima Mwangaza and Hamad Al-Qasimi, thank you both for joining Southbound."],
  [HAMAD, "Thank you, and warm greetings from an extremely warm Abu Dhabi."],
  [
    HOST,
    "The transcript of this episode is available to subscribers. Southbound returns next week with a conversation about students, scholarships and new routes into Chinese classrooms.",
  ],
];

export const episodes: SeedEpisode[] = [
  episode(
    {
      number: 1,
      slug: "episode-1-the-quiet-renegotiation",
      title: "The quiet renegotiation of Africa's Chinese loans",
      summary:
        "In the first episode of Southbound, Nairobi correspondent Halima Mwangaza explains how African finance ministries are stretching their Chinese loans behind closed doors. She and host Samira Tedesco weigh what the extensions and yuan conversions really save, and why parliaments are demanding to see the terms.",
      durationSeconds: 380,
      publishedAt: "2026-10-27T05:00:00.000Z",
      transcriptAccess: "FREE",
    },
    episode1,
  ),
  episode(
    {
      number: 2,
      slug: "episode-2-rails-ferries-and-the-middle-corridor",
      title: "Rails, ferries and the Middle Corridor",
      summary:
        "Southbound follows freight from the Chinese border across Kazakhstan and the Caspian Sea with correspondent Dimas Arkananta and Almaty transport analyst Aigerim Sadykova. They compare the corridor with the railway through Laos and ask which landlocked bet will pay off.",
      durationSeconds: 382,
      publishedAt: "2026-10-30T05:00:00.000Z",
      transcriptAccess: "SUBSCRIBER",
    },
    episode2,
  ),
  episode(
    {
      number: 3,
      slug: "episode-3-salt-flats-and-swap-lines",
      title: "Salt flats and swap lines: China in South America",
      summary:
        "São Paulo correspondent Marina Quintanilha and Buenos Aires mining analyst Valentina Arrieta join Southbound to explain how Chinese battery makers work within three very different lithium regimes. The conversation then turns to the yuan swap lines that Latin American central banks renew as quietly as they can.",
      durationSeconds: 367,
      publishedAt: "2026-11-03T05:00:00.000Z",
      transcriptAccess: "SUBSCRIBER",
    },
    episode3,
  ),
  episode(
    {
      number: 4,
      slug: "episode-4-gulf-capital-and-cheap-sunshine",
      title: "Gulf capital, Chinese panels and cheap sunshine",
      summary:
        "Record-low solar tariffs in the Gulf rest on a glut of Chinese panels, and Southbound asks who wins from it. Halima Mwangaza and Abu Dhabi energy economist Hamad Al-Qasimi discuss desert factories, battery tenders, sovereign funds and what the model means for Africa.",
      durationSeconds: 382,
      publishedAt: "2026-11-06T05:00:00.000Z",
      transcriptAccess: "SUBSCRIBER",
    },
    episode4,
  ),
];
