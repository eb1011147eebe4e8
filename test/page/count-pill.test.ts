// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from "vitest";
import { COUNT_PILL_PART, countText, createCountPill, removeCountPills } from "../../src/page/count-pill.ts";

const PAGE = '<article class="story"><h1>Title</h1><p>Officials said 12 tanks were destroyed.</p></article>';

function setUp() {
  document.body.innerHTML = PAGE;
  const onNext = vi.fn();
  const onDismiss = vi.fn();
  const pill = createCountPill(document, { count: 14, onNext, onDismiss });
  const shadow = pill.host.shadowRoot!;
  const q = <T extends Element>(sel: string) => shadow.querySelector<T>(sel)!;
  return { pill, shadow, q, onNext, onDismiss };
}

afterEach(() => {
  removeCountPills(document);
  document.body.innerHTML = "";
});

describe("count pill", () => {
  it("counts in words", () => {
    expect(countText(1)).toBe("1 unverified claim");
    expect(countText(14)).toBe("14 unverified claims");
    expect(countText(0)).toBe("0 unverified claims");
  });

  it("sits on the root element, outside the body, in an open shadow root marked as ours", () => {
    const { pill, q } = setUp();
    expect(pill.host.parentNode).toBe(document.documentElement);
    expect(pill.host.tagName.toLowerCase()).toBe("fogwatch-ui");
    expect(pill.host.getAttribute("data-fogwatch")).toBe("ui");
    expect(pill.host.getAttribute("data-fogwatch-part")).toBe(COUNT_PILL_PART);
    expect(document.body.innerHTML).toBe(PAGE);
    expect(q(".count").textContent).toBe("Fogwatch · 14 unverified claims");
    expect(pill.count).toBe(14);
  });

  it("is reachable by keyboard: two native buttons with accessible names, a polite live count", () => {
    const { q, shadow } = setUp();
    const buttons = [...shadow.querySelectorAll("button")];
    expect(buttons).toHaveLength(2);
    for (const b of buttons) {
      expect(b.getAttribute("type")).toBe("button");
      expect(b.tabIndex).toBe(0);
    }
    const next = q<HTMLButtonElement>("button.next");
    // Name from content: "Next" + visually hidden " claim" (the arrow is aria-hidden).
    const visible = [...next.childNodes].filter((n) => !(n instanceof Element && n.getAttribute("aria-hidden") === "true"));
    expect(visible.map((n) => n.textContent).join("")).toBe("Next claim");
    expect(q("button.close").getAttribute("aria-label")).toMatch(/dismiss/i);
    const live = q(".count");
    expect(live.getAttribute("aria-live")).toBe("polite");
    expect(live.getAttribute("aria-atomic")).toBe("true");
    expect(q(".pill").getAttribute("role")).toBe("group");
    expect(q(".pill").getAttribute("aria-label")).toBe("Fogwatch");
  });

  it("updates the count in place", () => {
    const { pill, q } = setUp();
    const live = q(".count");
    pill.update(1);
    expect(q(".count")).toBe(live);
    expect(live.textContent).toBe("Fogwatch · 1 unverified claim");
    expect(pill.count).toBe(1);
  });

  it("calls onNext on the next button without letting the click reach the page", () => {
    const { q, onNext } = setUp();
    const pageClick = vi.fn();
    document.addEventListener("click", pageClick);
    q<HTMLButtonElement>("button.next").click();
    q<HTMLButtonElement>("button.next").click();
    document.removeEventListener("click", pageClick);
    expect(onNext).toHaveBeenCalledTimes(2);
    expect(pageClick).not.toHaveBeenCalled();
  });

  it("dismisses: the pill is gone, onDismiss is told, the page is as it was", () => {
    const { pill, q, onDismiss } = setUp();
    q<HTMLButtonElement>("button.close").click();
    expect(pill.host.isConnected).toBe(false);
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(document.querySelector("[data-fogwatch]")).toBeNull();
    expect(document.body.innerHTML).toBe(PAGE);
    pill.remove(); // idempotent
  });

  it("remove() takes it out without calling onDismiss; removeCountPills() clears leftovers only", () => {
    const { pill, onDismiss } = setUp();
    const tooltipHost = document.createElement("fogwatch-ui");
    tooltipHost.setAttribute("data-fogwatch", "ui");
    document.documentElement.append(tooltipHost);
    pill.remove();
    expect(pill.host.isConnected).toBe(false);
    expect(onDismiss).not.toHaveBeenCalled();
    const other = createCountPill(document, { count: 2, onNext: () => undefined });
    removeCountPills(document);
    expect(other.host.isConnected).toBe(false);
    expect(tooltipHost.isConnected).toBe(true);
    tooltipHost.remove();
  });

  it("has a dark scheme, a narrow-screen form and a fixed corner position in its stylesheet", () => {
    const { shadow } = setUp();
    const css = shadow.querySelector("style")!.textContent!;
    expect(css).toMatch(/prefers-color-scheme:\s*dark/);
    expect(css).toMatch(/max-width:\s*480px/);
    expect(css).toMatch(/position:fixed/);
    expect(css).toMatch(/@media print/);
  });
});
