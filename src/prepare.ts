import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { prepareInput } from './normalize/index.js'
import { parseLines } from './parse/index.js'
import { appendSentences } from './parse/sentences.js'
import { resolveOptions } from './options.js'
import { emptyAnalysis, type ResolvedOptions, type VnState } from './state.js'
import type { AnalyzeOptions, Span } from './types.js'

/**
 * retext plugin: the first stage. Normalises the file's text (unless `analyze()` already did),
 * and records its lines and the tree's sentences for the stages after it.
 */
export function vnPrepare(options?: AnalyzeOptions) {
  const pluginOptions = resolveOptions(options)
  return function (tree: Root, file: VFile): void {
    const state = file.data.vn
    if (state !== undefined) {
      // An empty tree has no sentences to read: those there came from vnParse (`keepNoTree`).
      if (tree.children.length > 0) state.sentences = sentencesOf(tree, state.text)
      return
    }
    const resolved = file.data.vnOptions ? resolveOptions(file.data.vnOptions) : pluginOptions
    const source = String(file.value)
    const prepared = prepareInput(source, resolved)
    const parsed = prepared.text === source ? tree : parseLines(prepared.text)
    file.data.vn = createState(source, prepared.text, prepared.map, resolved, prepared.warnings)
    file.data.vn.sentences = sentencesOf(parsed, prepared.text)
  }
}

/** A fresh state for `text`, normalised from `source`. */
export function createState(
  source: string,
  text: string,
  map: VnState['map'],
  options: ResolvedOptions,
  warnings: string[],
): VnState {
  const result = emptyAnalysis()
  result.warnings.push(...warnings)
  return { source, text, map, options, lines: linesOf(text), sentences: [], result }
}

/** Every non-blank line of `text`, without its surrounding spaces. */
export function linesOf(text: string): Span[] {
  const lines: Span[] = []
  let start = 0
  while (start <= text.length) {
    let end = text.indexOf('\n', start)
    if (end === -1) end = text.length
    let s = start
    let e = end
    while (s < e && isSpace(text.charCodeAt(s))) s++
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--
    if (e > s) lines.push({ start: s, end: e })
    start = end + 1
  }
  return lines
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9
}

/** The tree's sentences, cut at line ends ({@link appendSentences}). */
function sentencesOf(tree: Root, text: string): Span[] {
  const sentences: Span[] = []
  appendSentences(tree.children, text, sentences)
  return sentences
}
