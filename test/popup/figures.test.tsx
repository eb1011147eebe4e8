// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { Figures } from "../../src/popup/components/figures.tsx";
import { makeAnalysis } from "./fixtures.ts";
import { byText, click, mount } from "./helpers.tsx";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup(analysis = makeAnalysis()) {
  const revealed: number[] = [];
  const m = mount(<Figures analysis={analysis} onRevealFigure={(i) => revealed.push(i)} />);
  cleanup = m.unmount;
  return { root: m.root, revealed };
}

describe("Figures", () => {
  it("groups figures by category, casualties and weapons first, with counts", () => {
    const { root } = setup();
    const headings = [...root.querySelectorAll(".figure-group .group-heading")].map((h) => h.textContent);
    expect(headings).toEqual(["Casualties 1", "Weapons 2", "Distance 2", "Money 1"]);
  });

  it("says who stated each figure, or that nobody did, and marks approximate ones", () => {
    const { root } = setup();
    const missiles = byText(root, "li.figure", "eight Kalibr missiles");
    expect(missiles.textContent).toContain("stated by Ukrainian officials");
    const money = byText(root, "li.figure", "$27.4 billion");
    expect(money.textContent).toContain("not attributed");
    expect(byText(root, "li.figure", "at least 20 people").querySelector(".approx")?.textContent).toBe("approx.");
    expect(missiles.querySelector(".approx")).toBeNull();
  });

  it("reveals a figure by its index in analysis.figures", async () => {
    const { root, revealed } = setup();
    await click(byText(root, "li.figure button", "$27.4 billion"));
    expect(revealed).toEqual([4]);
  });

  it("lists figures that disagree with both passages, the figures marked, each findable in the page", async () => {
    const { root, revealed } = setup();
    const box = root.querySelector(".conflicts");
    expect(box?.querySelector("h2")?.textContent).toBe("Figures that disagree");
    expect(box?.textContent).toContain("3 km and 5 km are both given as 2 miles.");
    const passages = [...(box?.querySelectorAll(".passage") ?? [])];
    expect(passages).toHaveLength(2);
    expect(passages[0]?.querySelector("mark")?.textContent).toBe("up to 3 km (2 miles)");
    expect(passages[0]?.querySelector("blockquote")?.textContent).toContain("randomly retreated to a distance of up to 3 km (2 miles)");
    expect(passages[1]?.querySelector("blockquote")?.textContent).toBe("Later the ministry said the troops had withdrawn 5 km (2 miles).");
    await click(passages[1]?.querySelector("button"));
    await click(passages[0]?.querySelector("button"));
    expect(revealed).toEqual([5, 1]);
  });

  it("leaves the conflicts box out when there are none, and says when there are no figures", () => {
    const { root } = setup({ ...makeAnalysis(), figureConflicts: undefined });
    expect(root.querySelector(".conflicts")).toBeNull();
    cleanup?.();
    const empty = setup({ ...makeAnalysis(), figures: [], figureConflicts: [] });
    expect(empty.root.textContent).toBe("No figures in this article.");
  });
});
