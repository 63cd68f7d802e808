import honorifics from '../../dictionaries/honorifics.json' with { type: 'json' }
import surnameList from '../../dictionaries/surnames.json' with { type: 'json' }
import titlePrefixes from '../../dictionaries/title-prefixes.json' with { type: 'json' }
import titleList from '../../dictionaries/titles.json' with { type: 'json' }
import { alternation, keyOf, normalizeEntry } from '../agencies/lexicon.js'
import { PhraseMatcher } from '../agencies/phrases.js'
import { provinceOfKey } from '../agencies/provinces.js'
import { WordSet } from '../words.js'

/** The titles, each also after "nguyên" (former) and "quyền" (acting): "nguyên Chủ tịch UBND tỉnh". */
const titles = [...titleList, ...titlePrefixes.flatMap((prefix) => titleList.map((title) => `${prefix} ${title}`))]

/** An official title at `lastIndex`: "Phó Chủ tịch", "giám đốc", "Ủy viên Ban Thường vụ". */
export const titleAt = new RegExp(`(?:${alternation(titles)})(?!\\p{L})`, 'iuy')
/** `titleAt` as a trie: whether a title is written at an offset, without trying each title there. */
export const titleMatcher = new PhraseMatcher(titles, 'letter', () => true)

/** Whether `titleAt` matches at `at`. */
export function titleStartsAt(text: string, at: number): boolean {
  return titleMatcher.matchAt(text, at) !== -1
}
/** "đồng chí", "ông", "bà", "mẹ" just before a name (matched on the few chars before it). */
export const honorificBefore = new RegExp(`(?<!\\p{L})(?:${alternation([...honorifics, 'mẹ'])}) {1,3}$`, 'iu')
/** Two to five capitalised syllables at `lastIndex`: a Vietnamese personal name. */
export const nameAt = /\p{Lu}\p{Ll}*(?:'\p{Lu}?\p{Ll}*)?(?: \p{Lu}\p{Ll}*(?:'\p{Lu}?\p{Ll}*)?){1,4}(?![\p{L}\p{N}])/uy
/** Words after a title that end it: what the person does next. */
const afterTitleWords = 'dự|đến|tới|chủ trì|chỉ đạo|phát biểu|trao|tặng|biểu dương|mong muốn|nhấn mạnh|cho biết|khẳng định|đề nghị|yêu cầu|ghi nhận|chúc mừng|khai mạc|bế mạc|trình bày|báo cáo|đánh giá|thông qua|tham dự|cùng|đã|làm việc|kiểm tra|thăm|cũng|được|là|có|trong|tại|về|vì|nhận|gửi|kêu gọi|lưu ý|thay mặt|đồng thời|và các|và đại|và lãnh|và toàn|và cán|và hơn|và gần|với|bày tỏ|chia sẻ|nêu|giới thiệu|quán triệt|thông tin|phát động|tổng kết|trao đổi|khai giảng|bế giảng|tuyên bố|điều hành|nhận định|đề xuất|cảm ơn|biểu dương|động viên|căn dặn|lưu ý'.split('|')
/**
 * One of those words at `lastIndex`. Every word is shorter than 20 chars, so reading the text
 * itself sees what a 20-char window would.
 */
export const afterTitleAt = new RegExp(`(?:${afterTitleWords.join('|')})(?!\\p{L})`, 'iuy')

/** The chars that lower-case to `ch` (no other letter of these words has a special mapping). */
const casesOf = (ch: string) => [...new Set([ch, ch.toUpperCase()])].filter((c) => c.length === 1)

/** The first words of `afterTitleWords` ("chủ" of "chủ trì"), compared in lower case ("ð" is no "đ"). */
const afterTitleFirsts = new WordSet(
  afterTitleWords.map((words) => words.split(' ')[0]!),
  false,
)
const afterTitleLongest = Math.max(...afterTitleWords.map((words) => words.split(' ')[0]!.length))

/**
 * Whether `afterTitleAt` may match at `at`: the run of letters there must be the first word of
 * one of its phrases, lower-cased (the letters of those words match no other char without case;
 * the Kelvin sign lower-cases to "k"). A cheap test before the pattern.
 */
export function mayEndTitles(text: string, at: number): boolean {
  let end = at
  const limit = Math.min(text.length, at + afterTitleLongest + 1)
  while (end < limit) {
    const code = text.charCodeAt(end)
    if (code >= 0x1f00) return true
    if (letterKinds[code] === 0) break
    end++
  }
  return end > at && end - at <= afterTitleLongest && afterTitleFirsts.idAt(text, at, end) !== -1
}

