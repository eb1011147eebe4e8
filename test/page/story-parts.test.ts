// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { detectionScan, findArticle } from "../../src/page/article.ts";
import { readAddedPosts, readStoryBlocks } from "../../src/page/added-posts.ts";
import { readPage } from "../../src/page/read-page.ts";
import { splitStory } from "../../src/page/story-parts.ts";

const para = (n: number) =>
  `<p>Post ${n}: Ukraine's air force said on Tuesday that it had shot down ${n} Russian drones overnight over the Kharkiv region, in one of the largest attacks.</p>`;

function liveBlog(posts: number) {
  document.documentElement.innerHTML = `<head><title>War live: strikes on Kharkiv</title>
    <meta property="og:type" content="article"></head>
    <body><main><article><h1>War live: strikes on Kharkiv</h1><div class="byline">By Staff</div><div id="posts">
    ${Array.from({ length: posts }, (_, i) => `<div class="post" id="p${posts - i}">${para(posts - i)}</div>`).join("")}
    </div></article></main></body>`;
  const article = findArticle(document);
  if (!article) throw new Error("the live blog fixture is not found as an article");
  return article;
}

describe("splitStory", () => {
  it("leaves an ordinary story whole", () => {
    const article = liveBlog(10);
    expect(splitStory(article, { partBlocks: 5, splitOver: 10 })).toEqual({ head: article, rest: [] });
    const big = liveBlog(40);
    expect(splitStory(big)).toEqual({ head: big, rest: [] });
  });

  it("splits a long list of posts into a head and parts that together read as the whole story", () => {
    const article = liveBlog(23);
    const { head, rest } = splitStory(article, { partBlocks: 5, splitOver: 10 });
    expect(rest.map((part) => part.length)).toEqual([5, 5, 5, 3]);
    expect(rest[0]![0]!.id).toBe("p18");
    const whole = readPage(document, article)!.textMap.text;
    const headText = readPage(document, head)!.textMap.text;
    expect(headText).toMatch(/^War live: strikes on Kharkiv/);
    expect(headText).toContain("Post 19:");
    expect(headText).not.toContain("Post 18:");
    const partTexts = rest.map((part) => readAddedPosts(article, part)!.textMap.text);
    expect([headText, ...partTexts].join("\n\n")).toBe(whole);
    // Read as known story blocks (what the content script does with parts): the same text.
    expect(rest.map((part) => readStoryBlocks(article, part).textMap.text)).toEqual(partTexts);
    // The head carries detection's scan of the page: reading it does not scan the page again.
    expect(detectionScan(head, document.body)).not.toBeNull();
    expect(detectionScan(head, document.body)).toBe(detectionScan(article, document.body));
  });

  it("stops at the story's end", () => {
    const article = liveBlog(23);
    const end = document.getElementById("p10")!;
    const { rest } = splitStory({ ...article, end }, { partBlocks: 5, splitOver: 10 });
    expect(rest.flat().at(-1)).toBe(end);
  });
});
