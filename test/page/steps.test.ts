// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { findArticle, findArticleSteps } from "../../src/page/article.ts";
import { readPage, readPageSteps } from "../../src/page/read-page.ts";
import { runSteps, runStepsSliced, type Steps } from "../../src/page/steps.ts";

function* count(log: string[]): Steps<number> {
  log.push("a");
  yield;
  log.push("b");
  yield;
  log.push("c");
  return 3;
}

describe("steps", () => {
  it("run at once to their result", () => {
    const log: string[] = [];
    expect(runSteps(count(log))).toBe(3);
    expect(log).toEqual(["a", "b", "c"]);
  });

  it("give the page a turn between steps once the budget is spent", async () => {
    const log: string[] = [];
    const result = await runStepsSliced(count(log), async () => void log.push("yield"), 0);
    expect(result).toBe(3);
    expect(log).toEqual(["a", "yield", "b", "yield", "c"]);
    const unhurried: string[] = [];
    await runStepsSliced(count(unhurried), async () => void unhurried.push("yield"), 60_000);
    expect(unhurried).toEqual(["a", "b", "c"]);
  });

  it("pass a step's error to the caller", async () => {
    function* failing(): Steps<number> {
      yield;
      throw new Error("page changed");
    }
    await expect(runStepsSliced(failing(), async () => undefined, 0)).rejects.toThrow("page changed");
  });
});

describe("detection and page reading in steps", () => {
  it("find and read the same story as the one-call versions, yielding along the way", async () => {
    const para = (n: number) => `<p>Paragraph ${n}: Ukraine's air force said it had shot down ${n} Russian drones overnight over the Kharkiv region, the largest attack on the city this month, officials said.</p>`;
    document.documentElement.innerHTML = `<head><title>Strikes on Kharkiv</title><meta property="og:type" content="article"></head>
      <body><article><h1>Strikes on Kharkiv</h1>${Array.from({ length: 8 }, (_, i) => para(i + 1)).join("")}</article></body>`;
    let yields = 0;
    const turn = async () => void yields++;
    const found = await runStepsSliced(findArticleSteps(document), turn, 0);
    expect(found).not.toBeNull();
    expect(found?.body).toBe(findArticle(document)?.body);
    expect(yields).toBeGreaterThan(0);
    const read = await runStepsSliced(readPageSteps(document), turn, 0);
    expect(read?.textMap.text).toBe(readPage(document)?.textMap.text);
    expect(read?.textMap.text).toMatch(/^Strikes on Kharkiv/);
  });

  it("cut the walks over a huge page into many short steps, with the same result", async () => {
    const para = (n: number) => `<div class="post"><time>${n % 24}:00</time><p>Post ${n}: Ukraine's air force said it had shot down ${n} Russian drones overnight over the Kharkiv region, officials said.</p></div>`;
    document.documentElement.innerHTML = `<head><title>War live</title><meta property="og:type" content="article"></head>
      <body><article><h1>War live</h1><div id="posts">${Array.from({ length: 3000 }, (_, i) => para(i)).join("")}</div></article></body>`;
    let yields = 0;
    const found = await runStepsSliced(findArticleSteps(document), async () => void yields++, 0);
    expect(found?.body).toBe(findArticle(document)?.body);
    expect(found?.body?.id).toBe("posts");
    // Some 15,000 nodes and 3,000 paragraphs: the text scan, the paragraph list and the story test
    // each pause along the way, not only between them.
    expect(yields).toBeGreaterThanOrEqual(8);
  });
});
