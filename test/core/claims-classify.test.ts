import { describe, expect, it } from "vitest";
import { claimWith, fixture, highlighted, run } from "./claims-helpers.ts";

const isClaim = (text: string, needle = text.slice(0, 30)) => claimWith(run(text), needle) !== undefined;

describe("battlefield claims: military events stated by a source", () => {
  it("strikes, shoot-downs, damage, casualties, advances and retreats are claims (seed)", () => {
    const a = run(fixture("seed-article.txt"));
    for (const needle of [
      "shot down eight Kalibr missiles", "one missile damaged an industrial location", "randomly retreated",
      "Six Russian balloons", "multiple unsuccessful raids", "shot on more than 15 towns", "killing three people",
    ]) expect(claimWith(a, needle), needle).toBeDefined();
  });

  it("the outlet's own narration is not a claim (seed: “Russia has expanded ground attacks…”)", () => {
    const a = run(fixture("seed-article.txt"));
    expect(claimWith(a, "Russia has expanded ground attacks")).toBeUndefined();
    expect(claimWith(a, "Russia’s major endeavor")).toBeUndefined();
  });

  it("forecasts and chances are not claims (seed: Austin’s “high chance of seizing”; 057: ISW “may be able to take”)", () => {
    expect(claimWith(run(fixture("seed-article.txt")), "high chance of seizing")).toBeUndefined();
    expect(claimWith(run(fixture("057.txt")), "may be able to take some territory")).toBeUndefined();
  });

  it("aid, production and supplies are not claims (seed: NATO munitions production; 063: western aid)", () => {
    expect(claimWith(run(fixture("seed-article.txt")), "production of artillery munitions")).toBeUndefined();
    expect(claimWith(run(fixture("063.txt")), "promised the delivery of more military aid")).toBeUndefined();
  });

  it("what a source did not say is not a claim (seed: “The ministry did not say where…”)", () => {
    expect(claimWith(run(fixture("seed-article.txt")), "did not say where")).toBeUndefined();
    expect(isClaim("The ministry did not give details of the shelling of Kharkiv.")).toBe(false);
  });

  it("opinions and predictions are not claims (057: Arestovych “predicted”, Zhdanov “described … as”)", () => {
    const a = run(fixture("057.txt"));
    expect(claimWith(a, "predicted the new Russian offensive")).toBeUndefined();
    expect(claimWith(a, "as a “weak spot”")).toBeUndefined();
  });

  it("conditionals are not claims (023: Erdogan “If they do not withdraw…”)", () => {
    expect(claimWith(run(fixture("023.expected.txt")), "If they do not withdraw")).toBeUndefined();
  });

  it("a long sentence joining two sources is split into clauses (060: Russia … while the ICRC said …)", () => {
    const a = run(fixture("060.txt"));
    const c = claimWith(a, "771 Ukrainian troops have");
    expect(c?.source).toBe("Russia");
    expect(c?.text).not.toContain("ICRC");
  });

  it("each clause gets its own source (063: Sloviansk authorities, Kramatorsk mayor)", () => {
    const a = run(fixture("063.txt"));
    expect(claimWith(a, "six people were killed")?.source).toBe("authorities");
    expect(claimWith(a, "a missile destroyed a hotel")?.source).toBe("Oleksandr Goncharenko");
  });

  it("a leading attribution ends at a dash starting another statement (Hezbollah and Iran “say they will retaliate — and after …”)", () => {
    const text = "Israeli troops and tanks pressed the war in Gaza as militants fired rockets.\n\n" +
      "Tensions are escalating as both Hezbollah and Iran say they will retaliate against Israel — and after Hamas named Yahya Sinwar, the mastermind behind the Oct. 7 attack on Israel, as its new leader.";
    expect(claimWith(run(text), "Tensions are escalating")).toBeUndefined();
  });

  it("an attribution embedded in “what analysts say is …” covers only what follows (048)", () => {
    expect(claimWith(run(fixture("048.expected.txt")), "grown increasingly grisly")).toBeUndefined();
  });

  it("an unattributed event right after a claim in the same paragraph continues it (048: “Two of the troops were hurt”)", () => {
    expect(claimWith(run(fixture("048.expected.txt")), "Two of the troops were hurt")?.source).toMatch(/police/);
  });

  it("claim spans are exact slices of the text", () => {
    for (const f of ["seed-article.txt", "057.txt", "063.txt", "002.expected.txt"]) {
      const a = run(fixture(f));
      for (const c of a.claims) expect(a.article!.text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it("an article that is not about armed conflict gets no claims, though its sources are listed", () => {
    const a = run("Obama says gun control is his biggest frustration\n\nAfter nine churchgoers were killed in South Carolina in June, he admitted that the attack had shaken him, officials said.");
    expect(a.claims).toEqual([]);
    expect(a.sources.length).toBeGreaterThan(0);
  });

  it("highlights nothing in a text without sources", () => {
    expect(highlighted(run("Russian forces shelled Kharkiv overnight. Two people were killed."))).toEqual([]);
  });
});
