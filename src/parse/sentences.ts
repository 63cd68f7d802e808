import type { RootContent } from 'nlcst'
import type { Span } from '../types.js'

/**
 * Appends the spans of the sentences among `nodes` (a tree's paragraphs) to `out`, cut at line
 * ends: parse-latin runs a sentence on across a line without end punctuation (a headline into
 * the date line), and a blank line must change nothing.
 */
export function appendSentences(nodes: readonly RootContent[], text: string, out: Span[]): void {
  for (const paragraph of nodes) {
    if (paragraph.type !== 'ParagraphNode') continue
    for (const sentence of paragraph.children) {
      const start = sentence.position?.start.offset
      const end = sentence.position?.end.offset
      if (sentence.type !== 'SentenceNode' || start === undefined || end === undefined) continue
      appendLines(text, start, end, out)
    }
  }
}

/** Appends the sentence `text.slice(start, end)` to `out`, cut at its line ends, without empty lines. */
function appendLines(text: string, start: number, end: number, out: Span[]): void {
  // Line ends read within the sentence: indexOf would run on to the next line end, past every
  // later sentence of a long line.
  let from = start
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 10) continue
    if (i > from) out.push({ start: from, end: i })
    from = i + 1
  }
  if (end > from) out.push({ start: from, end })
}
