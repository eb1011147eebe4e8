// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { watchForLateArticle, watchRoots, type StoryChange } from "../../src/content/watch.ts";

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("watchRoots", () => {
  it("reports the page's changes, debounced, and not the ones made quietly", async () => {
    document.body.innerHTML = "<article><p>one</p></article>";
    const article = document.querySelector("article")!;
    let calls = 0;
    const watcher = watchRoots([article], () => calls++, 20);
    watcher.quietly(() => article.append(document.createElement("fogwatch-mark")));
    await sleep(50);
    expect(calls).toBe(0);
    article.append(document.createElement("p"));
    article.querySelector("p")!.textContent = "changed";
    await sleep(50);
    expect(calls).toBe(1);
    watcher.disconnect();
  });

  it("keeps a page change made just before a quiet one", async () => {
    document.body.innerHTML = "<article><p>one</p></article>";
    const article = document.querySelector("article")!;
    let calls = 0;
    const watcher = watchRoots([article], () => calls++, 20);
    article.append(document.createElement("p"));
    watcher.quietly(() => article.append(document.createElement("fogwatch-mark")));
    await sleep(50);
    expect(calls).toBe(1);
    watcher.disconnect();
    article.append(document.createElement("p"));
    watcher.quietly(() => undefined);
    await sleep(50);
    expect(calls).toBe(1);
  });
});

describe("watchForLateArticle", () => {
  it("checks again when the body grows and stops once the check says yes", async () => {
    document.body.innerHTML = "<div id=root>Loading…</div>";
    let checks = 0;
    let isArticle = false;
    watchForLateArticle(document.body, () => (checks++, isArticle), { delayMs: 10, minGrowth: 100 });
    document.getElementById("root")!.append("tiny");
    await sleep(30);
    expect(checks).toBe(0);
    document.getElementById("root")!.append("x".repeat(200));
    await sleep(30);
    expect(checks).toBe(1);
    isArticle = true;
    document.getElementById("root")!.append("y".repeat(200));
    await sleep(30);
    expect(checks).toBe(2);
    document.getElementById("root")!.append("z".repeat(200));
    await sleep(30);
    expect(checks).toBe(2);
  });

  it("gives up after its time window", async () => {
    document.body.innerHTML = "<div id=root></div>";
    let checks = 0;
    watchForLateArticle(document.body, () => (checks++, false), { windowMs: 20, delayMs: 5, minGrowth: 1 });
    await sleep(40);
    document.getElementById("root")!.append("x".repeat(50));
    await sleep(30);
    expect(checks).toBe(0);
  });
});

describe("watchRoots: what changed", () => {
  it("reports added posts apart from rewrites", async () => {
    document.body.innerHTML = "<article><div id=posts><p>one</p></div></article>";
    const posts = document.getElementById("posts")!;
    const changes: StoryChange[] = [];
    const watcher = watchRoots([posts], (c) => changes.push(c), 20);
    const post = document.createElement("div");
    post.innerHTML = "<p>two</p>";
    posts.prepend(post);
    await sleep(50);
    expect(changes).toEqual([{ added: [post], rewritten: false }]);
    posts.querySelector("p:last-child")!.remove();
    await sleep(50);
    expect(changes[1]?.rewritten).toBe(true);
    posts.querySelector("p")!.firstChild!.nodeValue = "edited";
    await sleep(50);
    expect(changes[2]).toEqual({ added: [], rewritten: true });
    watcher.disconnect();
  });

  it("does not report its own sliced work, and reports what the page does between slices", async () => {
    document.body.innerHTML = "<article><p>one</p></article>";
    const article = document.querySelector("article")!;
    const changes: StoryChange[] = [];
    const watcher = watchRoots([article], (c) => changes.push(c), 20);
    let pageAdded: Element | null = null;
    await watcher.sliced(async (yieldToPage) => {
      article.append(document.createElement("fogwatch-mark"));
      // The page's own task, run while we yield.
      setTimeout(() => article.append((pageAdded = document.createElement("section"))), 0);
      await yieldToPage();
      article.append(document.createElement("fogwatch-mark"));
      await yieldToPage();
      article.append(document.createElement("fogwatch-mark"));
    });
    await sleep(50);
    expect(changes).toEqual([{ added: [pageAdded], rewritten: false }]);
    watcher.disconnect();
  });
});
