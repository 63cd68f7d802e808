import data from '../../dictionaries/campaigns.json' with { type: 'json' }
import { firstAtOrAfter } from '../offsets.js'
import type { CampaignCandidate } from './quoted.js'
import { isWordUnit, nextWordStart, wordEnd, wordIs, WordSet } from './words.js'

/** One alternation of phrases, longest first, loose about spaces around "-" and ",". */
const alternation = (list: readonly string[]) =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map((item) =>
      item.replace(/ ?- ?|, ?| |[.*+?^${}()|[\]\\]/gu, (piece) =>
        piece.trim() === '-' ? '\\s{0,2}-\\s{0,2}' : piece.startsWith(',') ? ',\\s{0,2}' : piece === ' ' ? '\\s' : `\\${piece}`,
      ),
    )
    .join('|')

const word = '[\\p{L}\\p{N}]+'
const ordinal = '(?:[IVXLC]{1,8}|\\d{1,3}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)'
const notFirst = '(?:cấp|tại|này|đã|được|các|năm|lần|đó|trên|và|của|do|với|sẽ|là|sôi|cũng|vòng|khu|nhằm|nói)'

/**
 * A named contest: "Hội thi Hòa giải viên giỏi tỉnh Kon Tum lần thứ V năm 2023", "Cuộc thi …
 * năm 2024". The name must end in an edition or a year; "Hội thi cấp tỉnh" is not a name.
 */
const contest = new RegExp(
  `(?<!\\p{L})(?<!(?:Đại|Ðại)\\s)(${data.named.map((n) => n.head).join('|')})\\s(?!${notFirst}(?!\\p{L}))${word}(?:\\s${word}){0,16}?\\s(?:lần\\s(?:thứ\\s)?${ordinal}(?:,?\\s(?:năm\\s)?(?:19|20)\\d{2})?|năm\\s(?:19|20)\\d{2})(?![\\p{L}\\p{N}])`,
  'iuy',
)

/** "phong trào thi đua yêu nước" (one movement, not "các phong trào thi đua yêu nước"). */
const patriotic = /(?<!(?:các|những|nhiều)\s)(?<!\p{L})phong\strào\sthi\sđua\syêu\snước(?!\p{L})/iuy

const verbs = alternation(data.movementVerbs)
const stops =
  '(?:giai đoạn|năm|của|do|trong|ở|tại|mang|được|đã|đạt|nhằm|gắn|và các|và những|theo|với|trên|cho|từ|đến|là|thì|sẽ|đang|có|nhân dịp|nhân kỷ niệm|hướng tới|chào mừng)'
/**
 * "phong trào thi đua" + a verb phrase naming the movement ("… thực hiện Cải cách hành chính",
 * "… phát hiện, bồi dưỡng và xây dựng gương điển hình tiên tiến"), up to punctuation or a word
 * that starts the rest of the sentence; a comma continues it only before another verb.
 */
const movement = new RegExp(
  `(?<!(?:các|những|nhiều)\\s)(?<!\\p{L})phong\\strào\\sthi\\sđua\\s(?=(?:${verbs})(?!\\p{L}))(?!yêu nước)${word}(?:(?:\\s|,\\s(?=(?:${verbs})(?!\\p{L})))(?!${stops}(?!\\p{L}))${word}){0,20}`,
  'iuy',
)

const known = new RegExp(`(?<!\\p{L})(?:(phong\\strào)\\s)?(${alternation(data.known)})(?!\\p{L})`, 'iuy')

/** A programme: "Chương trình mục tiêu quốc gia …", "Tháng hành động vì …", "Cuộc vận động …" (capitalised). */
const programme = new RegExp(
  `(?<!\\p{L})(${data.programmes.map((p) => p.head).join('|')})\\s(?!(?:${notFirst}|"))${word}(?:\\s(?!${stops}(?!\\p{L}))${word}){0,16}`,
  'uy',
)

