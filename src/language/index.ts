import { franc } from 'franc'
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { stateOf } from '../stage.js'

/** Languages franc chooses among: Vietnamese and what else such archives hold. */
const CANDIDATES = ['vie', 'eng', 'fra', 'deu', 'spa', 'por', 'ind', 'cmn', 'rus', 'jpn', 'kor', 'tha', 'khm']
/** franc's cost grows with its input; this much text decides the language. */
const SAMPLE = 600
const MIN_LENGTH = 20

/** retext plugin: detects the language on a bounded sample of the body; warns if not Vietnamese. */
export function vnLanguage() {
  return function (_tree: Root, file: VFile): void {
    const { text, result } = stateOf(file)
    const body = result.parts.filter((part) => part.kind === 'lead' || part.kind === 'paragraph')
    const from = body[0]?.span.start ?? 0
    const sample = text.slice(from, from + SAMPLE)
    const code = franc(sample.length >= MIN_LENGTH ? sample : text.slice(0, SAMPLE), {
      only: CANDIDATES,
      minLength: MIN_LENGTH,
    })
    result.language = { code, isVietnamese: code === 'vie' }
    if (code === 'und') result.warnings.push('language undetermined: too little text')
    else if (code !== 'vie') result.warnings.push(`not Vietnamese (${code})`)
  }
}
