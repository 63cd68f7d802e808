import { execAfterNonLetter } from './chars.js'
import { alternation, formData, holdsAny, literalsOf, stopWords } from './lexicon.js'
import { knownLower, lowerCode } from './scan.js'
import { lowerOf, TokensBefore, type Token } from './tokens.js'

/** A stretch of the normalised text. */
export interface Range {
  start: number
  end: number
}

/** Who confers, read right before a conferral verb. */
export interface IssuerBefore {
  issuer: Range | null
  /** Several issuers listed without pairing ("Bộ Tư pháp, Chủ tịch UBND tỉnh tặng …"). */
  multiple: boolean
  /** "… được [X] tặng": the recipients stand before `subjectEnd`. */
  passive: boolean
  subjectEnd: number
}

const heads = new RegExp(
  `^(?:(?:${alternation(formData.issuerHeads)})(?!\\p{L})|(?:${alternation(formData.issuerHeadsBeforeName)})\\s(?=\\p{Lu}))`,
  'u',
)
const headFirst = new Set(
  [...formData.issuerHeads, ...formData.issuerHeadsBeforeName, ...formData.issuerAfterOf].map((h) => h.split(' ')[0]!.toLowerCase()),
)
/**
 * Per lower-cased first code unit, a bit for each length of the head words starting with it:
 * a word of another first letter or length is turned down before a lower-cased copy is made.
 */
const headLengths = new Int32Array(0x2000)
for (const word of headFirst) {
  const first = word.charCodeAt(0)
  // No head word has a sign that lower-cases to two code units ("İ"), so a word's lower case is as long as the word.
  if (first >= headLengths.length || word.length > 30 || word.includes('\u0307')) throw new Error(`vn-admin-news: no length bit for "${word}"`)
  headLengths[first]! |= 1 << word.length
}

/** Whether `text[start, end)` lower-cased may be one of {@link headFirst} (a cheap test before the set). */
function mayBeHeadFirst(text: string, start: number, end: number): boolean {
  const length = end - start
  const first = lowerCode(text.charCodeAt(start))
  if (first < 0 || first >= headLengths.length || length > 30) return true
  return ((headLengths[first]! >>> length) & 1) === 1
}

/** Whether an issuer may start at `at`: its first word must start a head (checked before the pattern). */
function mayStartIssuer(text: string, at: number): boolean {
  let end = at
  while (end < text.length && end - at < 12 && text.charCodeAt(end) > 32 && text.charCodeAt(end) !== 0x2c && text.charCodeAt(end) !== 0x2e) end++
  return mayBeHeadFirst(text, at, end) && headFirst.has(text.slice(at, end).toLowerCase())
}
const afterOf = new RegExp(`^(?:${alternation(formData.issuerAfterOf)})(?!\\p{L})`, 'u')
const word = /[\p{L}\p{N}&]+/uy
const adverb = new RegExp(`\\s(?:${alternation(formData.adverbs)})$`, 'u')
/** The code units adverbs end with: the pattern need not run before any other. */
const adverbEnds = new Set(
  formData.adverbs.flatMap((a) => {
    const last = a.slice(-1)
    return a.length === 1 ? [last.toLowerCase().charCodeAt(0), last.toUpperCase().charCodeAt(0)] : [last.charCodeAt(0)]
  }),
)

/** `end` moved back over the adverbs written right before a verb ("đã", "vừa", "long trọng"). */
function beforeAdverbs(text: string, from: number, end: number): number {
  for (let i = 0; i < 4; i++) {
    while (end > from && text.charCodeAt(end - 1) === 0x20) end--
    if (end <= from || !adverbEnds.has(text.charCodeAt(end - 1))) break
    const match = adverb.exec(text.slice(Math.max(from, end - 24), end))
    if (!match) break
    end -= match[0].length
  }
  return end
}
/** "ký Quyết định", read where no letter stands before it (see {@link execAfterNonLetter}). */
const decree = /(?:ký|ban hành)\s{1,2}(?:các\s)?[Qq]uyết\sđịnh/gu

/** "… đã ký Quyết định số … về việc tặng": where "ký" stands, when the decision runs up to `end`. */
function signedAt(text: string, from: number, end: number): number | null {
  const window = text.slice(Math.max(from, end - 100), end)
  // Every match holds "uyết" ("[Qq]uyết"); most windows do not.
  if (!window.includes('uyết')) return null
  let at: number | null = null
  for (let match = execAfterNonLetter(decree, window); match !== null; match = execAfterNonLetter(decree, window, match.index + match[0].length)) {
    at = match.index
  }
  if (at === null || window.indexOf(';', at) >= 0) return null
  return Math.max(from, end - 100) + at
}

/**
 * An issuer phrase starting at `at`: a head ("Chủ tịch", "UBND", "Bộ", "Hội" + name) and up to
 * ten more words, up to punctuation or a word that starts the rest of the clause ("cho", "và",
 * "vì", "tặng", …). After "của" a bare level ("của tỉnh") also names the issuer.
 */
