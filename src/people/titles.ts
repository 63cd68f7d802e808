import honorifics from '../../dictionaries/honorifics.json' with { type: 'json' }
import surnameList from '../../dictionaries/surnames.json' with { type: 'json' }
import titles from '../../dictionaries/titles.json' with { type: 'json' }
import { alternation, keyOf } from '../agencies/lexicon.js'
import { provinceOf } from '../agencies/provinces.js'

/** An official title at `lastIndex`: "Phó Chủ tịch", "giám đốc", "Ủy viên Ban Thường vụ". */
export const titleAt = new RegExp(`(?:${alternation(titles)})(?!\\p{L})`, 'iuy')
/** The first word of every title ("phó", "giám"), for word-gated scanning. */
export const titleFirstWords = new Set(titles.map((title) => keyOf(title).split(' ')[0]!))
/** The capital letters titles begin with, checked before anything else. */
export const titleFirstCapitals = new Set([...titleFirstWords].map((word) => word[0]!.toUpperCase()))
/** "đồng chí", "ông", "bà", "mẹ" just before a name (matched on the few chars before it). */
export const honorificBefore = new RegExp(`(?<!\\p{L})(?:${alternation([...honorifics, 'mẹ'])}) {1,3}$`, 'iu')
/** Two to five capitalised syllables: a Vietnamese personal name. */
export const nameAt = /\p{Lu}\p{Ll}*(?:'\p{Lu}?\p{Ll}*)?(?: \p{Lu}\p{Ll}*(?:'\p{Lu}?\p{Ll}*)?){1,4}(?![\p{L}\p{N}])/uy
/** Words after a title that end it: what the person does next. */
export const afterTitle = /^(?:dự|đến|tới|chủ trì|chỉ đạo|phát biểu|trao|tặng|biểu dương|mong muốn|nhấn mạnh|cho biết|khẳng định|đề nghị|yêu cầu|ghi nhận|chúc mừng|khai mạc|bế mạc|trình bày|báo cáo|đánh giá|thông qua|tham dự|cùng|đã|làm việc|kiểm tra|thăm|cũng|được|là|có|trong|tại|về|vì|nhận|gửi|kêu gọi|lưu ý|thay mặt|đồng thời|và các|và đại|với|bày tỏ|chia sẻ|nêu|giới thiệu|quán triệt|thông tin|phát động|tổng kết|trao đổi|khai giảng|bế giảng|tuyên bố|điều hành|nhận định|đề xuất|cảm ơn|biểu dương|động viên|căn dặn|lưu ý)(?!\p{L})/iu

const surnames = new Set(surnameList.map(keyOf))
/** Names that are places or the country's founder, never a person the article reports on. */
const notPeople = new Set(['hồ chí minh', 'việt nam'].map(keyOf))

/** Whether `name` reads as a personal name: a known surname first, not a place. */
export function isPersonalName(name: string, needSurname = true): boolean {
  const key = keyOf(name)
  if (notPeople.has(key) || provinceOf(name)) return false
  const first = key.split(' ')[0]!
  return !needSurname || surnames.has(first)
}
