import { describe, expect, it } from "vitest";
import { lineClutterKind, splitTextClutter } from "../../src/core/text-clutter.ts";

describe("splitTextClutter", () => {
  it("splits ad labels, promos and newsletter prompts from story paragraphs", () => {
    const raw = [
      "Headline of the story",
      "Russia said its forces shot down eight drones overnight.",
      "Advertisement",
      "Also Read Russia student detained for an Instagram story during the Ukraine conflict",
      "Sign up to First Edition, our free daily newsletter – every weekday morning at 7am BST",
      "Read more: Ukraine says it retook a village",
      "Kyiv did not comment on the claim.",
    ].join("\n\n");
    const { text, clutter } = splitTextClutter(raw);
    expect(text).toBe("Headline of the story\n\nRussia said its forces shot down eight drones overnight.\n\nKyiv did not comment on the claim.");
    expect(clutter.map((c) => c.kind)).toEqual(["ad", "related", "newsletter", "related"]);
  });

  it("takes the teaser headlines listed under a 'Recommended Stories' label, and stops at the story", () => {
    const raw = [
      "Recommended Stories", "list of 2 items", "list 1 of 2", "Ukraine marks four years of war",
      "list 2 of 2", "Russia ‘has not won’, Zelenskyy says", "end of list",
      "His commander in chief said those gains were 400sq km and had come since the end of January.",
    ].join("\n");
    const { text, clutter } = splitTextClutter(raw);
    expect(clutter.map((c) => c.text)).toContain("Russia ‘has not won’, Zelenskyy says");
    expect(text).toBe("His commander in chief said those gains were 400sq km and had come since the end of January.");
  });

  it("keeps only the content section of a Markdown page dump", () => {
    const raw = "# site\n\n## Metadata\n\n- **URL**: x\n\n## Content\n\nStory line one.\nAdvertisement\nStory line two.\n\n## Links\n\n- [a](b)\n";
    expect(splitTextClutter(raw)).toEqual({
      text: "Story line one.\n\nStory line two.",
      clutter: [{ text: "Advertisement", kind: "ad" }],
    });
  });

  it("recognises labels in many languages and leaves story sentences alone", () => {
    for (const label of ["Anzeige", "Publicité", "Реклама", "Publicidad", "Reklama", "Sponsored", "ADVERTISEMENT"]) {
      expect(lineClutterKind(label)).toBe("ad");
    }
    for (const line of ["Lesen Sie auch: Neue Angriffe im Osten", "À lire aussi : la guerre en Ukraine", "Читайте также: новости"]) {
      expect(lineClutterKind(line)).toBe("related");
    }
    for (const line of [
      "More than 2,800 people have died since the rebellion began.",
      "Thousands of men sign up for the army every month, officials said.",
      "Watch out for more strikes, the governor warned.",
      "The advertisement campaign was paid for by the ministry.",
      "Meduza said in its free daily newsletter that 20 soldiers had died.",
      "Die Behörden teilen mit, dass zwei Soldaten verletzt wurden.",
      "More",
    ]) expect(lineClutterKind(line)).toBeNull();
  });

  it("never throws on odd input", () => {
    expect(splitTextClutter("")).toEqual({ text: "", clutter: [] });
    expect(splitTextClutter("\r\n\r\nAdvertisement\r\n").clutter).toHaveLength(1);
  });
});
