import { describe, expect, it } from "vitest";
import { fig, figs } from "./figures-helpers.ts";

// Real sentences from the seed and war-dev articles (../shared/data), one rule per test.

describe("counts of things: the noun decides unit and category", () => {
  it("weapons: eight Kalibr missiles", () => {
    const f = fig("Officials in Ukraine said air defenses in the south shot down eight Kalibr missiles launched from a ship in the Black Sea.", "eight");
    expect(f).toMatchObject({ text: "eight Kalibr missiles", value: 8, unit: "missile", category: "weapons", approximate: false });
  });

  it("weapons across a coordinated list of modifiers", () => {
    const f = fig("The attack included 600 strike drones and 90 air, sea and ground-launched missiles, the air force said.", "90");
    expect(f).toMatchObject({ text: "90 air, sea and ground-launched missiles", value: 90, category: "weapons" });
  });

  it("casualties: killing three people", () => {
    const f = fig("Donetsk regional governor Pavlo Kyrylenko released photos of a rubble-strewn apartment complex in Pokrovsk that he claimed was destroyed, killing three people.", "three");
    expect(f).toMatchObject({ value: 3, unit: "person", category: "casualties" });
  });

  it("people not hurt are a count", () => {
    const f = fig("Roughly 13,000 US troops remain in Afghanistan, officials said.", "13,000");
    expect(f).toMatchObject({ text: "Roughly 13,000 US troops", value: 13000, category: "count", approximate: true });
  });

  it("places are a count: more than 15 towns and villages", () => {
    const f = fig("Russian forces shot on more than 15 towns and villages surrounding Bakhmut, including the city itself.", "15");
    expect(f).toMatchObject({ value: 15, category: "count", approximate: true });
    expect(f!.text.startsWith("more than 15 towns")).toBe(true);
  });

  it("casualty words after a number: 15 injured, four were injured", () => {
    const text = "Authorities said six people were killed and 15 injured in shelling. It said three people died and four were injured.";
    expect(fig(text, "15")).toMatchObject({ text: "15 injured", value: 15, category: "casualties" });
    expect(fig(text, "four")).toMatchObject({ text: "four were injured", value: 4, category: "casualties" });
  });

  it("partitives: three of its commanders, one of its soldiers", () => {
    expect(fig("The Taliban swapped two Western hostages for three of its commanders.", "three")).toMatchObject({ text: "three of its commanders", value: 3 });
    expect(fig("Turkey's Defence Ministry said one of its soldiers was killed.", "one")).toMatchObject({ text: "one of its soldiers", value: 1, category: "casualties" });
  });

  it("bare tolls: had risen to 21, killed 1,200", () => {
    expect(fig("The death toll from that strike had risen to 21, Russian authorities said late Saturday.", "21")).toMatchObject({ value: 21, category: "casualties" });
    expect(fig("Israeli figures say the attack killed 1,200 and took over 250 hostages into Gaza.", "1,200")).toMatchObject({ text: "killed 1,200", value: 1200 });
  });
});

describe("qualifiers make figures approximate and stay in the text", () => {
  it.each([
    ["at least 20 people were killed in the strike.", "at least 20 people"],
    ["Around 19 missiles hit targets in the capital.", "Around 19 missiles"],
    ["a city where as many as 80% of its residential buildings have been damaged.", "as many as 80%"],
    ["Russia attacked Ukraine with just more than 1,500 drones and at least 90 missiles.", "just more than 1,500 drones"],
    ["This compares with less than 30 troops reported dead or missing.", "less than 30 troops"],
  ])("%s", (sentence, expected) => {
    const f = figs(sentence).find((x) => x.text.startsWith(expected));
    expect(f?.approximate).toBe(true);
  });

  it("an average of 72 people keeps its qualifier in the text", () => {
    expect(fig("An average of 72 people have been killed each month since the coup.", "72")?.text).toBe("An average of 72 people");
  });
});

