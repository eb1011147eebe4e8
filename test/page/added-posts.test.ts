// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { findArticle } from "../../src/page/article.ts";
import { readAddedPosts } from "../../src/page/added-posts.ts";
import type { ArticleCandidate } from "../../src/page/types.ts";

const para = (n: number) =>
  `<p>Ukraine's air force said on Tuesday that it had shot down ${n} Russian drones overnight over the Kharkiv and Odesa regions, in one of the largest attacks this month.</p>`;

function liveBlog(posts: number): ArticleCandidate {
  document.documentElement.innerHTML = `<head><title>War live: strikes on Kharkiv</title>
    <meta property="og:type" content="article"></head>
    <body><main><article><h1>War live: strikes on Kharkiv</h1><div id="posts">
    ${Array.from({ length: posts }, (_, i) => `<div class="post">${para(i + 1)}</div>`).join("")}
    </div></article></main><aside><a href="/a">Most read: one</a></aside></body>`;
  const article = findArticle(document);
  if (!article) throw new Error("the live blog fixture is not found as an article");
  return article;
}

function post(html: string): HTMLElement {
  const el = document.createElement("div");
  el.className = "post";
  el.innerHTML = html;
  return el;
}

describe("readAddedPosts", () => {
  it("maps only the text of the posts the page added, in document order", () => {
    const article = liveBlog(6);
    const posts = document.getElementById("posts")!;
    const newer = post(para(101));
    const newest = post(para(102));
    posts.prepend(newer);
    posts.prepend(newest);
    const read = readAddedPosts(article, [newer, newest]);
    expect(read?.posts).toEqual([newest, newer]);
    expect(read?.textMap.text).toContain("shot down 102 Russian drones");
    expect(read?.textMap.text.indexOf("102")).toBeLessThan(read!.textMap.text.indexOf("101"));
    expect(read?.textMap.text).not.toContain("shot down 1 Russian");
    const [slice] = read!.textMap.slicesFor(0, 7);
    expect(newest.contains(slice!.node)).toBe(true);
  });

  it("keeps the outermost of nested additions once", () => {
    const article = liveBlog(4);
    const added = post(para(7));
    document.getElementById("posts")!.append(added);
    const inner = added.querySelector("p")!;
    expect(readAddedPosts(article, [inner, added, added])?.posts).toEqual([added]);
  });

  it("leaves out additions outside the story, link lists and our own marks", () => {
    const article = liveBlog(4);
    const outside = post(para(8));
    document.querySelector("aside")!.append(outside);
    const teasers = post('<a href="/1">Read more: the war in maps and charts</a> <a href="/2">Most read today</a>');
    const mark = document.createElement("fogwatch-mark");
    const posts = document.getElementById("posts")!;
    posts.append(teasers, mark);
    expect(readAddedPosts(article, [outside, teasers, mark])).toEqual({ posts: [], textMap: expect.anything() });
    expect(readAddedPosts(article, [outside, teasers, mark])?.textMap.text).toBe("");
  });

  it("gives up (null) when an element went into running text: that paragraph changed", () => {
    const article = liveBlog(4);
    const p = document.querySelector("#posts p")!;
    const b = document.createElement("b");
    b.textContent = "UPDATE";
    p.prepend(b);
    expect(readAddedPosts(article, [b])).toBeNull();
  });
});

describe("readAddedPosts at the story's end", () => {
  it("takes a paragraph added at the bottom of the story body, not one added below the story", () => {
    document.documentElement.innerHTML = `<head><title>Strikes on Kharkiv</title><meta property="og:type" content="article"></head>
      <body><article><h1>Strikes on Kharkiv</h1><div class="story-body">${para(1)}${para(2)}${para(3)}</div>
      <div class="comments"></div></article></body>`;
    const article = findArticle(document)!;
    const more = document.createElement("p");
    more.textContent = "Russia's defence ministry said on Friday that its forces had destroyed 12 Ukrainian tanks near Bakhmut.";
    document.querySelector(".story-body")!.append(more);
    const comment = document.createElement("div");
    comment.textContent = "A reader wrote that the drones were heard over the city all night long, for hours on end.";
    document.querySelector(".comments")!.append(comment);
    const read = readAddedPosts({ ...article, end: document.querySelector(".story-body p:nth-child(3)") }, [more, comment]);
    expect(read?.posts).toEqual([more]);
  });
});

describe("readAddedPosts with known clutter", () => {
  it("leaves out clutter elements inside and among the posts", () => {
    const article = liveBlog(4);
    const posts = document.getElementById("posts")!;
    const a = post(para(11) + '<div class="ad">Advertisement</div>');
    const slot = post("<p>Sponsored: the best deals on garden furniture this week, hand-picked by our partners.</p>");
    posts.append(a, slot);
    const ad = a.querySelector(".ad")!;
    const read = readAddedPosts(article, [a, slot], (el) => el === ad || el === slot);
    expect(read?.posts).toEqual([a]);
    expect(read?.textMap.text).not.toMatch(/Advertisement|Sponsored/);
    expect(read?.textMap.text).toContain("shot down 11 Russian drones");
  });
});
