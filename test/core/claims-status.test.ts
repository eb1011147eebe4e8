import { describe, expect, it } from "vitest";
import { claimWith, fixture, highlighted, run } from "./claims-helpers.ts";

describe("status and reasons", () => {
  const seed = run(fixture("seed-article.txt"));

  it("a claim whose own sentence disclaims it is disclaimed, quoting the outlet (seed: Reuters)", () => {
    const c = claimWith(seed, "Earlier on Wednesday, the Russian Defense Ministry said")!;
    expect(c.status).toBe("disclaimed");
    expect(c.reasons[0]).toBe("Claim by Russian Defense Ministry (Russia).");
    expect(c.reasons[1]).toMatch(/^Reuters: “unable to verify this and other battlefield reports”/);
  });

  it("“this and other battlefield reports” covers the claims after it (seed)", () => {
    expect(claimWith(seed, "randomly retreated")?.status).toBe("disclaimed");
    expect(claimWith(seed, "Six Russian balloons")?.status).toBe("disclaimed");
    expect(claimWith(seed, "Russia started missile strikes")?.status).toBe("unverified");
    // A disclaimer inside another source's sentence does not reach back to Malyar's quote before it.
    expect(claimWith(seed, "our fighters are not allowing the enemy")?.status).toBe("unverified");
  });

  it("a standalone “The claim could not be independently verified” covers the claims just before it (055)", () => {
    const a = run(fixture("055.txt"));
    expect(claimWith(a, "The people’s militia of the Luhansk People’s Republic")?.status).toBe("disclaimed");
    expect(claimWith(a, "Street fighting is currently taking place")?.status).toBe("disclaimed");
    expect(claimWith(a, "were trying to blockade Lysychansk")?.status).toBe("unverified");
  });

  it("“without providing evidence” / “without giving detail” in the sentence disclaims it (063, 002)", () => {
    expect(claimWith(run(fixture("063.txt")), "He then claimed, without providing evidence")?.status).toBe("disclaimed");
    expect(claimWith(run(fixture("002.expected.txt")), "The ministry added the attack was retaliation")?.status).toBe("disclaimed");
  });

  it("a disclaimer inside another attributed sentence does not reach back (057: reports about a ceasefire offer)", () => {
    expect(claimWith(run(fixture("057.txt")), "killing at least 21,000 people")?.status).toBe("unverified");
  });

  it("independent confirmation makes a claim confirmed, not highlighted", () => {
    const a = run("Russian troops pressed their offensive with artillery and drones as the war went on.\n\nRussian forces destroyed the bridge, officials said, as satellite imagery later showed.");
    expect(a.claims[0]?.status).toBe("confirmed");
    expect(highlighted(a)).toEqual([]);
  });

  it("reasons name the source and its side for unverified claims", () => {
    const c = claimWith(seed, "Kyiv says Russian balloons")!;
    expect(c.status).toBe("unverified");
    expect(c.reasons).toEqual(["Claim by Kyiv (Ukraine).", "Not independently confirmed in the article."]);
  });

  it("“could not verify battlefield accounts from either side” covers the article's claims before and after it", () => {
    const a = run([
      "Russian forces capture village in Ukraine's east, Moscow says",
      "The Russian Defence Ministry said on Tuesday its forces had taken control of the village of Dubki in Ukraine's Donetsk region.",
      "Ukraine's military said Russian forces had launched six attacks on Dubki.",
      "Reuters could not independently verify battlefield accounts from either side.",
      "Officials in neighbouring Kharkiv region said Russian shelling had injured two people in the town of Balakliia.",
    ].join("\n\n"));
    for (const needle of ["Moscow says", "taken control of the village", "launched six attacks", "injured two people"]) {
      expect(claimWith(a, needle)?.status).toBe("disclaimed");
    }
    expect(claimWith(a, "launched six attacks")?.side).toBe("ukraine");
  });

  it("“this and other battlefield reports” still starts from the claim at hand (seed stays as labelled)", () => {
    expect(claimWith(seed, "our fighters are not allowing the enemy")?.status).toBe("unverified");
  });

  it("“…, but has not provided any evidence to support its claims” in the claim's sentence disclaims it", () => {
    const a = run("Israeli troops and Hamas fighters clashed in Gaza as the war went on with air strikes and shelling.\n\nIsrael says it has killed more than 9,000 militants since the start of the war, but has not provided any evidence to support its claims.");
    expect(claimWith(a, "killed more than 9,000 militants")?.status).toBe("disclaimed");
  });

  it("“unable to verify details of the incident” covers the run of claims about it in the paragraphs before", () => {
    const a = run([
      "Israel says it killed militant commander in Gaza strike",
      "Israel said it killed a senior Hamas commander on Sunday in a strike on a car in southern Gaza.",
      "The civil defence spokesman, Omar Salem, said three people were killed in the strike. He said several bystanders were wounded by the blast.",
      "The outlet is barred by Israel from reporting independently from inside Gaza and is unable to verify details of the incident.",
      "The war has displaced most of Gaza's population.",
      "Israel's military said separately that troops had destroyed a tunnel in Rafah.",
    ].join("\n\n"));
    for (const needle of ["killed a senior Hamas commander", "three people were killed", "bystanders were wounded"]) {
      expect(claimWith(a, needle)?.status).toBe("disclaimed");
    }
    expect(claimWith(a, "destroyed a tunnel")?.status).toBe("unverified");
  });
});