describe("money, distances, areas, percentages, durations", () => {
  it("dollars with a scale word", () => {
    expect(fig("the US committing over $27.4 billion in security assistance", "27.4")).toMatchObject({ text: "over $27.4 billion", value: 27.4e9, unit: "USD", category: "money" });
  });
  it("euros written as a word, and glued abbreviations", () => {
    const text = "sending 195 billion euros ($230bn) to date, and €500m more, and £2.3bn.";
    expect(fig(text, "195")).toMatchObject({ value: 195e9, unit: "EUR", category: "money" });
    expect(fig(text, "230")).toMatchObject({ value: 230e9, unit: "USD" });
    expect(fig(text, "500")).toMatchObject({ value: 500e6, unit: "EUR" });
    expect(fig(text, "2.3")).toMatchObject({ value: 2.3e9, unit: "GBP" });
  });
  it("distances and areas", () => {
    const text = "troops retreated to a distance of up to 3 km (2 miles). Forces regained 300 square kilometres (115 square miles) and 400sq km more, about 1,200km away.";
    expect(fig(text, "3 km")).toMatchObject({ text: "up to 3 km", value: 3, unit: "km", category: "distance", approximate: true });
    expect(fig(text, "2 miles")).toMatchObject({ value: 2, unit: "mile" });
    expect(fig(text, "300")).toMatchObject({ text: "300 square kilometres", unit: "km2" });
    expect(fig(text, "400")).toMatchObject({ text: "400sq km", value: 400, unit: "km2" });
    expect(fig(text, "1,200")).toMatchObject({ text: "about 1,200km", value: 1200, unit: "km" });
  });
  it("a ranged depth has no single value", () => {
    expect(fig("advanced along the line of contact to a depth of 6-8 km.", "6-8")).toMatchObject({ text: "6-8 km", value: null, approximate: true });
  });
  it("percentages with what they are of", () => {
    expect(fig("Ukraine neutralised 90 percent of the drones and 30 missiles.", "90")).toMatchObject({ text: "90 percent of the drones", value: 90, unit: "%" });
    expect(fig("it has seized 1.5 percent of Ukraine", "1.5")).toMatchObject({ value: 1.5, unit: "%" });
  });
  it("durations and hyphenated units", () => {
    expect(fig("sentences of up to 20 years for those convicted", "20")).toMatchObject({ text: "up to 20 years", value: 20, unit: "year" });
    expect(fig("after a 15-minute gun battle, Kannart said.", "15")).toMatchObject({ text: "15-minute gun battle", value: 15, unit: "minute" });
    expect(fig("tore a one-metre (three-foot) crater in the road", "one")).toMatchObject({ text: "one-metre", value: 1, category: "distance" });
  });
  it("fractions", () => {
    expect(fig("Russia's aerial campaign against the four-fifths of Ukraine that remain free", "four")).toMatchObject({ text: "the four-fifths of Ukraine", value: 0.8 });
  });
});

describe("vague amounts have no value", () => {
  it.each([
    ["bolstered by tens of thousands of reservists drafted in December", "tens of thousands of reservists"],
    ["Turkey has sent thousands of troops and military vehicles", "thousands of troops"],
    ["destroyed eight helicopters, scores of tanks and five air defence systems", "scores of tanks"],
    ["Tens of thousands have died on both sides since the conflict erupted in 1972.", "Tens of thousands"],
  ])("%s", (sentence, expected) => {
    const f = figs(sentence).find((x) => x.text.startsWith(expected));
    expect(f).toMatchObject({ value: null, approximate: true });
  });
});

describe("ranges written with words give two figures", () => {
  it("between 100 and 200 Ukrainian soldiers", () => {
    const f = figs("Podolyak said that between 100 and 200 Ukrainian soldiers were dying each day.");
    expect(f.map((x) => [x.text, x.value])).toEqual([["between 100", 100], ["200 Ukrainian soldiers", 200]]);
    expect(f[0]!.unit).toBe("soldier");
  });
  it("10 to 15 Russian artillery pieces", () => {
    const f = figs("Ukraine had one artillery piece to 10 to 15 Russian artillery pieces.");
    expect(f.map((x) => x.value)).toEqual([1, 10, 15]);
    expect(f[1]).toMatchObject({ unit: "artillery piece", category: "weapons" });
  });
});

describe("ordinals: anniversaries and years count, unit names do not", () => {
  it("anniversaries keep what they mark", () => {
    expect(fig("a new offensive is expected as the first anniversary of its Feb. 24 invasion approaches.", "first")).toMatchObject({ value: 1, category: "date", text: "the first anniversary of its Feb. 24 invasion" });
    expect(fig("Russia did not mark the war’s fourth anniversary with any grand pronouncement.", "fourth")).toMatchObject({ value: 4, text: "the war’s fourth anniversary" });
    expect(fig("Ukraine claws back southern territory as Russia’s war enters fifth year", "fifth")).toMatchObject({ value: 5, text: "fifth year" });
    expect(fig("marking the third time the weapon has been used", "third")).toMatchObject({ value: 3 });
  });
  it("skips ordinal unit names", () => {
    expect(figs("Russian forces, including elements of the 1st Guards Tank Army and the 36th Combined Arms Army, advanced.")).toEqual([]);
    expect(figs("the 53rd Brigade said it had held the line")).toEqual([]);
  });
});

