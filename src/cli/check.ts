/** The `check` command. TODO(#3): checks a pasted policy once the checker core lands. */
import { UsageError } from './args'
import type { Values } from './args'

export function runCheck(_values: Values, _positionals: readonly string[]): number {
  throw new UsageError('check is not available yet')
}
