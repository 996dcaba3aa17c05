import type { Locator } from 'playwright-core';

/**
 * Selects `words` inside `within` as a mouse drag would, for a note that is read-only to this
 * person (a supervisor's view): there is no caret, so Shift+arrow keys cannot select in it. The
 * editor follows the document's selection (selectionchange), as it does for a real drag.
 */
export async function selectWords(within: Locator, words: string): Promise<void> {
  await within.evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(target) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + target.length);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return;
    }
    throw new Error('the words are not in the note');
  }, words);
  // Let the editor read the new selection before anything uses it.
  await within.page().waitForTimeout(100);
}