describe("not figures: dates, times, years, ages, markers, codes", () => {
  it.each([
    "Russia began a large-scale invasion of Ukraine on February 24 likely aimed at regime change.",
    "ahead of the invasion's anniversary on Feb. 24.",
    "fell fully to Russian forces on 1 April, officials said.",
    "in the wake of the September 11, 2001 attacks on the United States",
    "The attack happened at around 9:40 am (0240 GMT) in the Chanae district.",
    "Sinwar, 61, has led Hamas in the Gaza Strip since 2017.",
    "Jamil Al Saadouni, 58, told CBC freelance videographer Mohamed El Saife.",
    "describing it as a special military operation.[1] Putin’s messaging is likely aimed at audiences.",
    "On February 21, Ukrainian-made FP-5 “Flamingo” missiles struck the Votkinsk plant.",
    "Ukraine has been a party to the conflict since 2014, when a 2016 agreement was signed.",
    "The news is available 24/7 at https://www.example.com/news/2026/2/27/story-4-years and by phone 800-290-4726.",
    "The Azov regiment was formed in 2014 as a volunteer militia.",
    "According to 161, a local news outlet, the prisoners were transferred.",
  ])("%s", (sentence) => {
    expect(figs(sentence).map((f) => f.text)).toEqual([]);
  });

  it("list markers at the start of a line", () => {
    expect(figs("Russian ground forces are advancing on four primary axes:\n\n1) Belarus/Kyiv axis: Russian forces advanced.").map((f) => f.text)).toEqual(["four primary axes"]);
  });
});

describe("“one” is a count only with a known noun", () => {
  it.each([
    "He admitted that it means only one thing, Zelenskiy said.",
    "according to one aid worker interviewed by France24",
    "Russia was using its artillery to flatten buildings one by one.",
    "Kannart Nikornyanont, one of the top provincial military commanders, said",
    "Ukraine, one of the world’s biggest grain producers, exports wheat.",
  ])("not in: %s", (sentence) => {
    expect(figs(sentence).filter((f) => f.value === 1)).toEqual([]);
  });
  it.each([
    ["a five-story residential building was hit, and one person was killed.", "one person"],
    ["struck at least one military airport in Aleppo province", "at least one military airport"],
    ["Ukraine had one artillery piece to every ten Russian ones.", "one artillery piece"],
  ])("in: %s", (sentence, expected) => {
    expect(figs(sentence).some((f) => f.text.startsWith(expected) && f.value === 1)).toBe(true);
  });
});

describe("source of a figure", () => {
  it("is the source of the sentence that contains it", async () => {
    const { run } = await import("./figures-helpers.ts");
    const text = "Russia said it intercepted three Ukrainian missiles. Kyiv said 11 apartment buildings were damaged.";
    const r = run(text, (i) => (i === 0 ? "Russian Defense Ministry" : "Kyiv"));
    expect(r.figures.map((f) => [f.value, f.source])).toEqual([[3, "Russian Defense Ministry"], [11, "Kyiv"]]);
  });
});

describe("general war-news shapes beyond the dev set", () => {
  it("model codes stay inside the noun phrase and are not figures themselves", () => {
    const text = "The Netherlands will send two F-16 fighter jets and 24 S-300 systems; two Russian Su-34 bombers were downed.";
    expect(figs(text).map((f) => [f.text, f.value, f.category])).toEqual([
      ["two F-16 fighter jets", 2, "weapons"], ["24 S-300 systems", 24, "weapons"], ["two Russian Su-34 bombers", 2, "weapons"],
    ]);
  });
  it("a glued m before a noun is a million, before nothing a metre", () => {
    expect(fig("Some 1.5m people have fled the region.", "1.5m")).toMatchObject({ value: 1.5e6, unit: "person", approximate: true });
    expect(fig("They built a wall 10m high.", "10m")).toMatchObject({ value: 10, unit: "m", category: "distance" });
  });
  it("plural nationality nouns are people", () => {
    expect(fig("The Gaza health ministry says more than 40,000 Palestinians have been killed.", "40,000")).toMatchObject({ category: "casualties", approximate: true });
  });
  it("scores, votes and names with numbers are not figures", () => {
    expect(figs("Resolution 2334 passed 14-0 after a 2-1 split.").map((f) => f.text)).toEqual([]);
  });
  it("participles do not end a plain noun phrase", () => {
    expect(fig("A 30,000-strong force moved to the border.", "30,000")?.text).toBe("30,000-strong force");
  });
  it("“one day” is not a duration", () => {
    expect(figs("One day, he said, the war will end.")).toEqual([]);
  });
});

