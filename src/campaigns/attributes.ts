import { parseOrdinal } from '../awards/number.js'

const edition = /(?<!\p{L})lần\s(?:thứ\s)?([IVXLC]{1,8}|\d{1,3}|nhất|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|mười)(?!\p{L})/u
const year = /(?<!\p{L})năm\s{1,2}((?:19|20)\d{2})(?!\d)/u

/** The edition written in a campaign's name or right after it: "lần thứ V" → 5. */
export function editionOf(text: string): number | null {
  if (!text.includes('lần')) return null
  const match = edition.exec(text)
  return match?.[1] === undefined ? null : parseOrdinal(match[1])
}

/** The year written in a campaign's name or right around it: "năm 2023" → 2023. */
export function yearOf(text: string): number | null {
  if (!text.includes('năm')) return null
  const match = year.exec(text)
  return match?.[1] === undefined ? null : Number(match[1])
}
