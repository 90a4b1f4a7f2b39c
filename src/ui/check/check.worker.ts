/**
 * Checks large pastes off the main thread, so typing and scrolling stay smooth while a policy of
 * a megabyte is parsed, linted and evaluated. The core is pure, so it runs here unchanged.
 */
import { checkPolicy } from '../../core'
import type { CheckRequest, CheckResponse } from './useCheck'

self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const { id, text, config } = event.data
  const response: CheckResponse = { id, result: checkPolicy(text, config) }
  self.postMessage(response)
}
