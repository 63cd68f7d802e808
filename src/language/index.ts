import { franc } from 'franc'
import type { Root } from 'nlcst'
import type { VFile } from 'vfile'
import { stateOf } from '../stage.js'

/** Languages franc chooses among: Vietnamese and what else such archives hold. */
const CANDIDATES = ['vie', 'eng', 'fra', 'deu', 'spa', 'ind', 'cmn', 'rus', 'jpn', 'kor', 'tha', 'khm']
/** franc's cost grows with its input and its candidates; this much text decides. */
const SAMPLE = 300
const MIN_LENGTH = 20

/** Letters no other language in the candidate list writes (ơ, ư, đ, ạ, ắ, ệ, …). */
const VIETNAMESE_ONLY = 'ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ'
const vietnameseOnly = new RegExp(`[${VIETNAMESE_ONLY}${VIETNAMESE_ONLY.toUpperCase()}]`, 'g')
const letter = /\p{L}/u
/** Share of Vietnamese-only letters above which franc cannot answer otherwise. */
const CERTAIN_SHARE = 0.06

/**
 * retext plugin: detects the language of a bounded sample of the body; warns if not Vietnamese.
 * Text dense in letters only Vietnamese writes is Vietnamese; franc decides everything else
 * (it costs more than the whole parse on a full article, so it only sees the sample).
 */
export function vnLanguage() {
  return function (_tree: Root, file: VFile): void {
    const { text, result } = stateOf(file)
    const body = result.parts.find((part) => part.kind === 'lead' || part.kind === 'paragraph')
    const from = body?.span.start ?? 0
    let sample = squeeze(text.slice(from, from + SAMPLE))
    if (sample.length < MIN_LENGTH) sample = squeeze(text.slice(0, SAMPLE))
    const code = isSurelyVietnamese(sample) ? 'vie' : franc(sample, { only: CANDIDATES, minLength: MIN_LENGTH })
    result.language = { code, isVietnamese: code === 'vie' }
    if (code === 'und') result.warnings.push('language undetermined: too little text')
    else if (code !== 'vie') result.warnings.push(`not Vietnamese (${code})`)
  }
}

/** Layout (line breaks, tabs, runs of spaces) says nothing of the language. */
function squeeze(sample: string): string {
  return sample.replace(/\s+/g, ' ').trim()
}

function isSurelyVietnamese(sample: string): boolean {
  const total = countLetters(sample)
  return total >= MIN_LENGTH && (sample.length - sample.replace(vietnameseOnly, '').length) / total >= CERTAIN_SHARE
}

/** Letters in `text`: a range test for Latin and Vietnamese, the Unicode class for the rest. */
function countLetters(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      if ((code | 32) >= 97 && (code | 32) <= 122) n++
    } else if ((code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) || (code >= 0x1e00 && code <= 0x1eff)) n++
    else if (letter.test(String.fromCodePoint(text.codePointAt(i)!))) {
      n++
      if (code >= 0xd800 && code <= 0xdbff) i++
    }
  }
  return n
}
