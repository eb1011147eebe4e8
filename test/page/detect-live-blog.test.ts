// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { liveBlogHtml, loadParagraphs } from "../../scripts/bench/live-blog.ts";
import { findArticle } from "../../src/page/article.ts";
import { MAX_SCORED_PARAGRAPHS } from "../../src/page/detect/density.ts";
import { join } from "node:path";

describe("a live blog with more posts than the density scoring reads", () => {
  it("finds the post list as the body, with every post's paragraph in the story", () => {
    const posts = MAX_SCORED_PARAGRAPHS + 350;
    const html = liveBlogHtml(loadParagraphs(join(import.meta.dirname, "..", "fixtures")), posts);
    const doc = new DOMParser().parseFromString(html, "text/html");
    const found = findArticle(doc);
    expect(found).not.toBeNull();
    const list = doc.getElementById("posts")!;
    expect(found!.body).toBe(list);
    expect(found!.headline?.tagName).toBe("H1");
    const all = Array.from(list.querySelectorAll(".post > p"));
    expect(all).toHaveLength(posts);
    // The posts are story text, the last ones (never scored) included (a few posts are too short or open like a label).
    const paragraphs = found!.paragraphs ?? [];
    const story = new Set(paragraphs);
    expect(story.has(all[0]!)).toBe(true);
    expect(story.has(all[all.length - 1]!)).toBe(true);
    expect(paragraphs.every((p) => list.contains(p))).toBe(true);
    expect(paragraphs.length).toBeGreaterThan(posts * 0.95);
  }, 30_000);
});
