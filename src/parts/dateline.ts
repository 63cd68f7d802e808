/** A full date with a year, as written in a date line: "15/01/2024", "03-06-2020", "27 Tháng 8 2023". */
const numericDate = /(?<!\d)\d{1,2} ?[/.-] ?\d{1,2} ?[/.-] ?(?:\d{4}|\d{2})(?!\d)/u
const wordDate = /(?<!\d)\d{1,2} {1,3}tháng {1,3}\d{1,2},? {1,3}(?:năm {1,3})?\d{4}(?!\d)/iu

/** The longest line taken for a date line: longer ones are sentences. */
const MAX_DATELINE = 90

/**
 * Whether a line near the top is the article's date line ("15/01/2024", "Thứ Hai, 15/01/2024 -
 * 08:30", "Cập nhật lúc 18:46, Thứ Ba, 08/09/2020 (GMT+7)", "27 Tháng 8 2023").
 */
export function isDateline(line: string): boolean {
  const last = line.charAt(line.length - 1)
  return line.length <= MAX_DATELINE && last !== '.' && last !== ';' && (numericDate.test(line) || wordDate.test(line))
}
