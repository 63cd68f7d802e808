/** A full date with a year, as written in a date line. */
const fullDate =
  /(?<!\d)\d{1,2}\s{0,2}[/.-]\s{0,2}\d{1,2}\s{0,2}[/.-]\s{0,2}(?:\d{4}|\d{2})(?!\d)|(?<!\d)\d{1,2}\s+tháng\s+\d{1,2},?\s+(?:năm\s+)?\d{4}(?!\d)/iu

/** The longest line taken for a date line: longer ones are sentences. */
const MAX_DATELINE = 90

/**
 * Whether a line near the top is the article's date line ("15/01/2024", "Thứ Hai, 15/01/2024 -
 * 08:30", "Cập nhật lúc 18:46, Thứ Ba, 08/09/2020 (GMT+7)", "27 Tháng 8 2023").
 */
export function isDateline(line: string): boolean {
  return line.length <= MAX_DATELINE && !/[.;]$/.test(line) && fullDate.test(line)
}
