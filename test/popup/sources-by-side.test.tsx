// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { SourcesBySide } from "../../src/popup/components/sources-by-side.tsx";
import { makeAnalysis } from "./fixtures.ts";
import { byText, click, mount } from "./helpers.tsx";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function setup() {
  const revealed: number[] = [];
  const m = mount(<SourcesBySide analysis={makeAnalysis()} onRevealClaim={(i) => revealed.push(i)} />);
  cleanup = m.unmount;
  return { root: m.root, revealed };
}

describe("SourcesBySide", () => {
  it("groups sources under side headings in profile order, each with a text label and a shape", () => {
    const { root } = setup();
    const headings = [...root.querySelectorAll(".side-heading")];
    expect(headings.map((h) => h.querySelector(".side-name")?.textContent)).toEqual([
      "Russia",
      "Ukraine",
      "International",
      "Independent",
      "Unnamed or unclear",
    ]);
    const shapes = headings.map((h) => h.querySelector("svg")?.getAttribute("data-shape"));
    expect(new Set(shapes).size).toBe(shapes.length);
    for (const h of headings) expect(h.querySelector("svg")?.getAttribute("aria-hidden")).toBe("true");
  });

  it("has a legend naming every side present", () => {
    const { root } = setup();
    const items = [...root.querySelectorAll(".legend-item")].map((li) => li.textContent);
    expect(items).toEqual(["Russia", "Ukraine", "International", "Independent", "Unnamed or unclear"]);
  });

  it("shows each source's kind, mentions and claims; counts claims made through an alias", () => {
    const { root } = setup();
    const mod = byText(root, "button.source-toggle", "Russian Defense Ministry");
    expect(mod.textContent).toContain("Military");
    expect(mod.textContent).toContain("3 mentions");
    expect(mod.textContent).toContain("2 claims");
    const reuters = byText(root, "button.source-toggle", "Reuters");
    expect(reuters.textContent).toContain("Media");
    expect(reuters.textContent).toContain("1 mention");
    expect(reuters.textContent).toContain("0 claims");
  });

  it("expands a source with aria-expanded and lists its claims with status words and reasons", async () => {
    const { root } = setup();
    const toggle = byText(root, "button.source-toggle", "Russian Defense Ministry");
    expect(toggle.tagName).toBe("BUTTON");
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
    const detail = root.querySelector(`#${toggle.getAttribute("aria-controls")}`);
    expect(detail?.hasAttribute("hidden")).toBe(true);

    await click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("true");
    expect(detail?.hasAttribute("hidden")).toBe(false);
    expect(detail?.textContent).toContain("Also called: the ministry, Russia's Defence Ministry");
    const claims = detail?.querySelectorAll(".claim") ?? [];
    expect(claims).toHaveLength(2);
    expect(claims[0]?.querySelector(".status")?.textContent).toBe("Disclaimed");
    expect(claims[0]?.textContent).toContain(
      "Disclaimed: the article attributes this to Russian Defense Ministry and says it could not verify it.",
    );
    expect(claims[0]?.querySelector(".reasons")?.textContent).toContain("Reuters was unable to verify");

    await click(toggle);
    expect(toggle.getAttribute("aria-expanded")).toBe("false");
  });

  it("reveals a claim in the page by its index in analysis.claims", async () => {
    const { root, revealed } = setup();
    await click(byText(root, "button.source-toggle", "Russian Defense Ministry"));
    const quote = byText(root, "button.claim-quote", "randomly retreated");
    expect(quote.textContent).toMatch(/^Show in article:/);
    await click(quote);
    expect(revealed).toEqual([2]);
  });

  it("gathers claims without a named source under Unattributed", async () => {
    const { root, revealed } = setup();
    const unnamed = byText(root, "button.source-toggle", "Unattributed");
    expect(unnamed.textContent).toContain("1 claim");
    await click(unnamed);
    const claim = byText(root, ".claim", "at least 20 people");
    expect(claim.textContent).toContain("Unverified: the article attributes this to an unnamed source");
    await click(claim.querySelector("button"));
    expect(revealed).toEqual([4]);
  });

  it("says so when the article cites nobody", () => {
    const a = { ...makeAnalysis(), sources: [], claims: [] };
    const m = mount(<SourcesBySide analysis={a} onRevealClaim={() => undefined} />);
    cleanup = m.unmount;
    expect(m.root.textContent).toBe("The article cites no sources.");
  });
});

describe("SourcesBySide side counts", () => {
  it("counts named sources and claims per side in words", () => {
    const m = mount(<SourcesBySide analysis={makeAnalysis()} onRevealClaim={() => undefined} />);
    cleanup = m.unmount;
    const counts = [...m.root.querySelectorAll(".side-count")].map((c) => c.textContent);
    expect(counts).toEqual(["1 source · 2 claims", "2 sources · 2 claims", "1 source · 0 claims", "1 source · 0 claims", "0 sources · 1 claim"]);
  });
});

describe("SourcesBySide source reveal", () => {
  it("offers to show where a named source is first cited, by its index in analysis.sources", async () => {
    const sources: number[] = [];
    const m = mount(<SourcesBySide analysis={makeAnalysis()} onRevealClaim={() => undefined} onRevealSource={(i) => sources.push(i)} />);
    cleanup = m.unmount;
    await click(byText(m.root, "button.source-toggle", "Reuters"));
    const button = byText(m.root, "button.source-reveal", "Reuters");
    expect(button.textContent).toBe("Show where the article first cites it: Reuters");
    await click(button);
    expect(sources).toEqual([3]);
    await click(byText(m.root, "button.source-toggle", "Unattributed"));
    const unnamedDetail = byText(m.root, "li.source", "Unattributed");
    expect(unnamedDetail.querySelector(".source-reveal")).toBeNull();
  });
});