describe("weapon names with codes and calibres; currency codes; page furniture", () => {
  it("model codes between the number and its noun", () => {
    const text = "The US has sent 31 M1 Abrams tanks and 1 million 155mm artillery shells; Russia launched 50 Shahed-136 drones.";
    expect(figs(text).map((f) => [f.text, f.unit])).toEqual([
      ["31 M1 Abrams tanks", "tank"], ["1 million 155mm artillery shells", "shell"], ["50 Shahed-136 drones", "drone"],
    ]);
  });
  it("ISO currency codes before the number", () => {
    expect(fig("Kyiv received UAH 1.5bn in aid.", "1.5")).toMatchObject({ text: "UAH 1.5bn", value: 1.5e9, unit: "UAH", category: "money" });
  });
  it("timestamps, reading times and addresses are not figures", () => {
    expect(figs("Updated 3 hours ago. 6 min read. He spoke at 10 Downing Street on Tuesday.")).toEqual([]);
  });
});

describe("more shapes", () => {
  it("“12 of 14 drones” gives both numbers the noun", () => {
    expect(figs("Ukraine said it shot down 12 of 14 drones overnight.").map((f) => [f.text, f.value, f.unit])).toEqual([
      ["12 of 14 drones", 12, "drone"], ["14 drones", 14, "drone"],
    ]);
  });
  it("leading zeros and “local time” are clock times", () => {
    expect(figs("The strike came at 0800 local time and again at 9 local time.")).toEqual([]);
  });
  it("numbers inside adjectives are not counts, unless they count people", () => {
    expect(figs("He backed a two-state solution and a 10-point plan.")).toEqual([]);
    expect(fig("A 30,000-strong force massed on the border.", "30,000")?.value).toBe(30000);
  });
  it("a hyphenated unit keeps the noun it describes", () => {
    expect(fig("after a two-day meeting of the alliance’s defense ministers", "two")?.text).toBe("two-day meeting");
  });
});

describe("noun phrase edges", () => {
  it("a hyphenated modifier ending in a weapon word is not the head", () => {
    expect(fig("Houthi rebels launched 3 anti-ship ballistic missiles at the vessel.", "3")).toMatchObject({ text: "3 anti-ship ballistic missiles", unit: "missile" });
  });
  it("a participle after the people keeps them as the unit", () => {
    expect(fig("Russia has lost an estimated 350,000 soldiers killed or wounded.", "350,000")).toMatchObject({ unit: "soldier", category: "casualties", approximate: true });
  });
  it("a verb ends the phrase a share is of", () => {
    expect(fig("Nearly two-thirds of the population need aid.", "two")?.text).toBe("Nearly two-thirds of the population");
  });
  it("the war's age in months counts like its years", () => {
    expect(fig("The war, now in its sixth month, has killed thousands.", "sixth")).toMatchObject({ value: 6, unit: "month" });
  });
});

describe("positions are not quantities", () => {
  it.each(["Photo 1 of 12 shows the damaged building near the station today.", "The No. 2 official in the ministry resigned on Monday."])("%s", (s) => {
    expect(figs(s)).toEqual([]);
  });
});

describe("repeated headlines", () => {
  it("give their figures once, whatever the site suffix or Markdown prefix", () => {
    const text = "- # Ukraine marks 4 years of Russia’s war\n\nUkraine marks 4 years of Russia’s war | World News | Site\n\nUkraine marks 4 years of Russia’s war\n\nOfficials said the war had lasted 4 years now.";
    expect(figs(text).map((f) => f.start)).toEqual([text.indexOf("4 years"), text.lastIndexOf("4 years")]);
  });
  it("keep figures of different sentences that share words", () => {
    const text = "Forces contest the airport, 20 km northwest of Kyiv, as of 9:30 pm.\n\nForces are currently contesting the airport, 20 km northwest of Kyiv, against troops.";
    expect(figs(text).map((f) => f.text)).toEqual(["20 km", "20 km"]);
  });
});

describe("daily loss reports", () => {
  it("count each item and skip the change since yesterday", () => {
    const text = "Russia has lost 715,740 troops since Feb. 24, 2022, the General Staff reported. It also lost 9,480 tanks (+3) and 19,410 armored fighting vehicles (+5).";
    expect(figs(text).map((f) => [f.value, f.category])).toEqual([[715740, "casualties"], [9480, "weapons"], [19410, "weapons"]]);
  });
});

describe("plain noun phrases of plural numbers end on a plural", () => {
  it.each([
    ["He kept three windows open all night.", "three windows"],
    ["The fleet has four century-old wooden schooners.", "four century-old wooden schooners"],
    ["damaging two gas condensate stabilisation plants", "two gas condensate stabilisation plants"],
  ])("%s", (s, expected) => {
    expect(figs(s).map((f) => f.text)).toEqual([expected]);
  });
});

describe("“no one” is nobody", () => {
  it.each(["No one was injured in the attack.", "Not one soldier was killed, the ministry said."])("%s", (s) => {
    expect(figs(s)).toEqual([]);
  });
});
