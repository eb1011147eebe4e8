// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { Clutter } from "../../src/popup/components/clutter.tsx";
import { Toggles } from "../../src/popup/components/toggles.tsx";
import { DEFAULT_SETTINGS, type ClutterMode } from "../../src/shared/settings.ts";
import { makeAnalysis } from "./fixtures.ts";
import { click, mount } from "./helpers.tsx";

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const labelOf = (root: HTMLElement, input: HTMLInputElement) => root.querySelector(`label[for="${input.id}"]`)?.textContent ?? input.closest("label")?.textContent;

describe("Clutter", () => {
  it("counts clutter by kind and offers dim / collapse / show as a labelled radio group", async () => {
    const changes: ClutterMode[] = [];
    const m = mount(<Clutter analysis={makeAnalysis()} mode="dim" onModeChange={(c) => changes.push(c)} />);
    cleanup = m.unmount;
    expect(m.root.textContent).toContain("3 items that aren’t part of the story:");
    expect([...m.root.querySelectorAll(".clutter-kinds li")].map((li) => li.textContent)).toEqual(["Ads 2", "Related-story teasers 1"]);
    expect(m.root.querySelector("fieldset legend")?.textContent).toBe("How to show clutter");
    const radios = [...m.root.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((r) => labelOf(m.root, r))).toEqual(["Dim", "Collapse", "Show"]);
    expect(radios.map((r) => r.checked)).toEqual([true, false, false]);
    expect(m.root.textContent).toContain("Fades it so the story stands out.");
    await click(radios[1]);
    expect(changes).toEqual(["collapse"]);
  });

  it("is disabled until settings load, and says when the page has no clutter", () => {
    const m = mount(<Clutter analysis={{ ...makeAnalysis(), clutter: [] }} mode={null} onModeChange={() => undefined} />);
    cleanup = m.unmount;
    expect(m.root.querySelector("fieldset")?.disabled).toBe(true);
    expect(m.root.textContent).toContain("No clutter found on this page.");
  });
});

describe("Toggles", () => {
  function setup(settings = DEFAULT_SETTINGS, host: string | null = "www.reuters.com") {
    const log: string[] = [];
    const m = mount(
      <Toggles
        settings={settings}
        host={host}
        onToggle={(t, on) => log.push(`${t}:${on}`)}
        onSiteOff={(off) => log.push(`site:${off}`)}
        onPause={(p) => log.push(`pause:${p}`)}
      />,
    );
    cleanup = m.unmount;
    return { root: m.root, log };
  }

  it("renders labelled switches for each type, the site and the global pause", () => {
    const { root } = setup();
    const switches = [...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(switches.map((s) => labelOf(root, s))).toEqual([
      "Highlight unverified claims",
      "Mark sources",
      "Mark figures",
      "Mark clutter",
      "Turn off on www.reuters.com",
      "Pause everywhere",
    ]);
    expect(switches.map((s) => s.type)).toEqual(Array(6).fill("checkbox"));
    expect(switches.map((s) => s.checked)).toEqual([true, true, true, true, false, false]);
  });

  it("reports each switch change", async () => {
    const { root, log } = setup();
    const [claims, , , , site, pause] = [...root.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    await click(claims);
    await click(site);
    await click(pause);
    expect(log).toEqual(["claims:false", "site:true", "pause:true"]);
  });

  it("reflects stored values, hides the site switch without a host, and reports a failed save", () => {
    const settings = { ...DEFAULT_SETTINGS, paused: true, toggles: { ...DEFAULT_SETTINGS.toggles, figures: false } };
    const m = mount(<Toggles settings={settings} host={null} saveFailed onToggle={() => undefined} onSiteOff={() => undefined} onPause={() => undefined} />);
    cleanup = m.unmount;
    const switches = [...m.root.querySelectorAll<HTMLInputElement>('input[role="switch"]')];
    expect(switches).toHaveLength(5);
    expect(switches.map((s) => s.checked)).toEqual([true, true, false, true, true]);
    expect(m.root.querySelector('[role="alert"]')?.textContent).toBe("Couldn’t save that setting. Try again.");
  });
});