/** Where a pattern is worth running: a first word, and the words that must follow it. */
interface Start {
  rule: number
  /** The second words that may follow (`null`: any). */
  seconds: WordSet<true> | null
  /** A third word that must follow too. */
  third: string | null
  /** Texts one of which the match starts with as written (the heads of a pattern that reads case), or `null`. */
  heads: readonly string[] | null
}

/** The lower-cased first and second words of phrases ("phong trào …" → phong, trào). */
const firstTwo = (phrase: string) => phrase.toLowerCase().split(/[\s,]+/u)

const patterns = [contest, patriotic, movement, known, programme]
const starts = new Map<string, Start[]>()
const addStarts = (rule: number, phrases: readonly string[], gated: boolean, caseSensitive = false) => {
  const seconds = new Map<string, string[] | null>()
  for (const phrase of phrases) {
    const [first, second] = firstTwo(phrase)
    if (first === undefined) continue
    if (!gated || second === undefined || seconds.get(first) === null) seconds.set(first, null)
    else seconds.set(first, [...(seconds.get(first) ?? []), second])
  }
  for (const [first, second] of seconds) {
    const list = starts.get(first) ?? []
    const followers = second === null ? null : new WordSet(second.map((word) => [word, true] as const))
    const heads = caseSensitive ? phrases.filter((phrase) => firstTwo(phrase)[0] === first) : null
    list.push({ rule, seconds: followers, third: null, heads })
    starts.set(first, list)
  }
}
addStarts(0, data.named.map((n) => n.head), true)
// "phong trào thi đua …" only.
for (const rule of [1, 2]) starts.set('phong', [...(starts.get('phong') ?? []), { rule, seconds: new WordSet([['trào', true]]), third: 'thi', heads: null }])
addStarts(3, [...data.known, 'phong trào'], true)
addStarts(4, data.programmes.map((p) => p.head), false, true)
for (const list of starts.values()) list.sort((a, b) => a.rule - b.rule)
const startWords = new WordSet(starts)

/** Whether the word at `at`, ending at `end`, and the words after it are what `start` needs. */
function followed(text: string, at: number, end: number, start: Start): boolean {
  if (start.heads !== null && !startsWithAny(text, at, start.heads)) return false
  if (start.seconds === null) return true
  const second = nextWordStart(text, end)
  const secondEnd = wordEnd(text, second)
  if (start.seconds.get(text, second, secondEnd) === undefined) return false
  if (start.third === null) return true
  const third = nextWordStart(text, secondEnd)
  return wordIs(text, third, wordEnd(text, third), start.third)
}

/** Whether one of `heads` is written at `at`. */
function startsWithAny(text: string, at: number, heads: readonly string[]): boolean {
  for (const head of heads) if (text.startsWith(head, at)) return true
  return false
}

/**
 * A pattern source for `words` with each letter in either case, factored by common beginnings
 * ("[hH](?:[ộỘ][iI]|[ọỌ][cC])"), so that one test of a first letter serves all its words.
 */
function eitherCase(words: readonly string[]): string {
  const byFirst = new Map<string, string[]>()
  for (const word of words) if (word.length > 0) byFirst.set(word[0]!, [...(byFirst.get(word[0]!) ?? []), word.slice(1)])
  const alternatives: string[] = []
  for (const [ch, rests] of byFirst) {
    const letter = `[${ch}${ch.toUpperCase()}]`
    const longer = rests.filter((rest) => rest.length > 0)
    const tail = longer.length > 0 ? eitherCase(longer) : ''
    if (tail === '') alternatives.push(letter)
    else if (longer.length < rests.length) alternatives.push(`${letter}(?:${tail})?`)
    else alternatives.push(tail.includes('|') ? `${letter}(?:${tail})` : `${letter}${tail}`)
  }
  return alternatives.join('|')
}

