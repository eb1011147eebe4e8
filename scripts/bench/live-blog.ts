/**
 * A generated war live blog: one story page with a headline, byline and N timestamped posts of one
 * paragraph each, the paragraphs cycled from the project's own article texts (test/fixtures), so it
 * reads like the pages Fogwatch is for and holds claims, sources and figures all the way down.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const TITLE = "Russia-Ukraine war live: strikes on Kharkiv and Odesa, fighting around Pokrovsk";

/** Paragraphs of 80+ characters from the seed article and the text fixtures, in a fixed order. */
export function loadParagraphs(fixtures: string): string[] {
  const files = [join(fixtures, "seed", "seed-article.txt")];
  const textDir = join(fixtures, "text");
  for (const f of readdirSync(textDir).sort()) if (/^\d+\.txt$/.test(f)) files.push(join(textDir, f));
  const out: string[] = [];
  for (const file of files) {
    for (const p of readFileSync(file, "utf8").split(/\n\s*\n/)) {
      const t = p.replace(/\s+/g, " ").trim();
      if (t.length >= 80) out.push(t);
    }
  }
  if (!out.length) throw new Error(`no paragraphs under ${fixtures}`);
  return out;
}

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** Posts number `from` to `from + count - 1`, newest first as live blogs show them. */
export function postsHtml(paragraphs: readonly string[], from: number, count: number): string {
  let html = "";
  for (let i = from + count - 1; i >= from; i--) {
    const minutes = i % (24 * 60);
    const hh = String(Math.floor(minutes / 60)).padStart(2, "0");
    const mm = String(minutes % 60).padStart(2, "0");
    html += `<div class="post" id="post-${i}"><time datetime="2025-03-0${1 + (Math.floor(i / 1440) % 9)}T${hh}:${mm}:00Z">${hh}:${mm}</time>`;
    html += `<p>${escape(paragraphs[i % paragraphs.length]!)}</p></div>\n`;
  }
  return html;
}

/** The whole page with `posts` posts (one paragraph each). */
export function liveBlogHtml(paragraphs: readonly string[], posts: number): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${TITLE} | The Daily Frontline</title>
<meta property="og:type" content="article">
<meta property="og:title" content="${TITLE}">
<meta property="og:site_name" content="The Daily Frontline">
<meta property="article:published_time" content="2025-03-01T06:00:00Z">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"${TITLE}","datePublished":"2025-03-01T06:00:00Z","author":{"@type":"Organization","name":"Staff and agencies"}}</script>
<style>body{font-family:Georgia,serif;max-width:44rem;margin:0 auto}.post{border-top:1px solid #ddd;padding:.5rem 0}time{font:12px sans-serif;color:#666}</style>
</head>
<body>
<header class="site-header"><a href="/">The Daily Frontline</a> <nav><a href="/world">World</a> <a href="/live">Live</a></nav></header>
<main>
<article class="live-blog">
<h1>${TITLE}</h1>
<div class="byline">By Staff and agencies · <time datetime="2025-03-01T06:00:00Z">1 March 2025</time></div>
<div class="live-posts" id="posts">
${postsHtml(paragraphs, 0, posts)}</div>
</article>
</main>
<footer>© The Daily Frontline</footer>
</body>
</html>
`;
}
