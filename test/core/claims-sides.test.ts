import { describe, expect, it } from "vitest";
import { selectProfiles } from "../../src/core/profiles/index.ts";
import { claimWith, fixture, run, sourceWith } from "./claims-helpers.ts";

describe("profiles chosen from the text", () => {
  it("Russia–Ukraine for the seed, Israel–Gaza for the CBC Gaza story, none for Syria or Afghanistan", () => {
    expect(selectProfiles(fixture("seed-article.txt")).map((p) => p.id)).toEqual(["russia-ukraine"]);
    expect(selectProfiles(fixture("003.expected.txt")).map((p) => p.id)).toEqual(["israel-gaza"]);
    expect(selectProfiles(fixture("023.expected.txt"))).toEqual([]);
    expect(selectProfiles(fixture("031.expected.txt"))).toEqual([]);
  });
});

describe("sides of sources", () => {
  it("from demonyms in titles (seed: “Ukrainian Deputy Defense Minister”, “the Russian Defense Ministry”)", () => {
    const a = run(fixture("seed-article.txt"));
    expect(sourceWith(a, "Malyar")?.side).toBe("ukraine");
    expect(sourceWith(a, "Defense Ministry")?.side).toBe("russia");
  });

  it("from places in the description (055: “the governor of Luhansk province”; 063: “Belgorod’s regional governor”)", () => {
    expect(sourceWith(run(fixture("055.txt")), "Haidai")?.side).toBe("ukraine");
    expect(sourceWith(run(fixture("063.txt")), "Gladkov")?.side).toBe("russia");
  });

  it("proxy markers win over places (055: “a representative for pro-Russian separatists”, “self-proclaimed republic in Luhansk”)", () => {
    const a = run(fixture("055.txt"));
    expect(sourceWith(a, "Marochko")?.side).toBe("russia");
    expect(sourceWith(a, "Kiselev")?.side).toBe("russia");
  });

  it("institutions: state news agencies (063: RIA Novosti), the Kremlin, Hamas-run ministries, the IDF", () => {
    expect(sourceWith(run(fixture("063.txt")), "RIA Novosti")?.side).toBe("russia");
    const a = run("Gaza is under attack.\n\nThe Hamas-run health ministry said 40 people were killed in Israeli strikes on Gaza. The IDF said it struck Hamas militants. Israel said troops killed 12 fighters.");
    expect(sourceWith(a, "health ministry")?.side).toBe("palestinian");
    expect(sourceWith(a, "IDF")?.side).toBe("israel");
  });

  it("foreign governments and international bodies are international (002: Albania’s foreign minister; seed: NATO)", () => {
    expect(sourceWith(run(fixture("002.expected.txt")), "Hoxha")?.side).toBe("international");
    expect(sourceWith(run(fixture("seed-article.txt")), "NATO")?.side).toBe("international");
  });

  it("experts, monitors and outlets are independent (023: Syrian Observatory; seed: Reuters)", () => {
    expect(sourceWith(run(fixture("023.expected.txt")), "Observatory")?.side).toBe("independent");
    expect(sourceWith(run(fixture("seed-article.txt")), "Reuters")?.side).toBe("independent");
  });

  it("an unqualified “local authorities” takes the side of the places in its own claim (002: Grayvoron in Russia’s Belgorod region)", () => {
    expect(claimWith(run(fixture("002.expected.txt")), "a Ukrainian drone killed a civilian in the Russian town")?.side).toBe("russia");
    expect(claimWith(run(fixture("002.expected.txt")), "supermarkets and warehouses")?.side).toBe("ukraine");
  });

  it("officials named by role only take the side of the places around them (002: Mayor Vitali Klitschko in Kyiv)", () => {
    expect(claimWith(run(fixture("002.expected.txt")), "A school building was damaged")?.side).toBe("ukraine");
  });

  it("without a profile: parties to the fighting are belligerent (023: Turkey’s Defence Ministry, rebels; 031: Taliban, US military)", () => {
    const syria = run(fixture("023.expected.txt"));
    expect(sourceWith(syria, "Defence Ministry")?.side).toBe("belligerent");
    expect(claimWith(syria, "clashes were continuing")?.side).toBe("belligerent");
    const afg = run(fixture("031.expected.txt"));
    expect(sourceWith(afg, "Taliban")?.side).toBe("belligerent");
    expect(sourceWith(afg, "US military")?.side).toBe("belligerent");
    expect(sourceWith(afg, "United Nations")?.side).toBe("international");
  });

  it("without a profile: police and the army of the country at war are belligerent (048)", () => {
    const a = run(fixture("048.expected.txt"));
    expect(claimWith(a, "Militants also set fire")?.side).toBe("belligerent");
    expect(sourceWith(a, "Kannart")?.side).toBe("belligerent");
  });
});
