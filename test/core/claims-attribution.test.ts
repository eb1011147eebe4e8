import { describe, expect, it } from "vitest";
import { claimWith, fixture, run, sourceWith } from "./claims-helpers.ts";

/** A line of war context: the engine only reports claims in articles about armed conflict. */
const WAR = "Russian troops pressed their offensive with artillery and drones as the war entered its fourth year.\n\n";

/** A claim's source for one sentence of a fixture, analysed with its article around it. */
function sourceOf(file: string, needle: string): string | null | undefined {
  return claimWith(run(fixture(file)), needle)?.source;
}

describe("attribution: who a sentence attributes its content to", () => {
  it("“X said” with the speaker's title before the name (002: Ukraine’s Air Force, Mayor Klitschko)", () => {
    expect(sourceOf("002.expected.txt", "Around 19 missiles failed")).toMatch(/Air Force/);
    expect(sourceOf("002.expected.txt", "A school building was damaged")).toBe("Vitali Klitschko");
  });

  it("inverted “…,” said X (seed: Deputy Defense Minister Hanna Malyar)", () => {
    expect(sourceOf("seed-article.txt", "The enemy’s offensive in the east continues")).toBe("Hanna Malyar");
  });

  it("inverted speaker phrase must end the clause (057: “said Izyum was the area…” is not the speaker)", () => {
    expect(sourceOf("057.txt", "said Izyum was the area")).toBe("Oleksandr Motuzianyk");
  });

  it("“according to X” (seed: Ukrainian military analysts; 031: the United Nations)", () => {
    expect(sourceOf("seed-article.txt", "multiple unsuccessful raids")).toBe("Ukrainian military analysts");
    expect(sourceOf("031.expected.txt", "More than 2,500 Afghan civilians")).toBe("United Nations");
  });

  it("appositives on both sides of the name (055: “the Lviv regional governor, Maksym Kozytskyy, said”)", () => {
    const a = run(fixture("055.txt"));
    expect(claimWith(a, "four Russian rockets hit")?.source).toBe("Maksym Kozytskyy");
    expect(sourceWith(a, "Kozytskyy")?.aliases.join(" ")).toMatch(/Lviv regional governor/);
  });

  it("asides between source and verb are skipped (031: “The Afghan Taliban, however, claimed”)", () => {
    expect(sourceOf("031.expected.txt", "claimed responsibility for shooting down")).toBe("Afghan Taliban");
  });

  it("relative clauses and ages inside the source phrase (002: “Yevhen Zosin, 74, a Kyiv resident who…”)", () => {
    expect(sourceWith(run(fixture("002.expected.txt")), "Zosin")?.name).toBe("Yevhen Zosin");
  });

  it("headline forms “Russia says …” and “…, says Ukraine”", () => {
    expect(sourceOf("seed-article.txt", "Russia says Ukrainian forces retreated")).toBe("Russia");
    expect(sourceOf("seed-article.txt", "Kyiv says Russian balloons")).toBe("Kyiv");
    const a = run("Russia shells Kharkiv suburbs, says Ukraine\n\n" + WAR + "Russian troops shelled the city, Ukrainian officials said.");
    expect(claimWith(a, "Russia shells Kharkiv")?.source).toBe("Ukraine");
  });

  it("headline colon form “…: army” (048)", () => {
    expect(sourceOf("048.expected.txt", "Eight Thai soldiers killed in rebel ambush")).toBe("army");
  });

  it("unnamed sources: “officials said”, “Rebel sources said”, “local police said”", () => {
    expect(sourceOf("048.expected.txt", "Separatist rebels killed eight Thai soldiers")).toBe("officials");
    expect(sourceOf("023.expected.txt", "clashes were continuing")).toMatch(/[Rr]ebel/);
    expect(sourceOf("048.expected.txt", "Militants also set fire")).toMatch(/police/);
  });

  it("continuation of a quote by the same speaker: “she wrote”, “he added”", () => {
    expect(sourceOf("seed-article.txt", "our fighters are not allowing the enemy")).toBe("Hanna Malyar");
    expect(sourceOf("055.txt", "Street fighting is currently taking place")).toBe("Andrei Marochko");
  });

  it("sentences inside a multi-sentence quotation belong to its speaker (057: Haidai, Strelnyk)", () => {
    expect(sourceOf("057.txt", "Kreminna is under the control")).toBe("Serhiy Haidai");
    expect(sourceOf("057.txt", "Our defenders had to withdraw")).toBe("Serhiy Haidai");
  });

  it("a quotation-only paragraph continues the previous paragraph's speaker (057: Strelnyk)", () => {
    expect(sourceOf("057.txt", "They set up their barracks")).toBe("Maksym Strelnyk");
  });

  it("“by X estimates” names a source (057: Ukrainian estimates)", () => {
    expect(sourceOf("057.txt", "killing at least 21,000 people")).toMatch(/Ukrainian/);
  });

  it("“X quoted Y as saying” attributes to Y (040: army chief Sarath Fonseka)", () => {
    expect(sourceOf("040.expected.txt", "There are around 3,000 LTTE terrorists")).toBe("Sarath Fonseka");
  });

  it("passive agent: “troops reported dead or missing by the military” (040)", () => {
    expect(sourceOf("040.expected.txt", "less than 30 troops reported dead")).toMatch(/military/);
  });

  it("an attribution on a line of its own attributes the line before (scraped pages)", () => {
    const a = run(WAR + "Last year over 2,500 civilians were killed and 12,100 injured in Ukraine,\naccording to the United Nations\nMore text follows here.");
    expect(claimWith(a, "2,500 civilians")?.source).toBe("United Nations");
  });

  it("reporting verbs inside quotations are the speaker's words, not attributions", () => {
    const a = run(WAR + "“They claimed the town was shelled,” Haidai said.");
    expect(a.sources.map((s) => s.name)).toEqual(["Haidai"]);
  });
});
