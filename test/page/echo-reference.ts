/**
 * The story-echo test as specified, for the tests of the fast one (clutter.test.ts, clutter-echo-quick.test.ts):
 * no index, no hashes and no quick read; every paragraph tokenised the full Unicode way, against every
 * clutter text.
 */
export function echoReference(text: string, clutterTexts: readonly string[]): boolean[] {
  const wordsOf = (s: string) => s.normalize("NFKC").toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return clutterTexts.map((clutterText) => {
    const clutterWords = wordsOf(clutterText);
    if (clutterWords.length < 3) return false;
    return text.split("\n\n").slice(1).some((p) => {
      const ws = wordsOf(p);
      if (ws.length < 6) return false;
      const left = new Map<string, number>();
      for (const w of clutterWords) left.set(w, (left.get(w) ?? 0) + 1);
      let hit = 0;
      for (const w of ws) {
        const n = left.get(w) ?? 0;
        if (n > 0) { hit++; left.set(w, n - 1); }
      }
      return hit / ws.length >= 0.5;
    });
  });
}
