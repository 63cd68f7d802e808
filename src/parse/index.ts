import type { Root } from 'nlcst'
// retext-latin declares the `nlcst*Extensions` keys of the processor's data, read below.
import type {} from 'retext-latin'
import type { Plugin, Processor } from 'unified'
import type { VFile } from 'vfile'
import { FastLatin } from './fast-latin.js'
import { endPoint, parseLines, parsePieces } from './lines.js'
import { sentenceSpans } from './sentence-spans.js'
import { appendSentences } from './sentences.js'
import type { Span } from '../types.js'

export { FastLatin } from './fast-latin.js'
export { MAX_PIECE, parseLines } from './lines.js'

/**
 * unified parser plugin: retext-latin's parse-latin as {@link FastLatin} (the same tree, faster:
 * a table-driven tokenizer and parse-latin's plugins as fused passes) run on pieces of whole lines
 * ({@link parseLines}) so that parse time stays linear in the text's length. Takes the same
 * `nlcst*Extensions` data as retext-latin, so retext plugins that extend the parser work with it
 * too (a parser with extensions runs parse-latin's own plugin steps, with them).
 *
 * ```js
 * const file = unified().use(vnParse).use(vnAdminNews).use(retextStringify).processSync(text)
 * ```
 */
export const vnParse: Plugin<[], string, Root> = function (this: Processor) {
  const self = this as unknown as Processor<Root>
  self.parser = (document: string, file: VFile): Root => {
    const parser = new FastLatin()
    parser.tokenizeParagraphPlugins.unshift(...(self.data('nlcstParagraphExtensions') ?? []))
    parser.tokenizeRootPlugins.unshift(...(self.data('nlcstRootExtensions') ?? []))
    parser.tokenizeSentencePlugins.unshift(...(self.data('nlcstSentenceExtensions') ?? []))
    const state = file.data.vn
    if (state?.keepNoTree !== true || state.text !== document) return parseLines(document, parser)
    const sentences: Span[] = []
    if (parser.isFused()) {
      // Only the sentences are kept: read without building the tree.
      state.sentences = sentenceSpans(document, sentences)
      return { type: 'RootNode', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end: endPoint(document) } }
    }
    const end = parsePieces(document, parser, (nodes) => appendSentences(nodes, document, sentences))
    state.sentences = sentences
    return { type: 'RootNode', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end } }
  }
}
