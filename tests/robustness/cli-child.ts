/** Test helper: the CLI as a process of its own (`tsx tests/robustness/cli-child.ts analyze …`). */
import { main } from '../../src/cli/main.js'

process.exitCode = await main(process.argv.slice(2))
