import honorifics from '../../dictionaries/honorifics.json' with { type: 'json' }
import surnameList from '../../dictionaries/surnames.json' with { type: 'json' }
import titles from '../../dictionaries/titles.json' with { type: 'json' }
import { alternation, keyOf, normalizeEntry } from '../agencies/lexicon.js'
import { provinceOf } from '../agencies/provinces.js'
import { charClass } from '../agencies/words.js'

/** An official title at `lastIndex`: "Phó Chủ tịch", "giám đốc", "Ủy viên Ban Thường vụ". */
export const titleAt = new RegExp(`(?:${alternation(titles)})(?!\\p{L})`, 'iuy')
/** "đồng chí", "ông", "bà", "mẹ" just before a name (matched on the few chars before it). */
export const honorificBefore = new RegExp(`(?<!\\p{L})(?:${alternation([...honorifics, 'mẹ'])}) {1,3}$`, 'iu')
/** Two to five capitalised syllables at `lastIndex`: a Vietnamese personal name. */
export const nameAt = /\p{Lu}\p{Ll}*(?:'\p{Lu}?\p{Ll}*)?(?: \p{Lu}\p{Ll}*(?:'\p{Lu}?\p{Ll}*)?){1,4}(?![\p{L}\p{N}])/uy
/**
 * Words at `lastIndex` after a title that end it: what the person does next. Every word is
 * shorter than 20 chars, so reading the text itself sees what a 20-char window would.
 */
export const afterTitleAt =
  /(?:dự|đến|tới|chủ trì|chỉ đạo|phát biểu|trao|tặng|biểu dương|mong muốn|nhấn mạnh|cho biết|khẳng định|đề nghị|yêu cầu|ghi nhận|chúc mừng|khai mạc|bế mạc|trình bày|báo cáo|đánh giá|thông qua|tham dự|cùng|đã|làm việc|kiểm tra|thăm|cũng|được|là|có|trong|tại|về|vì|nhận|gửi|kêu gọi|lưu ý|thay mặt|đồng thời|và các|và đại|với|bày tỏ|chia sẻ|nêu|giới thiệu|quán triệt|thông tin|phát động|tổng kết|trao đổi|khai giảng|bế giảng|tuyên bố|điều hành|nhận định|đề xuất|cảm ơn|biểu dương|động viên|căn dặn|lưu ý)(?!\p{L})/iuy

/**
 * Every spelling of `words` that `lower` maps back onto them, so that a set look-up of the
 * written word replaces a `toLowerCase` per word. `variants` gives the spellings of one char.
 */
function spellings(words: Iterable<string>, variants: (ch: string, index: number) => string[]): Set<string> {
  const out = new Set<string>()
  for (const word of words) {
    let forms = ['']
    ;[...word].forEach((ch, index) => {
      forms = forms.flatMap((form) => variants(ch, index).map((v) => form + v))
    })
    for (const form of forms) out.add(form)
  }
  return out
}

/** The chars that lower-case to `ch` (no other letter of these words has a special mapping). */
const casesOf = (ch: string) => [...new Set([ch, ch.toUpperCase()])].filter((c) => c.length === 1)

/** The first words of the titles ("phó", "giám"), as `wordKey` gives them. */
const titleFirstKeys = new Set(titles.map((title) => keyOf(title).split(' ')[0]!))
/**
 * The capitalised words that start a title: the first letter a capital ("Phó", "ĐẠI" but not
 * "Ðại" with the look-alike "Ð"), the others any case, "đ" also "ð".
 */
const titleFirstForms = spellings(titleFirstKeys, (ch, index) =>
  index === 0 ? [ch.toUpperCase()] : ch === 'đ' ? ['đ', 'Đ', 'ð', 'Ð'] : casesOf(ch),
)
/** The longest of them, so longer words are rejected without a look-up. */
const titleFirstLongest = Math.max(...[...titleFirstKeys].map((key) => key.length))

/** Whether the capitalised word `text[start, end)` may start a title. */
export function startsTitle(text: string, start: number, end: number): boolean {
  return end - start <= titleFirstLongest && titleFirstForms.has(text.slice(start, end))
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

/** Whether the char `code` may be a capital letter (`\p{Lu}`): a cheap test before `nameAt`. */
export function mayBeCapital(code: number): boolean {
  return code >= 0x1f00 || charClass(code) === 2
}

/** Last words of the honorifics: only after one of them is the longer check worth making. */
const honorificEnds = spellings(['chí', 'ông', 'bà', 'mẹ', 'anh', 'chị', 'thầy', 'cô', 'c', 'ths', 'ts', 'gs', 'pgs', 'nsnd', 'nsưt', 'dân', 'tú'], casesOf)

/** Whether the word `text[start, end)` may end an honorific ("ông", "Đồng chí", "ThS"). */
export function endsHonorific(text: string, start: number, end: number): boolean {
  return end - start <= 4 && honorificEnds.has(text.slice(start, end))
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
  return !notPeople.has(key) && provinceOf(name) === undefined
}