export function issuerAt(text: string, at: number, limit: number, afterOfWord = false): Range | null {
  if (!mayStartIssuer(text, at)) return null
  const rest = text.slice(at, Math.min(limit, at + 40))
  const head = heads.exec(rest) ?? (afterOfWord ? afterOf.exec(rest) : null)
  if (!head) return null
  let end = at + head[0].trimEnd().length
  let words = 0
  let position = end
  while (words < 10 && position < limit) {
    let next = position
    while (next < limit && text.charCodeAt(next) === 0x20) next++
    if (next === position || next >= limit) break
    word.lastIndex = next
    const match = word.exec(text)
    if (!match || match.index !== next || next + match[0].length > limit) break
    const first = match[0].charCodeAt(0)
    if (stopWords.has(knownLower(text, next, next + match[0].length)) || (first >= 48 && first <= 57)) break
    if (match[0] === 'tổ' && /^tổ\schức(?!\p{L})/u.test(text.slice(next, next + 8)) && !/(?<!\p{L})Ban$/u.test(text.slice(at, end))) break
    end = next + match[0].length
    position = end
    words++
  }
  return { start: at, end: withoutName(text, at, end) }
}

const surnames = new Set(formData.surnames)

const localities = new Set(['tỉnh', 'huyện', 'xã', 'phường', 'quận', 'phố', 'xã', 'trấn'])

/**
 * "Phó Chủ tịch UBND tỉnh Nguyễn Văn An": the title ends where a personal name starts (a surname
 * and capitalised words to the end; after a locality word only a three-word name, since "huyện
 * Nông Sơn" is a place).
 */
function withoutName(text: string, start: number, end: number): number {
  // The words as split at single spaces (two spaces make an empty word, which is no name).
  const starts = [start]
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === 0x20) starts.push(i + 1)
  const count = starts.length
  const wordEnd = (w: number) => (w + 1 < count ? starts[w + 1]! - 1 : end)
  // Every word from `named` on is capitalised: read back from the last, only as far as they are.
  let named = count
  while (named > 2 && capitalized.test(text.slice(starts[named - 1]!, wordEnd(named - 1)))) named--
  for (let i = Math.max(2, named); i < count - 1; i++) {
    if (count - i < 3 && localities.has(text.slice(starts[i - 1]!, wordEnd(i - 1)))) continue
    if (surnames.has(text.slice(starts[i]!, wordEnd(i)))) return starts[i]! - 1
  }
  return end
}

const capitalized = /^\p{Lu}\p{Ll}*$/u

const delegationLiterals = literalsOf(formData.delegation)
/** "Thừa ủy quyền của", read where no letter stands before it (see {@link execAfterNonLetter}). */
const delegation = new RegExp(`(?:${alternation(formData.delegation)})\\s{1,2}(?:của\\s{1,2})?`, 'gu')

/** "Thừa ủy quyền của Chủ tịch nước, đồng chí … trao …": the conferring authority written before. */
function delegated(text: string, from: number, end: number): Range | null {
  const window = text.slice(from, end)
  if (!holdsAny(window, delegationLiterals)) return null
  let found: Range | null = null
  for (let match = execAfterNonLetter(delegation, window); match !== null; match = execAfterNonLetter(delegation, window, match.index + match[0].length)) {
    found = issuerAt(text, from + match.index + match[0].length, end)
  }
  return found
}

/**
 * A word an issuer phrase may hold: plain, and no stop word. Stop words are words of the lists
 * `knownLower` reads, so it tells them without a lower-cased copy of the token.
 */
const isWord = (text: string, token: Token) => token.plain && !stopWords.has(knownLower(text, token.start, token.end))

/**
 * The chunk of plain words whose last token is `last` (counted from the end), and the issuer
 * head inside it, if any; `past`: the count of the token before the chunk.
 */
function chunkBefore(text: string, list: TokensBefore, last: number): { issuer: Range | null; past: number } {
  let past = last
  for (let token = list.at(past); token !== undefined && isWord(text, token); token = list.at(past)) past++
  for (let k = past - 1; k >= last; k--) {
    const token = list.at(k)!
    if (mayBeHeadFirst(text, token.start, token.end) && headFirst.has(lowerOf(text, token)) && heads.test(text.slice(token.start, token.start + 40))) {
      return { issuer: { start: token.start, end: list.at(last)!.end }, past }
    }
  }
  return { issuer: null, past }
}

/** Reads who confers right before a conferral verb at `verbStart`, looking back to `from`. */
export function issuerBefore(text: string, from: number, verbStart: number): IssuerBefore {
  let end = beforeAdverbs(text, from, verbStart)
  let list = new TokensBefore(text, from, end)
  const last = list.at(0)
  if (last !== undefined && lowerOf(text, last) === 'được') {
    return { issuer: null, multiple: false, passive: true, subjectEnd: last.start }
  }
  const signing = signedAt(text, from, end)
  if (signing !== null) {
    end = beforeAdverbs(text, from, signing)
    list = new TokensBefore(text, from, end)
  }
  const authority = delegated(text, from, end)
  if (authority !== null) return { issuer: authority, multiple: false, passive: false, subjectEnd: verbStart }
  const { issuer: chunk, past } = chunkBefore(text, list, 0)
  if (chunk === null) return { issuer: null, multiple: false, passive: false, subjectEnd: verbStart }
  const issuer = { start: chunk.start, end: withoutName(text, chunk.start, chunk.end) }
  let count = 1
  let at = past
  for (let separator = list.at(at); separator !== undefined; separator = list.at(at)) {
    const lower = lowerOf(text, separator)
    if (lower !== ',' && lower !== 'và') break
    const previous = chunkBefore(text, list, at + 1)
    if (previous.issuer === null || previous.issuer.start !== list.at(previous.past - 1)!.start) break
    count++
    at = previous.past
  }
  const before = list.at(at)
  const passive = before !== undefined && lowerOf(text, before) === 'được'
  return {
    issuer: count > 1 ? null : issuer,
    multiple: count > 1,
    passive,
    subjectEnd: passive ? before.start : verbStart,
  }
}
