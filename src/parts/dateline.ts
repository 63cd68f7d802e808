/**
 * A full date with a year, as written in a date line: "15/01/2024", "03-06-2020", "27 Tháng 8 2023".
 * Tried only where a run of digits starts (what a leading `(?<!\d)` would allow), not scanned.
 */
const numericDate = /\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?(?:\d{4}|\d{2})(?!\d)/y
const wordDate = /\d{1,2} {1,3}tháng {1,3}\d{1,2},? {1,3}(?:năm {1,3})?\d{4}(?!\d)/iuy

/** The longest line taken for a date line: longer ones are sentences. */
const MAX_DATELINE = 90

/**
 * Whether a line near the top is the article's date line ("15/01/2024", "Thứ Hai, 15/01/2024 -
 * 08:30", "Cập nhật lúc 18:46, Thứ Ba, 08/09/2020 (GMT+7)", "27 Tháng 8 2023").
 */
export function isDateline(line: string): boolean {
  const last = line.charAt(line.length - 1)
  if (line.length > MAX_DATELINE || last === '.' || last === ';') return false
  for (let at = 0; at < line.length; at++) {
    if (!isDigit(line.charCodeAt(at)) || (at > 0 && isDigit(line.charCodeAt(at - 1)))) continue
    numericDate.lastIndex = at
    if (numericDate.test(line)) return true
    wordDate.lastIndex = at
    if (wordDate.test(line)) return true
  }
  return false
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}
