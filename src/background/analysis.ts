/**
 * The core's analysis, run in the background for the content scripts: the page's main thread only
 * detects, maps and highlights, and the content script does not ship the claim, figure and profile
 * rules (most of its bytes). Pure in, pure out: text and metadata arrive, an Analysis goes back;
 * nothing is stored and nothing leaves the browser.
 */
import { analyze } from "../core/analyze.ts";
import type { Analysis } from "../core/types.ts";
import type { AnalysisRequest } from "../shared/messages.ts";

/** Analyses one article for a content script. */
export function analyzeForPage(request: AnalysisRequest): Analysis {
  return analyze(request.text, request.meta, {
    clutter: request.clutter,
    profiles: request.profiles ?? [],
    conflict: request.conflict === true,
  });
}
