import data from '../../dictionaries/campaigns.json' with { type: 'json' }
import { phraseGate, scanRules, type ScanRule, type Word } from '../awards/scan.js'
import type { CampaignCandidate } from './quoted.js'

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

const contestGate = phraseGate(data.named.map((n) => n.head))
const knownGate = phraseGate([...data.known, 'phong trào'])
/** "phong trào thi đua …" only. */
const isPhong = (word: string, words: readonly Word[], index: number) =>
  word === 'phong' && words[index + 1]?.lower === 'trào' && words[index + 2]?.lower === 'thi'

const firstOf = (phrases: readonly string[]) => phrases.map((p) => p.split(/[\s,]+/u)[0]!)
const rules: ScanRule[] = [
  { first: firstOf(data.named.map((n) => n.head)), gate: contestGate, sticky: contest },
  { first: ['phong'], gate: isPhong, sticky: patriotic },
  { first: ['phong'], gate: isPhong, sticky: movement },
  { first: firstOf([...data.known, 'phong trào']), gate: knownGate, sticky: known },
  { first: firstOf(data.programmes.map((p) => p.head)), sticky: programme },
]

function kindOf(head: string, list: readonly { head: string; kind: string }[]): string {
  return list.find((item) => item.head.toLowerCase() === head.toLowerCase())?.kind ?? head.toLowerCase()
}

/** Unquoted campaign names in `text` between `from` and `to`. */
export function findNamed(text: string, from: number, to: number): CampaignCandidate[] {
  const found: CampaignCandidate[] = []
  const push = (start: number, end: number, kind: string) => {
    found.push({ start, end, mentionStart: start, mentionEnd: end, kind, context: text.slice(start, Math.min(to, end + 20)) })
  }
  const [contests, patriotics, movements, knowns, programmes] = scanRules(text, from, to, rules)
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
  return found
}