/**
 * The start words in either case ("[Pp][Hh][Oo][Nn][Gg]"): one scan of the text finds them,
 * much faster than a loop over its chars. The word bounds are checked where they are found.
 */
const startWordPattern = new RegExp(eitherCase([...starts.keys()]), 'g')

/** The start words of one text, in order: where each starts and the patterns it may start. */
export interface StartWords {
  starts: number[]
  candidates: Start[][]
}

/**
 * The start words of `text` (a hit inside a word, or a word that only begins like one, is none),
 * found by one scan of the whole text per article: the parts then look up theirs.
 */
export function findStartWords(text: string): StartWords {
  const found: StartWords = { starts: [], candidates: [] }
  startWordPattern.lastIndex = 0
  for (let hit = startWordPattern.exec(text); hit !== null; hit = startWordPattern.exec(text)) {
    const start = hit.index
    if (start > 0 && isWordUnit(text.charCodeAt(start - 1))) continue
    const candidates = startWords.get(text, start, wordEnd(text, start))
    if (candidates === undefined) continue
    found.starts.push(start)
    found.candidates.push(candidates)
  }
  return found
}

/**
 * The matches of each pattern starting at a start word between `from` and `to` that may start
 * it; a pattern's matches do not overlap and each ends by `to`. `null` when there are none.
 */
function scanPatterns(text: string, from: number, to: number, words: StartWords): RegExpExecArray[][] | null {
  const { starts } = words
  // Made at the first match: most parts have none.
  let found: RegExpExecArray[][] | null = null
  let after: number[] | null = null
  // A word that runs past `to` starts no match that ends by `to`.
  for (let h = firstAtOrAfter(starts, from); h < starts.length && starts[h]! < to; h++) {
    const start = starts[h]!
    const end = wordEnd(text, start)
    for (const candidate of words.candidates[h]!) {
      const r = candidate.rule
      if ((after !== null && start < after[r]!) || !followed(text, start, end, candidate)) continue
      const pattern = patterns[r]!
      pattern.lastIndex = start
      const match = pattern.exec(text)
      if (match === null || match.index + match[0].length > to) continue
      found ??= patterns.map(() => [])
      after ??= patterns.map(() => from)
      found[r]!.push(match)
      after[r] = match.index + match[0].length
    }
  }
  return found
}

function kindOf(head: string, list: readonly { head: string; kind: string }[]): string {
  return list.find((item) => item.head.toLowerCase() === head.toLowerCase())?.kind ?? head.toLowerCase()
}

/** Adds the unquoted campaign names in `text` between `from` and `to` to `found`; `words`: the text's {@link findStartWords}. */
export function findNamed(text: string, from: number, to: number, words: StartWords, found: CampaignCandidate[]): void {
  const matches = scanPatterns(text, from, to, words)
  if (matches === null) return
  const push = (start: number, end: number, kind: string) => {
    found.push({ start, end, mentionStart: start, mentionEnd: end, kind, contextStart: start, contextEnd: Math.min(to, end + 20), quoted: false })
  }
  const [contests, patriotics, movements, knowns, programmes] = matches
  for (const match of contests!) push(match.index, match.index + match[0].length, kindOf(match[1]!, data.named))
  for (const match of patriotics!) push(match.index, match.index + match[0].length, 'phong trào thi đua')
  for (const match of movements!) {
    const end = match.index + match[0].length
    if (/^\s{0,2}"/u.test(text.slice(end, end + 3))) continue
    push(match.index, end, 'phong trào thi đua')
  }
  for (const match of knowns!) {
    push(match.index, match.index + match[0].length, match[1] === undefined ? 'phong trào thi đua' : 'phong trào')
  }
  for (const match of programmes!) {
    const end = match.index + match[0].length
    if (/^\s{0,2}"/u.test(text.slice(end, end + 3))) continue
    push(match.index, end, kindOf(match[1]!, data.programmes))
  }
}
