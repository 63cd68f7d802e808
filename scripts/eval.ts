/**
 * `npm run eval -- DIR [--field NAME] [--no-misses]`: per-field precision, recall and F1 of
 * `analyze` against the gold `.json` files of DIR, then every miss.
 */
import { evaluateDirectory } from '../src/eval/corpus.js'
import { formatTable } from '../src/eval/score.js'

const args = process.argv.slice(2)
const dir = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--field')
const field = args.includes('--field') ? args[args.indexOf('--field') + 1] : undefined
if (!dir) {
  console.error('usage: npm run eval -- DIR [--field NAME] [--no-misses]')
  process.exit(2)
}
const result = evaluateDirectory(dir)
console.log(`${result.articles} articles in ${dir}\n`)
console.log(formatTable(result))
if (!args.includes('--no-misses')) {
  const misses = result.misses.filter((miss) => field === undefined || miss.field === field)
  console.log(`\n${misses.length} misses${field ? ` in ${field}` : ''}:`)
  for (const miss of misses) {
    console.log(`${miss.article}  ${miss.field}\n  expected: ${miss.expected ?? '∅'}\n  got:      ${miss.got ?? '∅'}`)
  }
}