/** The first words of the titles ("phó", "giám"), as `wordKey` gives them. */
const titleFirstKeys = new Set(titles.map((title) => keyOf(title).split(' ')[0]!))
/** The title first words, compared as keys ("ð" read as "đ", `wordKey`). */
const titleFirstWords = new WordSet(titleFirstKeys)

/**
 * Whether the word `text[start, end)` may start a title: its first letter a capital, but not the
 * look-alike "Ð" ("Phó", "ĐẠI" but not "Ðại"), and its key a title's first word.
 */
export function startsTitle(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start)
  return first !== 0xd0 && isCapital(first) === true && titleFirstWords.idAt(text, start, end) !== -1
}

/** The chars a title may start with in `titleAt` (case-insensitive; "Đ" also "Ð", "ð"). */
const titleInitials = new Set<number>()
for (const title of titles) {
  const first = normalizeEntry(title)[0]!.toLowerCase()
  for (const ch of first === 'đ' ? ['đ', 'Đ', 'ð', 'Ð'] : casesOf(first)) titleInitials.add(ch.charCodeAt(0))
}

/** Whether a title may start with the char `code`: a cheap test before `titleAt`. */
export function mayStartTitle(code: number): boolean {
  return titleInitials.has(code)
}

/** 2: a capital letter (`\p{Lu}`), 1: another letter (`\p{L}`), 0: no letter; below U+1F00. */
const letterKinds = new Uint8Array(0x1f00)
{
  const all = Array.from({ length: letterKinds.length }, (_, code) => String.fromCharCode(code)).join('')
  for (const match of all.matchAll(/\p{L}/gu)) letterKinds[match.index] = /\p{Lu}/u.test(match[0]) ? 2 : 1
}

/** Whether the char `code` may be a capital letter (`\p{Lu}`): exact below U+1F00, yes above. */
export function mayBeCapital(code: number): boolean {
  return code >= 0x1f00 || letterKinds[code] === 2
}

/** Whether the char `code` is a capital letter, when it is below U+1F00 (`undefined` above). */
export function isCapital(code: number): boolean | undefined {
  return code < 0x1f00 ? letterKinds[code] === 2 : code >= 0x1f00 ? undefined : false
}

/**
 * Whether a second syllable may follow the one at `at` ("Nguyễn Văn"): `nameAt` needs one, and
 * most capitalised words ("Sở", "Hội") have a lower-case word or a mark after them. Reads at
 * most 40 chars; when unsure, says yes.
 */
export function maySecondSyllable(text: string, at: number): boolean {
  const limit = Math.min(text.length, at + 40)
  let i = at + 1
  while (i < limit) {
    const code = text.charCodeAt(i)
    if (code >= 0x1f00 || code === 39 || letterKinds[code] !== 0) i++
    else break
  }
  if (i === limit) return true
  return text.charCodeAt(i) === 32 && mayBeCapital(text.charCodeAt(i + 1))
}

/** Last words of the honorifics: only after one of them is the longer check worth making (lower case; "ð" is no "đ"). */
const honorificEnds = new WordSet(
  ['chí', 'ông', 'bà', 'mẹ', 'anh', 'chị', 'thầy', 'cô', 'c', 'ths', 'ts', 'gs', 'pgs', 'nsnd', 'nsưt', 'dân', 'tú'],
  false,
)

/** Whether the word `text[start, end)` may end an honorific ("ông", "Đồng chí", "ThS"). */
export function endsHonorific(text: string, start: number, end: number): boolean {
  return end - start <= 4 && honorificEnds.idAt(text, start, end) !== -1
}

const surnames = new Set(surnameList.map(keyOf))
/** Names that are places or the country's founder, never a person the article reports on. */
const notPeople = new Set(['hồ chí minh', 'việt nam'].map(keyOf))

/** Whether `name` reads as a personal name: a known surname first, not a place. */
export function isPersonalName(name: string, needSurname = true): boolean {
  const key = keyOf(name)
  if (needSurname) {
    const space = key.indexOf(' ')
    if (!surnames.has(space === -1 ? key : key.slice(0, space))) return false
  }
  return !notPeople.has(key) && provinceOfKey(key) === undefined
}
