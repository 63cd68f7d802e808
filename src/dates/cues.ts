/**
 * Words right before a day and month written without a year ("sáng 5/3", "ngày 2-6", "thứ Hai
 * 15/01") that make it a date rather than a fraction or a score ("3/4", "7/10").
 */
const cueBefore =
  /(?:(?<!\p{L})(?:ngày|mồng|mùng|sáng|trưa|chiều|tối|đêm|khuya|nay|mai|qua|hôm|từ|đến|tới|và|lúc|thứ\s{1,2}(?:hai|ba|tư|năm|sáu|bảy|[2-7])\s{0,2}[,-]?|chủ\s{1,2}nhật\s{0,2}[,-]?|cn\s{0,2}[,-]?))\s{0,3}$/iu

/** How far back {@link hasDateCue} looks. */
const CUE_WINDOW = 24

/** Whether the text before `start` cues a date without a year. */
export function hasDateCue(text: string, start: number): boolean {
  return cueBefore.test(text.slice(Math.max(0, start - CUE_WINDOW), start))
}

/** Whether `start…end` sits alone in parentheses: "(28/8)", "( 9/11 )". */
export function inParentheses(text: string, start: number, end: number): boolean {
  return /\(\s{0,2}$/u.test(text.slice(Math.max(0, start - 3), start)) && /^\s{0,2}\)/u.test(text.slice(end, end + 3))
}
