import { unified } from 'unified'
import { VFile } from 'vfile'
import { prepareInput } from './normalize/index.js'
import { resolveOptions } from './options.js'
import { vnAdminNews } from './plugin.js'
import { vnParse } from './parse/index.js'
import { createState } from './prepare.js'
import type { AnalyzeOptions, ArticleAnalysis } from './types.js'

const processor = unified().use(vnParse).use(vnAdminNews).freeze()

/**
 * Reads one article (plain text, or HTML with `format: 'html'`) into an `ArticleAnalysis`.
 * Never throws for a string; a non-string input or a bad option is a `TypeError`.
 */
export function analyze(input: string, options?: AnalyzeOptions): ArticleAnalysis {
  if (typeof input !== 'string') {
    throw new TypeError(`vn-admin-news: analyze() takes a string, got ${input === null ? 'null' : typeof input}`)
  }
  const resolved = resolveOptions(options)
  const prepared = prepareInput(input, resolved)
  const file = new VFile({ value: prepared.text })
  file.data.vn = createState(input, prepared.text, prepared.map, resolved, prepared.warnings)
  file.data.vn.keepNoTree = true
  processor.runSync(processor.parse(file), file)
  return file.data.analysis as ArticleAnalysis
}
