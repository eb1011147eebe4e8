// @vitest-environment jsdom
/** The tooltip on a page that defined `fogwatch-ui` itself (found by test/e2e/hostile.e2e.test.ts). */
import { describe, expect, it } from "vitest";
import { createUiHost, Tooltip, UI_TAG } from "../../src/page/tooltip.ts";

const CONTENT = {
  heading: "Unverified claim",
  status: "unverified",
  rows: [["Claimed by", "<img src=x onerror=alert(1)>"]] as Array<[string, string]>,
  reasons: ["<b>not</b> confirmed"],
  tone: "#c00",
};

describe("the tooltip host", () => {
  it("is <fogwatch-ui> normally", () => {
    const { host, root } = createUiHost(document);
    expect(host.localName).toBe(UI_TAG);
    expect(host.getAttribute("data-fogwatch")).toBe("ui");
    expect(host.shadowRoot).toBe(root);
  });

  it("is a <span> when the page's own fogwatch-ui refuses a shadow root, and show() never throws", () => {
    customElements.define(UI_TAG, class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: "closed" });
      }
    });
    const { host } = createUiHost(document);
    expect(host.localName).toBe("span");
    const anchor = document.body.appendChild(document.createElement("p"));
    const tooltip = new Tooltip(document);
    tooltip.show(anchor, CONTENT);
    expect(tooltip.isShown).toBe(true);
    // Markup in the content stays text.
    expect(tooltip.text).toContain("<img src=x onerror=alert(1)>");
    const shown = document.querySelector('span[data-fogwatch="ui"]')!.shadowRoot!;
    expect(shown.querySelector("img, b")).toBeNull();
    tooltip.destroy();
    expect(document.querySelector('[data-fogwatch="ui"]')).toBeNull();
  });

  it("hides instead of throwing when the anchor cannot be measured", () => {
    const tooltip = new Tooltip(document);
    const anchor = document.createElement("p");
    anchor.getBoundingClientRect = () => {
      throw new Error("hostile");
    };
    expect(() => tooltip.show(anchor, CONTENT)).not.toThrow();
    expect(tooltip.isShown).toBe(false);
    tooltip.destroy();
  });
});
